package org.rolecompare.report.pdf;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CPU time per seed report of two builds of role-compare in one JVM, in alternating rounds: a
 * before/after comparison that a busy machine disturbs far less than two processes run one after
 * the other, since both builds see the same moments of load. Each build's classes (its
 * {@code target/classes} and {@code target/test-classes}, which has the seed profiles) are loaded with the shared dependencies
 * in a class loader of their own, so each has its own copy of OpenPDF and of every cache; the seed
 * report is rendered through reflection (the cost of the call is nothing next to a render).
 *
 * <p>Run: {@code java -cp target/test-classes:DEPS org.rolecompare.report.pdf.PdfRenderAB A_CLASSPATH B_CLASSPATH DEPS
 * [rounds] [renders per round]}, DEPS the dependency classpath (without role-compare's classes).
 * Prints each round's A and B and then the medians of A, of B and of B − A per round.
 */
public final class PdfRenderAB {

    private PdfRenderAB() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        int renders = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        Runnable a = seedRender(args[0], args[2]);
        Runnable b = seedRender(args[1], args[2]);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 3_000; i++) {
            a.run();
            b.run();
        }
        double[] as = new double[rounds];
        double[] bs = new double[rounds];
        double[] diffs = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            as[round] = cpuMs(a, renders, cpu);
            bs[round] = cpuMs(b, renders, cpu);
            diffs[round] = bs[round] - as[round];
            System.out.printf("round %d: A %.3f ms, B %.3f ms CPU/report%n", round + 1, as[round], bs[round]);
        }
        System.out.printf("median A %.3f ms, B %.3f ms, B - A %+.3f ms CPU/report (%d rounds of %d)%n", median(as), median(bs),
                median(diffs), rounds, renders);
    }

    private static double cpuMs(Runnable render, int renders, ThreadMXBean cpu) {
        long before = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < renders; i++) {
            render.run();
        }
        return (cpu.getCurrentThreadCpuTime() - before) / 1e6 / renders;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Renders the seed report with the role-compare classes in {@code classes} (a classpath). */
    private static Runnable seedRender(String classes, String dependencies) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String path : (classes + File.pathSeparator + dependencies).split(File.pathSeparator)) {
            urls.add(new File(path).toURI().toURL());
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Class<?> seeds = loader.loadClass("org.rolecompare.compare.SeedProfiles");
        Class<?> profile = loader.loadClass("org.rolecompare.compare.RoleProfile");
        Class<?> metricsType = loader.loadClass("org.rolecompare.compare.ComparisonMetrics");
        Class<?> calculator = loader.loadClass("org.rolecompare.compare.MetricsCalculator");
        Class<?> settingsType = loader.loadClass("org.rolecompare.report.pdf.PdfReportSettings");
        Class<?> rendererType = loader.loadClass("org.rolecompare.report.pdf.PdfReportRenderer");
        Object left = seeds.getMethod("patientRelationsManager").invoke(null);
        Object right = seeds.getMethod("patientAccountManager").invoke(null);
        Object metrics = calculator.getMethod("compute", profile, profile).invoke(null, left, right);
        Class<?> pageSize = loader.loadClass("org.rolecompare.report.pdf.PdfReportSettings$PageSizeOption");
        Object settings = settingsType.getConstructor(pageSize, String.class).newInstance(null, "Source: role data feed");
        Object renderer = rendererType.getConstructor(settingsType).newInstance(settings);
        Method render = rendererType.getMethod("render", profile, profile, metricsType, LocalDate.class);
        LocalDate runDate = LocalDate.of(2026, 11, 27);
        return () -> {
            try {
                render.invoke(renderer, left, right, metrics, runDate);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
