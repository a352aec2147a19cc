package org.rolecompare.job;

import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.report.pdf.PdfReportRenderer;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Renders the PDF of one comparison: both profiles (cached), their metrics, the report. Pure
 * computation; the file is written by {@link PdfFileWriter} when the chunk commits.
 */
class PdfReportProcessor implements ItemProcessor<ComparisonTask, RenderedReport> {

    private final ProfileCache profiles;
    private final PdfReportRenderer renderer;
    private final java.time.LocalDate runDate;

    PdfReportProcessor(ProfileCache profiles, PdfReportRenderer renderer, java.time.LocalDate runDate) {
        this.profiles = profiles;
        this.renderer = renderer;
        this.runDate = runDate;
    }

    @Override
    public RenderedReport process(ComparisonTask task) {
        RoleProfile left = profiles.get(task.leftId());
        RoleProfile right = profiles.get(task.rightId());
        return new RenderedReport(task.pdfFileName(), renderer.render(left, right, MetricsCalculator.compute(left, right), runDate));
    }
}
