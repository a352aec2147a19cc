package org.rolecompare.report.pdf;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.rolecompare.compare.ComparisonMetrics;
import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.SeedProfiles;

/**
 * Throughput of rendering one PDF report of the seed pair (4 Letter pages with charts), on one
 * thread and on two threads sharing one renderer as the job's PDF step does. The job's per-report
 * cost beyond this is profile look-up, the change note and the file write.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PdfRenderBenchmarks {

    private final PdfReportRenderer renderer = new PdfReportRenderer(new PdfReportSettings(null, "Source: role data feed"));
    private final LocalDate runDate = LocalDate.of(2026, 11, 27);
    private RoleProfile left;
    private RoleProfile right;
    private ComparisonMetrics metrics;

    @Setup
    public void seedPair() {
        left = SeedProfiles.patientRelationsManager();
        right = SeedProfiles.patientAccountManager();
        metrics = MetricsCalculator.compute(left, right);
    }

    @Benchmark
    @Threads(1)
    public byte[] seedReportOneThread() {
        return renderer.render(left, right, metrics, runDate);
    }

    @Benchmark
    @Threads(2)
    public byte[] seedReportTwoThreads() {
        return renderer.render(left, right, metrics, runDate);
    }
}
