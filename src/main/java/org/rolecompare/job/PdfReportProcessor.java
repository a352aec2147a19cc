package org.rolecompare.job;

import java.time.LocalDate;

import org.rolecompare.changes.ChangeNoteSource;
import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.report.pdf.PdfReportRenderer;
import org.rolecompare.staging.ComparisonTask;
import org.rolecompare.staging.ProfileCache;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Renders the PDF of one comparison: both profiles (cached), their metrics, the change note, the
 * report. Pure computation; the file is written by {@link PdfFileWriter} when the chunk commits.
 * One instance serves one partition on one thread.
 */
class PdfReportProcessor implements ItemProcessor<ComparisonTask, RenderedReport> {

    /**
     * Test hooks, both off in production: every report after the first {@code failAfterReports}
     * accepted comparisons of the run (those from line {@code failFromLine} on) fails, whichever
     * partition or thread renders it, and each report is slowed down by {@code delayMillis}.
     */
    record FaultInjection(long failAfterReports, long failFromLine, long delayMillis) {
        static final FaultInjection NONE = new FaultInjection(0, Long.MAX_VALUE, 0);
    }

    private final ProfileCache profiles;
    private final PdfReportRenderer renderer;
    private final LocalDate runDate;
    private final FaultInjection faults;
    private final ChangeNoteSource notes;

    PdfReportProcessor(ProfileCache profiles, PdfReportRenderer renderer, LocalDate runDate, FaultInjection faults,
                       ChangeNoteSource notes) {
        this.profiles = profiles;
        this.renderer = renderer;
        this.runDate = runDate;
        this.faults = faults;
        this.notes = notes;
    }

    @Override
    public RenderedReport process(ComparisonTask task) throws InterruptedException {
        if (task.line() >= faults.failFromLine()) {
            throw new IllegalStateException("fault injected after " + faults.failAfterReports() + " reports");
        }
        if (faults.delayMillis() > 0) {
            Thread.sleep(faults.delayMillis());
        }
        RoleProfile left = profiles.get(task.leftId());
        RoleProfile right = profiles.get(task.rightId());
        return new RenderedReport(task.pdfFileName(), renderer.render(left, right, MetricsCalculator.compute(left, right), runDate,
                notes.noteFor(task.leftId(), task.rightId())));
    }
}
