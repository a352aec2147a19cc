package org.rolecompare.report.pdf;

import java.time.LocalDate;
import java.util.Arrays;

import org.rolecompare.compare.ComparisonMetrics;
import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.SeedProfiles;

/**
 * Measures how long one seed report takes to render on one thread: warms up, then times
 * {@code rounds} batches of {@code batch} renders and prints the median and best milliseconds per
 * report with the file size. A main class rather than a test, so timings never fail a build.
 *
 * <p>Run: {@code mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt}, then
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.rolecompare.report.pdf.PdfRenderBenchmark [batch] [rounds]}.
 */
public final class PdfRenderBenchmark {

    private PdfRenderBenchmark() {
    }

    public static void main(String[] args) {
        int batch = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        RoleProfile left = SeedProfiles.patientRelationsManager();
        RoleProfile right = SeedProfiles.patientAccountManager();
        ComparisonMetrics metrics = MetricsCalculator.compute(left, right);
        LocalDate runDate = LocalDate.of(2026, 11, 27);
        PdfReportRenderer renderer = new PdfReportRenderer(new PdfReportSettings(null, "Source: role data feed"));

        int size = 0;
        for (int i = 0; i < 3_000; i++) {
            size = renderer.render(left, right, metrics, runDate).length;
        }
        double[] msPerReport = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                size = renderer.render(left, right, metrics, runDate).length;
            }
            msPerReport[round] = (System.nanoTime() - start) / 1e6 / batch;
        }
        Arrays.sort(msPerReport);
        System.out.printf("seed report: %d bytes; median %.3f ms/report, best %.3f ms/report (%d x %d renders, 1 thread)%n",
                size, msPerReport[rounds / 2], msPerReport[0], rounds, batch);
    }
}
