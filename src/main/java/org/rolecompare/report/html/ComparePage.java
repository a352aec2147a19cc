package org.rolecompare.report.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.rolecompare.report.content.Chart;
import org.rolecompare.report.content.ReportContent;

/**
 * The page of one comparison, {@code compare/LEFT-vs-RIGHT.html}: the report's content as the PDF
 * has it ({@link ReportContent}, shown section by section), its charts laid out as SVG, and the
 * links to the PDF and to both roles' pages.
 *
 * @param pdf    the PDF relative to the page, or {@code null} when the run writes no PDFs
 * @param charts each chart of the content, by identity, as the page draws it
 */
record ComparePage(ReportContent content, String pdf, String leftPage, String rightPage, SiteRun run, Map<Chart, ChartView> charts) {

    /** How the page draws {@code chart}. */
    ChartView chart(Chart chart) {
        return charts.get(chart);
    }

    /**
     * A chart as the page shows it: its element id, the SVG, and its values as a table (for a bar
     * chart; {@code null} for the salary ranges, whose values the salary table lists).
     */
    record ChartView(String id, ChartSvg.Svg svg, DataTable data) {
    }

    /** A chart's values as a table: a caption, the column headers and the rows, each a label and one value per role. */
    record DataTable(String caption, List<String> headers, List<List<String>> rows) {
    }

    static Map<Chart, ChartView> byIdentity() {
        return new IdentityHashMap<>();
    }
}
