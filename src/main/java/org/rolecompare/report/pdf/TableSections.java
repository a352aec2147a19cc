package org.rolecompare.report.pdf;

import java.util.List;

import com.lowagie.text.DocumentException;

import org.rolecompare.report.content.Chart;
import org.rolecompare.report.content.PairedBars;
import org.rolecompare.report.content.ReportContent;
import org.rolecompare.report.content.SalaryRange;
import org.rolecompare.report.content.TableSection;

/**
 * Lays out the report's sections that compare figures side by side (overview, salary, education,
 * demographics): the heading, a table with a label column and a column per role, the note under
 * it, and its charts, the salary range chart kept on the page of its table when both fit.
 */
final class TableSections {

    private final ReportContent content;
    private final ReportLayout layout;
    private final ReportStyles styles;

    TableSections(ReportContent content, ReportLayout layout, ReportStyles styles) {
        this.content = content;
        this.layout = layout;
        this.styles = styles;
    }

    void write(TableSection section) throws DocumentException {
        List<Chart> charts = section.charts();
        ChartCanvas range = !charts.isEmpty() && charts.get(0) instanceof SalaryRange salary
                ? new SalaryRangeChart(styles.fontInUse()).draw(layout.width(), salary, content.leftName(), content.rightName())
                : null;
        layout.headedTable(section.heading(), section.name(), table(section.rows()), section.note(),
                range == null ? 0f : range.height() + ReportLayout.CHART_EXTRAS + 12f);
        PairedBarChart bars = new PairedBarChart(styles.fontInUse());
        for (Chart chart : charts) {
            ChartCanvas canvas = chart instanceof PairedBars paired
                    ? bars.draw(layout.width(), content.leftName(), content.rightName(), paired)
                    : range;
            layout.addChart(chart.title(), canvas, chart.caption());
        }
    }

    /**
     * A label column and one column per role, headed by the roles' display titles, with the rows;
     * the header repeats on each page.
     */
    private TableBlock table(List<TableSection.Row> rows) {
        TableBlock table = styles.comparisonTable(layout.width());
        table.addRow(styles.headerCell(""), styles.headerCell(content.leftName()), styles.headerCell(content.rightName()));
        for (TableSection.Row row : rows) {
            table.addRow(styles.labelCell(row.label()), styles.valueCell(row.left()), styles.valueCell(row.right()));
        }
        return table;
    }
}
