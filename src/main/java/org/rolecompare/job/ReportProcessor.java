package org.rolecompare.job;

import java.time.LocalDate;
import java.util.function.Function;

import org.rolecompare.changes.ChangeNoteSource;
import org.rolecompare.compare.ComparisonMetrics;
import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.report.pdf.PdfReportRenderer;
import org.rolecompare.staging.ComparisonTask;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Renders the files of one comparison: both profiles (loaded for the whole partition at its start),
 * their metrics, the change note, then the PDF and the web page, each when the run makes it. Pure
 * computation; the files are written by {@link ReportFileWriter} when the chunk commits. One
 * instance serves one partition on one thread.
 */
class ReportProcessor implements ItemProcessor<ComparisonTask, RenderedReport> {

    private final Function<String, RoleProfile> profiles;
    private final PdfReportRenderer renderer;
    private final LocalDate runDate;
    private final long runId;
    private final ChangeNoteSource notes;
    private final ReportRenderObserver observer;

    ReportProcessor(Function<String, RoleProfile> profiles, PdfReportRenderer renderer, LocalDate runDate, long runId, ChangeNoteSource notes,
                    ReportRenderObserver observer) {
        this.profiles = profiles;
        this.renderer = renderer;
        this.runDate = runDate;
        this.runId = runId;
        this.notes = notes;
        this.observer = observer;
    }

    @Override
    public RenderedReport process(ComparisonTask task) throws InterruptedException {
        observer.beforeRender(runId, task.line());
        RoleProfile left = profiles.apply(task.leftId());
        RoleProfile right = profiles.apply(task.rightId());
        ComparisonMetrics metrics = MetricsCalculator.compute(left, right);
        return new RenderedReport(task, renderer.render(left, right, metrics, runDate, notes.noteFor(task.leftId(), task.rightId())), null);
    }
}
