package org.rolecompare.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rolecompare.compare.DisplayFormat;
import org.rolecompare.files.ReportFiles;
import org.rolecompare.report.content.Chart;
import org.rolecompare.report.content.ListSection;
import org.rolecompare.report.content.PairedBars;
import org.rolecompare.report.content.ReportContent;
import org.rolecompare.report.content.SalaryRange;
import org.rolecompare.report.content.Section;
import org.rolecompare.report.content.TableSection;

/**
 * Makes the page model of a comparison from the report's content, never from the roles' data, so
 * the page and the PDF say the same words and numbers: the page only adds the links and lays the
 * charts out ({@link ChartSvg}).
 */
final class ComparePages {

    private ComparePages() {
    }

    static ComparePage of(ReportContent content, String leftId, String rightId, SiteRun run) {
        Map<Chart, ComparePage.ChartView> charts = ComparePage.byIdentity();
        for (Section section : content.sections()) {
            if (section instanceof TableSection table) {
                for (Chart chart : table.charts()) {
                    charts.put(chart, view(chart, table.name(), content, charts.size() + 1));
                }
            } else if (section instanceof ListSection list && list.chart() != null) {
                charts.put(list.chart(), view(list.chart(), list.name(), content, charts.size() + 1));
            }
        }
        return new ComparePage(content, run.pdfs() ? "../../" + ReportFiles.pdfPath(leftId, rightId) : null,
                "../" + IndexPages.rolePage(leftId), "../" + IndexPages.rolePage(rightId), run, charts);
    }

    private static ComparePage.ChartView view(Chart chart, String sectionName, ReportContent content, int number) {
        String title = chart.title() == null ? sectionName : sectionName + ": " + chart.title();
        String id = "chart-" + number;
        if (chart instanceof SalaryRange range) {
            return new ComparePage.ChartView(id, ChartSvg.salaryRange(range, title, content.leftName(), content.rightName()), null);
        }
        PairedBars bars = (PairedBars) chart;
        List<List<String>> rows = new ArrayList<>();
        for (PairedBars.Bar bar : bars.bars()) {
            rows.add(List.of(bar.label() + (bar.marked() ? " *" : ""), known(bar.leftText()), known(bar.rightText())));
        }
        String caption = "The chart's numbers" + (bars.markNote() == null ? "" : " (* " + bars.markNote() + ")");
        return new ComparePage.ChartView(id, ChartSvg.pairedBars(bars, title, content.leftName(), content.rightName()),
                new ComparePage.DataTable(caption, List.of(chart.title() == null ? sectionName : chart.title(), content.leftName(),
                        content.rightName()), rows));
    }

    private static String known(String text) {
        return text == null ? DisplayFormat.UNKNOWN : text;
    }
}
