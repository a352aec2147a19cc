package org.rolecompare.report.xlsx;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.rolecompare.files.FileCount;
import org.rolecompare.files.RunFacts;
import org.rolecompare.validate.FieldCoverage;

/**
 * Writes the Summary sheet: a title, label/value rows with the run's facts and the number of changes
 * since the previous run, links to the other sheets, and a bar chart of the salary ratios, so an
 * analyst sees at a glance what the run read, accepted, rejected, wrote and what changed.
 *
 * <p>The sheet is created first (it is the first tab) but filled last, once the streamed sheets
 * exist and the chart's counts are known. That works because its few rows stay in the streaming
 * window. The chart sits beside the facts from the third row ({@link #CHART_TOP_ROW}), so it prints
 * whole on the first page, with its data in a small range below it ({@link #CHART_DATA_ROW}); it
 * is drawn on the backing {@code XSSFSheet}, since a streamed sheet cannot create charts.
 */
final class SummarySheet {

    static final String NAME = "Summary";
    /** First column of the chart and of its data range (F), one column right of the facts and a gap. */
    static final int CHART_COLUMN = 5;
    /**
     * The chart's top row (3, right below the sheet's title): at the top of the first printed page,
     * so that a page break can never cut the chart or its title.
     */
    static final int CHART_TOP_ROW = 2;
    private static final int CHART_WIDTH_COLUMNS = 8;
    private static final int CHART_HEIGHT_ROWS = 18;
    /** Header row of the chart's data, below the chart. */
    static final int CHART_DATA_ROW = CHART_TOP_ROW + CHART_HEIGHT_ROWS + 1;
    static final String RATIO_AXIS = "Salary ratio (right \u00f7 left)";
    static final String COUNT_AXIS = "Comparisons";

    private final Sheet sheet;
    private final CellWriter cells;
    private final ColumnWidths widths = new ColumnWidths();
    private int next;

    private SummarySheet(Sheet sheet, CellWriter cells) {
        this.sheet = sheet;
        this.cells = cells;
    }

    /**
     * Fills {@code sheet}, which must still be empty.
     *
     * @param changes the Changes sheet written, whose count is shown
     * @param sheets  the workbook's other sheets in tab order, each listed with a link
     */
    static void write(SXSSFWorkbook workbook, Sheet sheet, CellWriter cells, Styles styles, RunFacts facts,
                      ChangesSheet changes, List<String> sheets, SalaryRatioHistogram histogram) {
        SummarySheet summary = new SummarySheet(sheet, cells);
        Row title = summary.row(summary.next++);
        title.createCell(0).setCellValue("role-compare run summary");
        title.getCell(0).setCellStyle(styles.title());
        summary.next++;
        summary.values(Format.DATE, "Run date", facts.runDate());
        summary.values(Format.GENERAL, "Job", facts.jobName());
        summary.values(Format.GENERAL, "Input folder", facts.inputDir());
        summary.next++;
        summary.header(0, summary.next++, "Input file", "Rows read", "Accepted", "Rejected");
        for (FileCount file : facts.files()) {
            summary.values(Format.COUNT, file.file(), file.rowsRead(), file.rowsAccepted(), file.rowsRejected());
        }
        summary.next++;
        summary.values(Format.COUNT, "Roles read", facts.rolesRead());
        summary.values(Format.COUNT, "Roles accepted", facts.rolesAccepted());
        summary.values(Format.COUNT, "Roles rejected", facts.rolesRejected());
        summary.values(Format.COUNT, "Comparisons requested", facts.comparisonsRequested());
        summary.values(Format.COUNT, "Comparisons written", facts.comparisonsWritten());
        if (facts.comparisonsFromRelated() != null) {
            summary.values(Format.COUNT, "Comparisons written of listed pairs", facts.comparisonsListed());
            summary.values(Format.COUNT, "Comparisons written of related roles", facts.comparisonsFromRelated());
        }
        summary.values(Format.COUNT, "Comparisons rejected", facts.comparisonsRejected());
        summary.values(Format.COUNT, "Comparisons skipped", facts.comparisonsSkipped());
        summary.values(Format.COUNT, changes.summaryLabel(), changes.summaryValue());
        summary.values(Format.COUNT, "Error findings", facts.errorFindings());
        summary.values(Format.COUNT, "Warning findings", facts.warningFindings());
        summary.values(Format.COUNT, "Info findings", facts.infoFindings());
        summary.next++;
        summary.header(0, summary.next++, "Sheet");
        for (String name : sheets) {
            summary.widths.observe(0, cells.put(summary.row(summary.next++), 0, new SheetLink(name), Format.GENERAL));
        }
        summary.coverage(facts.coverage());
        int chartRows = summary.chartData(histogram);
        summary.chart(workbook, histogram, chartRows);
        summary.widths.apply(sheet, CHART_COLUMN + 2);
        PageSetup.apply(sheet, 0);
    }

    /**
     * The Coverage block: per field, how many accepted roles have it known, of how many, and the share
     * in percent, so an analyst sees before filtering which columns are mostly empty. Nothing without
     * coverage.
     */
    private void coverage(List<FieldCoverage> coverage) {
        if (coverage.isEmpty()) {
            return;
        }
        next++;
        header(0, next++, "Coverage", "Roles known", "Of accepted", "Known %");
        for (FieldCoverage c : coverage) {
            values(Format.COUNT, c.field(), c.known(), c.accepted());
            widths.observe(3, cells.put(row(next - 1), 3, c.percent(), Format.SHARE));
        }
    }

    /** Writes the histogram's labels and counts below the chart; returns the last row of the range. */
    private int chartData(SalaryRatioHistogram histogram) {
        header(CHART_COLUMN, CHART_DATA_ROW, RATIO_AXIS, COUNT_AXIS);
        String[] labels = histogram.labels();
        Double[] counts = histogram.counts();
        int r = CHART_DATA_ROW;
        for (int i = 0; i < labels.length; i++) {
            Row row = row(++r);
            widths.observe(CHART_COLUMN, cells.put(row, CHART_COLUMN, labels[i], Format.GENERAL));
            widths.observe(CHART_COLUMN + 1, cells.put(row, CHART_COLUMN + 1, counts[i], Format.COUNT));
        }
        return r;
    }

    /** A column chart of equal-width salary-ratio bins, at the top right of the sheet. */
    private void chart(SXSSFWorkbook workbook, SalaryRatioHistogram histogram, int lastDataRow) {
        XSSFDrawing drawing = workbook.getXSSFWorkbook().getSheet(NAME).createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, CHART_COLUMN, CHART_TOP_ROW,
                CHART_COLUMN + CHART_WIDTH_COLUMNS, CHART_TOP_ROW + CHART_HEIGHT_ROWS));
        chart.setTitleText("Comparisons by salary ratio (right \u00f7 left)");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        categories.setTitle(RATIO_AXIS);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setTitle(COUNT_AXIS);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        data.setGapWidth(10);
        XDDFChartData.Series series = data.addSeries(
                XDDFDataSourcesFactory.fromArray(histogram.labels(), range(CHART_COLUMN, lastDataRow)),
                XDDFDataSourcesFactory.fromArray(histogram.counts(), range(CHART_COLUMN + 1, lastDataRow)));
        series.setTitle(COUNT_AXIS, null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        chart.plot(data);
    }

    /** The chart's data cells of one column, e.g. {@code 'Summary'!$F$23:$F$30}. */
    private static String range(int column, int lastRow) {
        return new CellRangeAddress(CHART_DATA_ROW + 1, lastRow, column, column).formatAsString(NAME, true);
    }

    private void header(int firstColumn, int rowIndex, String... labels) {
        Row row = row(rowIndex);
        for (int c = 0; c < labels.length; c++) {
            widths.observe(firstColumn + c, cells.header(row, firstColumn + c, labels[c]));
        }
    }

    /** A label in the first column followed by values in {@code format}. */
    private void values(Format format, String label, Object... values) {
        Row row = row(next++);
        widths.observe(0, cells.put(row, 0, label, Format.GENERAL));
        for (int c = 0; c < values.length; c++) {
            widths.observe(c + 1, cells.put(row, c + 1, values[c], format));
        }
    }

    private Row row(int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }
}
