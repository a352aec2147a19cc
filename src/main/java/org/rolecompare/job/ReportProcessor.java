package org.rolecompare.job;

import java.util.function.Function;

import org.rolecompare.changes.ChangeNoteSource;
import org.rolecompare.compare.ComparisonMetrics;
import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.report.content.ReportContent;
import org.rolecompare.report.content.ReportNotes;
import org.rolecompare.report.html.SitePages;
import org.rolecompare.report.html.SiteRun;
import org.rolecompare.report.pdf.PdfReportRenderer;
import org.rolecompare.report.pdf.PdfReportSettings;
import org.rolecompare.staging.ComparisonTask;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Renders the files of one comparison: both profiles (loaded for the whole partition at its start),
 * their metrics, the related line and the change note, what the report says ({@link ReportContent}, made once), then
 * the PDF and the web page from that one content, each when the run makes it ({@link SiteRun#pdfs()},
 * {@code pages}), so both say the same; rendering the page here, in the partition that renders the
 * PDF, lets cluster workers make the pages with their PDFs. Pure computation; the files are written
 * by {@link ReportFileWriter} when the chunk commits. One instance serves one partition on one thread.
 */
class ReportProcessor implements ItemProcessor<ComparisonTask, RenderedReport> {

    private final Function<String, RoleProfile> profiles;
    private final PdfReportRenderer renderer;
    private final SiteRun site;
    private final boolean pages;
    private final long runId;
    private final ChangeNoteSource notes;
    private final RelatedNotes related;
    private final ReportRenderObserver observer;

    ReportProcessor(Function<String, RoleProfile> profiles, PdfReportSettings settings, SiteRun site, boolean pages, long runId,
                    ChangeNoteSource notes, RelatedNotes related, ReportRenderObserver observer) {
        this.profiles = profiles;
        this.renderer = new PdfReportRenderer(settings);
        this.site = site;
        this.pages = pages;
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
        ComparisonMetrics metrics = MetricsCalculator.compute(left, right);
        ReportContent content = renderer.content(left, right, metrics, site.runDate(),
                new ReportNotes(related.noteFor(task.leftId(), task.rightId()), notes.noteFor(task.leftId(), task.rightId())));
        return new RenderedReport(task, site.pdfs() ? renderer.render(content, left, right, metrics, site.runDate()) : null,
                pages ? SitePages.comparePage(content, task.leftId(), task.rightId(), site) : null);
    }
}
