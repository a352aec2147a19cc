package org.rolecompare.job;

import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.report.pdf.PdfReportRenderer;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Renders the PDF of one comparison: both profiles (cached), their metrics, the report. Pure
 * computation, safe to run on several threads at once (the step renders a chunk's items in
 * parallel); the file is written by {@link PdfFileWriter} when the chunk commits.
 */
class PdfReportProcessor implements ItemProcessor<ComparisonTask, RenderedReport> {

    /** Test hooks: fail after N reports, and slow each report down; both off (0) in production. */
    record FaultInjection(long failAfterReports, long delayMillis) {
        static final FaultInjection NONE = new FaultInjection(0, 0);
    }

    private final ProfileCache profiles;
    private final PdfReportRenderer renderer;
    private final java.time.LocalDate runDate;
    private final FaultInjection faults;
    private final ChangeNoteSource notes;
    private final java.util.concurrent.atomic.AtomicLong processed = new java.util.concurrent.atomic.AtomicLong();

    PdfReportProcessor(ProfileCache profiles, PdfReportRenderer renderer, java.time.LocalDate runDate, FaultInjection faults,
                       ChangeNoteSource notes) {
        this.profiles = profiles;
        this.renderer = renderer;
        this.runDate = runDate;
        this.faults = faults;
        this.notes = notes;
    }

    @Override
    public RenderedReport process(ComparisonTask task) throws InterruptedException {
        long done = processed.getAndIncrement();
        if (faults.failAfterReports() > 0 && done >= faults.failAfterReports()) {
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
