package org.rolecompare.compare;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to compute one pair's comparison metrics from two cached profiles (the seed pair), which
 * the workbook and PDF steps both do for every comparison instead of storing the metrics.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MetricsBenchmarks {

    private RoleProfile left;
    private RoleProfile right;

    @Setup
    public void seedPair() {
        left = SeedProfiles.patientRelationsManager();
        right = SeedProfiles.patientAccountManager();
    }

    @Benchmark
    public ComparisonMetrics seedPairMetrics() {
        return MetricsCalculator.compute(left, right);
    }
}
