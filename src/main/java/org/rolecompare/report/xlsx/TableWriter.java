package org.rolecompare.report.xlsx;

import java.util.List;
import java.util.function.BiConsumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streams records into a data sheet: a frozen header row, one row per record, an AutoFilter over
 * the whole table and computed column widths.
 *
 * <p>When a sheet is full (Excel's limit is 1,048,576 rows) the table continues on a new sheet
 * named {@code "<name> (2)"} and so on, with the same header, so no row is ever dropped.
 */
final class TableWriter<T> {

    private final SXSSFWorkbook workbook;
    private final CellWriter cells;
    private final String name;
    private final List<Column<T>> columns;
    private final int frozenColumns;
    private final BiConsumer<Sheet, CellRangeAddress> decorate;
    private final int maxDataRows;

    private Sheet sheet;
    private ColumnWidths widths;
    private int sheets;
    private int dataRows;
    private long total;

    /**
     * @param decorate called once per finished sheet with the data range (below the header), e.g. to
     *                 add conditional formatting
     */
    TableWriter(SXSSFWorkbook workbook, CellWriter cells, String name, List<Column<T>> columns, int frozenColumns,
                BiConsumer<Sheet, CellRangeAddress> decorate, int maxDataRows) {
        this.workbook = workbook;
        this.cells = cells;
        this.name = name;
        this.columns = List.copyOf(columns);
        this.frozenColumns = frozenColumns;
        this.decorate = decorate;
        this.maxDataRows = maxDataRows;
        startSheet();
    }

    void append(T record) {
        if (dataRows == maxDataRows) {
            finishSheet();
            startSheet();
        }
        Row row = sheet.createRow(++dataRows);
        boolean sampled = dataRows <= ColumnWidths.SAMPLE_ROWS;
        for (int c = 0; c < columns.size(); c++) {
            Column<T> column = columns.get(c);
            int shown = cells.put(row, c, column.value().apply(record), column.format());
            if (sampled) {
                widths.observe(c, shown);
            }
        }
        total++;
    }

    /** Finishes the last sheet; returns the number of data rows written over all sheets. */
    long finish() {
        finishSheet();
        return total;
    }

    private void startSheet() {
        sheets++;
        sheet = workbook.createSheet(sheets == 1 ? name : name + " (" + sheets + ")");
        widths = new ColumnWidths();
        dataRows = 0;
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            widths.observe(c, cells.header(header, c, columns.get(c).header()));
        }
    }

    private void finishSheet() {
        int lastColumn = columns.size() - 1;
        sheet.createFreezePane(frozenColumns, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, dataRows, 0, lastColumn));
        widths.apply(sheet, columns.size());
        if (dataRows > 0) {
            decorate.accept(sheet, new CellRangeAddress(1, dataRows, 0, lastColumn));
        }
    }
}
