package org.rolecompare.job;

import java.time.LocalDate;
import java.util.function.Function;

import org.rolecompare.changes.ChangeNoteSource;
import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.report.content.ReportNotes;
import org.rolecompare.report.pdf.PdfReportRenderer;
import org.rolecompare.staging.ComparisonTask;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Renders the PDF of one comparison: both profiles (loaded for the whole partition at its start), their metrics, the related
 * line and the change note, the report. Pure computation; the file is written by {@link PdfFileWriter} when the chunk commits.
 * One instance serves one partition on one thread.
 */
class PdfReportProcessor implements ItemProcessor<ComparisonTask, RenderedReport> {

    private final Function<String, RoleProfile> profiles;
    private final PdfReportRenderer renderer;
    private final LocalDate runDate;
    private final long runId;
    private final ChangeNoteSource notes;
    private final RelatedNotes related;
    private final ReportRenderObserver observer;

    PdfReportProcessor(Function<String, RoleProfile> profiles, PdfReportRenderer renderer, LocalDate runDate, long runId, ChangeNoteSource notes,
                       RelatedNotes related, ReportRenderObserver observer) {
        this.profiles = profiles;
        this.renderer = renderer;
        this.runDate = runDate;
        this.runId = runId;
        this.notes = notes;
        this.related = related;
        this.observer = observer;
    }

    @Override
    public RenderedReport process(ComparisonTask task) throws InterruptedException {
        observer.beforeRender(runId, task.line());
        RoleProfile left = profiles.apply(task.leftId());
        RoleProfile right = profiles.apply(task.rightId());
        return new RenderedReport(task.pdfFileName(), renderer.render(left, right, MetricsCalculator.compute(left, right), runDate,
                new ReportNotes(related.noteFor(task.leftId(), task.rightId()), notes.noteFor(task.leftId(), task.rightId()))));
    }
}
