package org.rolecompare.report.pdf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.rolecompare.compare.ComparisonMetrics;
import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.SeedProfiles;

/**
 * CPU time per seed report, on one thread or on several threads sharing one renderer. On a shared
 * machine, wall-clock benchmarks (JMH's) swing with the other load; the CPU time a thread spends per
 * render barely does, so this is what before/after comparisons here are made with. Prints one line
 * per round and the median; {@code reports/s per core} is 1 / CPU time per report.
 *
 * <p>Run (after {@code mvn -B -Pjmh test-compile}): {@code java -cp target/test-classes:target/classes:DEPS
 * org.rolecompare.report.pdf.PdfRenderCpuTime [threads] [rounds] [renders per round and thread]}.
 */
public final class PdfRenderCpuTime {

    private PdfRenderCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int renders = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        RoleProfile left = SeedProfiles.patientRelationsManager();
        RoleProfile right = SeedProfiles.patientAccountManager();
        ComparisonMetrics metrics = MetricsCalculator.compute(left, right);
        LocalDate runDate = LocalDate.of(2026, 11, 27);
        PdfReportRenderer renderer = new PdfReportRenderer(new PdfReportSettings(null, "Source: role data feed"));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int size = renderer.render(left, right, metrics, runDate).length;
        for (int i = 0; i < 3_000 / threads; i++) {
            runRound(pool, threads, 1, () -> renderer.render(left, right, metrics, runDate), cpu);
        }
        double[] cpuMs = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            long cpuNanos = runRound(pool, threads, renders, () -> renderer.render(left, right, metrics, runDate), cpu);
            double wall = (System.nanoTime() - start) / 1e9;
            cpuMs[round] = cpuNanos / 1e6 / (renders * threads);
            System.out.printf("round %d: %.3f ms CPU/report, %.0f reports/s wall (%d threads)%n", round + 1, cpuMs[round],
                    renders * threads / wall, threads);
        }
        pool.shutdown();
        Arrays.sort(cpuMs);
        System.out.printf("median %.3f ms CPU/report = %.0f reports/s per core; %d bytes; %d threads%n", cpuMs[rounds / 2],
                1000 / cpuMs[rounds / 2], size, threads);
    }

    /** Renders {@code renders} times on each thread; the CPU nanoseconds all threads spent. */
    private static long runRound(ExecutorService pool, int threads, int renders, Runnable render, ThreadMXBean cpu)
            throws Exception {
        List<Future<Long>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                long before = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < renders; i++) {
                    render.run();
                }
                return cpu.getCurrentThreadCpuTime() - before;
            }));
        }
        long total = 0;
        for (Future<Long> result : results) {
            total += result.get();
        }
        return total;
    }
}
