package org.rolecompare.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.rolecompare.compare.Breakdown;
import org.rolecompare.compare.CategoryShare;
import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.Skill;
import org.rolecompare.compare.YearsRange;
import org.rolecompare.publish.RunPublisher;
import org.rolecompare.report.RunFacts;
import org.rolecompare.report.pdf.PdfReportRenderer;
import org.rolecompare.report.pdf.PdfReportSettings;
import org.rolecompare.report.xlsx.ComparisonRow;
import org.rolecompare.report.xlsx.DemographicEntry;
import org.rolecompare.report.xlsx.SkillEntry;
import org.rolecompare.report.xlsx.WorkbookSource;
import org.rolecompare.report.xlsx.WorkbookWriter;
import org.rolecompare.validate.Finding;
import org.slf4j.LoggerFactory;

/**
 * Renders one throwaway PDF report (kept in memory) and writes one empty workbook (in a temporary
 * folder, deleted) on a background thread while {@code run} starts its Spring context.
 *
 * <p>Why: on a small run most of the PDF and workbook steps' time is one-time set-up, not work:
 * loading and initialising a few thousand classes of OpenPDF, JFreeChart, POI and XMLBeans, the
 * font, the JDK's XML transformer. The Spring context starts on the main thread alone, so on a
 * machine with two or more cores that set-up can run beside it for free; the seed run's report
 * and workbook steps then find it done. It shares no state with the run (its own renderer and
 * workbook, nothing written outside its temporary folder), so the run's outputs cannot change, and
 * it happens once per JVM. Any failure is only logged: the real steps report real problems.
 */
final class ReportWarmUp {

    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final LocalDate DATE = LocalDate.of(2000, 1, 1);
    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

    private ReportWarmUp() {
    }

    /**
     * Starts the warm-up on a daemon thread, or returns {@code null} when this JVM already ran one.
     * Without PDF reports (a workbook-only run) only the workbook is warmed up.
     */
    static Thread start(boolean pdfReports) {
        if (!STARTED.compareAndSet(false, true)) {
            return null;
        }
        Thread thread = new Thread(() -> warmUp(pdfReports, TEMP), "report-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return thread;
    }

    /**
     * Waits a little for the warm-up to end, so a run that ends early (a usage error, a broken
     * feed) does not leave its temporary files behind when the JVM exits.
     */
    static void awaitQuietly(Thread thread) {
        if (thread == null) {
            return;
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The warm-up itself, on the calling thread; its workbook goes to a new folder in {@code temp},
     * deleted after. Returns whether it rendered and wrote without an error.
     */
    static boolean warmUp(boolean pdfReports, Path temp) {
        try {
            if (pdfReports) {
                RoleProfile left = profile("warm-up-left", 40_000);
                RoleProfile right = profile("warm-up-right", 60_000);
                new PdfReportRenderer(new PdfReportSettings(PdfReportSettings.PageSizeOption.LETTER, null))
                        .render(left, right, MetricsCalculator.compute(left, right), DATE);
            }
            Path folder = Files.createTempDirectory(temp, "role-compare-warm-up-");
            try {
                WorkbookWriter.write(new EmptySource(), folder.resolve("warm-up.xlsx"));
            } finally {
                RunPublisher.deleteTree(folder);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(ReportWarmUp.class).debug("report warm-up failed", e);
            return false;
        }
    }

    private static RoleProfile profile(String id, double salary) {
        Role role = new Role(id, "Warm-up " + id, "A role that exists only to load the report code.", new YearsRange(2, 4),
                salary, salary / 2080, salary * 0.8, salary * 1.2, 5.0, 1000L, 3.5, "Bachelor's Degree", 50.0,
                "Business", "A College", 40.0, 4.0, 7.0, "A City", "A State", "A Company", "An Industry");
        return new RoleProfile(role,
                List.of(new Breakdown("gender", List.of(new CategoryShare("Female", 60.0), new CategoryShare("Male", 40.0)))),
                List.of(new Skill("Planning", 30.0), new Skill("Reporting", 20.0)),
                List.of("Plans the work.", "Reports on it."));
    }

    /** A run with no rows: every sheet, table and the Summary chart are still built. */
    private static final class EmptySource implements WorkbookSource {

        @Override
        public RunFacts facts() {
            return new RunFacts(DATE, "warm-up", "", List.of(), 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        @Override
        public List<String> dimensions() {
            return List.of();
        }

        @Override
        public void comparisons(Consumer<ComparisonRow> sink) {
        }

        @Override
        public void roles(Consumer<Role> sink) {
        }

        @Override
        public void skills(Consumer<SkillEntry> sink) {
        }

        @Override
        public void demographics(Consumer<DemographicEntry> sink) {
        }

        @Override
        public void findings(Consumer<Finding> sink) {
        }
    }
}
