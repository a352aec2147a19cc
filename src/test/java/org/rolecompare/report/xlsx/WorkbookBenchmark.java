package org.rolecompare.report.xlsx;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.SeedProfiles;

/**
 * Measures writing a workbook with many comparisons: wall time, file size and peak heap (the sum
 * of the heap pools' peaks since start, an upper bound). Not a test: run it by hand with a small
 * heap to prove the writer streams, e.g.
 * {@code java -Xmx512m -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.rolecompare.report.xlsx.WorkbookBenchmark 1000000 /tmp/bench.xlsx}.
 */
public final class WorkbookBenchmark {

    private static final int VARIANTS = 97;

    private WorkbookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path target = Path.of(args.length > 1 ? args[1] : "benchmark.xlsx");
        List<ComparisonRow> variants = variants();
        WorkbookSource source = new WorkbookWriterTests.TestSource(WorkbookWriterTests.facts(), List.of("gender", "race"),
                List.of(), List.of(), List.of()) {
            @Override
            public void comparisons(Consumer<ComparisonRow> sink) {
                for (int i = 0; i < rows; i++) {
                    ComparisonRow v = variants.get(i % VARIANTS);
                    sink.accept(new ComparisonRow(v.left(), v.right(), v.metrics(), "pdf/pair-" + i + ".pdf"));
                }
            }
        };
        long start = System.nanoTime();
        WorkbookResult result = WorkbookWriter.write(source, target);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("rows=%d sheets-rows=%d time=%.1fs size=%.1fMB peakHeap=%.0fMB maxHeap=%.0fMB%n", rows,
                result.comparisonRows(), millis / 1000.0, Files.size(target) / 1e6, peakHeap() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
    }

    /** Pairs with different salaries, so values vary as in real data. */
    private static List<ComparisonRow> variants() {
        RoleProfile left = SeedProfiles.patientRelationsManager();
        RoleProfile right = SeedProfiles.patientAccountManager();
        List<ComparisonRow> rows = new ArrayList<>();
        for (int i = 0; i < VARIANTS; i++) {
            Role r = right.role();
            RoleProfile varied = new RoleProfile(new Role(r.id() + "-" + i, r.title() + " " + i, r.description(),
                    r.yearsToBecome(), 30_000 + 997.0 * i, r.hourlyRate(), r.salaryMin(), r.salaryMax(), r.growthRate(),
                    r.jobCount(), r.jobSatisfaction(), r.commonDegree(), r.commonDegreeShare(), r.commonMajor(),
                    r.commonCollege(), r.averageAge(), r.yearsExperience(), r.lgbtShare(), r.highestPayingCity(),
                    r.highestPayingState(), r.bestPayingCompany(), r.bestPayingIndustry(), null, null),
                    right.breakdowns(), right.skills(), right.responsibilities());
            rows.add(new ComparisonRow(left.role(), varied.role(), MetricsCalculator.compute(left, varied), null));
        }
        return rows;
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
