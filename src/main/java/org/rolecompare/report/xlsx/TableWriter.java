package org.rolecompare.report.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * Streams records into a data sheet: a frozen header row (with a comment on each header cell that
 * has a note), one row per record, an Excel table (ListObject, which brings its own filter buttons
 * and banded rows) over the whole range, computed column widths and the workbook's
 * {@link PageSetup} with the header row repeated on every printed page.
 *
 * <p>When a sheet is full (Excel's limit is 1,048,576 rows) the table continues on a new sheet
 * named {@code "<name> (2)"} and so on, with the same header and its own table, so no row is ever
 * dropped.
 *
 * <p>In a {@link FastZipWorkbook}, data rows go straight into the sheet's XML (see
 * {@link FastSheetDataWriter}); the cells are the same as through POI's rows.
 *
 * <p>The table is defined on the backing {@code XSSFSheet}, whose rows were streamed away, so its
 * column names are set from the headers written here rather than read back from the sheet; they
 * must equal the header cells or Excel repairs the file.
 */
final class TableWriter<T> {

    private static final String TABLE_STYLE = "TableStyleMedium2";
    /** Widest a frozen column gets, in characters, so two frozen titles take well under half a screen. */
    static final int FROZEN_MAX_CHARS = 40;
    /**
     * Characters of wrapped text that fit on a line of a column at its widest (60 widths of a digit;
     * text is narrower on average, and word wrapping loses some), and the height of a line in
     * points: a row with wrapped text gets the height its lines need, since neither Excel nor
     * LibreOffice reliably fits it on opening the file.
     */
    private static final int WRAPPED_LINE_CHARS = 60;
    private static final float LINE_POINTS = 15;
    /** Size of a header comment's box when shown. */
    private static final int NOTE_WIDTH_COLUMNS = 3;
    private static final int NOTE_HEIGHT_ROWS = 4;

    private final SXSSFWorkbook workbook;
    private final CellWriter cells;
    private final String name;
    private final List<Column<T>> columns;
    private final int frozenColumns;
    private final BiConsumer<Sheet, CellRangeAddress> decorate;
    private final int maxDataRows;
    private final List<String> sheetNames = new ArrayList<>();
    private final Map<String, String> notes;
    /** Whether a column wraps its text; such a table's rows go through POI, which can set their height. */
    private final boolean wraps;

    private Sheet sheet;
    /** Where data rows go without POI's row objects, or {@code null} when the workbook has no such writer. */
    private FastSheetDataWriter direct;
    private boolean headerSpooled;
    /**
     * The last row appended, written only when the next one comes or the sheet is finished: the
     * last row of a sheet goes through POI, which works out the sheet's dimensions from the rows
     * it has seen.
     */
    private Object[] pending;
    private int pendingRow;
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
        this(workbook, cells, name, columns, frozenColumns, decorate, maxDataRows, Map.of());
    }

    /**
     * @param decorate called once per finished sheet with the data range (below the header), e.g. to
     *                 add conditional formatting
     * @param notes    a comment for header cells, by header: one per column of each sheet, never per row
     */
    TableWriter(SXSSFWorkbook workbook, CellWriter cells, String name, List<Column<T>> columns, int frozenColumns,
                BiConsumer<Sheet, CellRangeAddress> decorate, int maxDataRows, Map<String, String> notes) {
        this.notes = Map.copyOf(notes);
        this.wraps = columns.stream().anyMatch(c -> c.format() == Format.WRAPPED);
        this.workbook = workbook;
        this.cells = cells;
        this.name = name;
        this.columns = List.copyOf(columns);
        this.frozenColumns = frozenColumns;
        this.decorate = decorate;
        this.maxDataRows = maxDataRows;
        startSheet();
    }

    /** A table with no frozen columns and no conditional formats. */
    static <T> TableWriter<T> plain(SXSSFWorkbook workbook, CellWriter cells, String name, List<Column<T>> columns,
                                    int maxDataRows) {
        return new TableWriter<>(workbook, cells, name, columns, 0, (sheet, range) -> { }, maxDataRows);
    }

    void append(T record) {
        if (dataRows == maxDataRows) {
            finishSheet();
            startSheet();
        }
        Object[] values = new Object[columns.size()];
        for (int c = 0; c < values.length; c++) {
            values[c] = columns.get(c).value().apply(record);
        }
        if (pending != null) {
            writeRow(pendingRow, pending);
        }
        pending = values;
        pendingRow = ++dataRows;
        total++;
    }

    /**
     * Writes a data row: straight into the sheet's XML when the workbook allows it and every value
     * can go there, else through POI's row and cell objects (spooled at once, so that rows stay in
     * order).
     */
    private void writeRow(int rownum, Object[] values) {
        boolean sampled = rownum <= ColumnWidths.SAMPLE_ROWS;
        if (direct != null && !wraps && writesDirectly(values)) {
            try {
                if (!headerSpooled) {
                    ((SXSSFSheet) sheet).flushRows(0);
                    headerSpooled = true;
                }
                direct.startRow(rownum);
                for (int c = 0; c < values.length; c++) {
                    observe(c, cells.write(direct, c, values[c], columns.get(c).format(), sampled), sampled);
                }
                direct.endRow();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        Row row = sheet.createRow(rownum);
        int lines = 1;
        for (int c = 0; c < values.length; c++) {
            int shown = cells.put(row, c, values[c], columns.get(c).format(), sampled);
            observe(c, shown, sampled);
            if (columns.get(c).format() == Format.WRAPPED) {
                lines = Math.max(lines, (shown + WRAPPED_LINE_CHARS - 1) / WRAPPED_LINE_CHARS);
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(lines * LINE_POINTS);
        }
        if (direct != null) {
            try {
                ((SXSSFSheet) sheet).flushRows(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private boolean writesDirectly(Object[] values) {
        for (Object value : values) {
            if (!cells.writesDirectly(value)) {
                return false;
            }
        }
        return true;
    }

    private void observe(int column, int shown, boolean sampled) {
        if (sampled) {
            widths.observe(column, shown);
        }
    }

    /** Finishes the last sheet; returns the number of data rows written over all sheets. */
    long finish() {
        finishSheet();
        return total;
    }

    /** The names of the sheets written so far, in order. */
    List<String> sheetNames() {
        return List.copyOf(sheetNames);
    }

    private void startSheet() {
        sheets++;
        sheet = workbook.createSheet(sheets == 1 ? name : name + " (" + sheets + ")");
        sheetNames.add(sheet.getSheetName());
        direct = workbook instanceof FastZipWorkbook fast ? fast.dataWriter(sheet) : null;
        headerSpooled = false;
        widths = new ColumnWidths();
        dataRows = 0;
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            widths.observe(c, cells.header(header, c, columns.get(c).header()));
        }
        annotate(header);
        PageSetup.apply(sheet, 1);
    }

    /**
     * Gives each header cell with a note a comment, shown when the pointer rests on it. The comment
     * is given its cell explicitly: a streamed sheet's comment would otherwise keep the cell of its
     * box's top-left corner, which lies below the header.
     */
    private void annotate(Row header) {
        if (notes.isEmpty()) {
            return;
        }
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        CreationHelper helper = workbook.getCreationHelper();
        for (int c = 0; c < columns.size(); c++) {
            String note = notes.get(columns.get(c).header());
            if (note == null) {
                continue;
            }
            ClientAnchor anchor = helper.createClientAnchor();
            anchor.setCol1(c);
            anchor.setCol2(c + NOTE_WIDTH_COLUMNS);
            anchor.setRow1(1);
            anchor.setRow2(1 + NOTE_HEIGHT_ROWS);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(helper.createRichTextString(note));
            comment.setAuthor("role-compare");
            comment.setAddress(0, c);
            header.getCell(c).setCellComment(comment);
        }
    }

    /** A table needs at least one data row, so an empty one spans a blank row below its header. */
    private void addTable(int lastColumn) {
        XSSFSheet backing = workbook.getXSSFWorkbook().getSheet(sheet.getSheetName());
        AreaReference area = new AreaReference(new CellReference(0, 0),
                new CellReference(Math.max(dataRows, 1), lastColumn), SpreadsheetVersion.EXCEL2007);
        XSSFTable table = backing.createTable(area);
        List<XSSFTableColumn> tableColumns = table.getColumns();
        for (int c = 0; c < columns.size(); c++) {
            tableColumns.get(c).setName(cells.headerText(columns.get(c).header()));
        }
        String tableName = (sheets == 1 ? name : name + "_" + sheets).replaceAll("[^A-Za-z0-9_]", "_");
        table.setName(tableName);
        table.setDisplayName(tableName);
        CTTable ct = table.getCTTable();
        CTTableStyleInfo style = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
        style.setName(TABLE_STYLE);
        style.setShowRowStripes(true);
        (ct.isSetAutoFilter() ? ct.getAutoFilter() : ct.addNewAutoFilter()).setRef(area.formatAsString());
    }

    private void finishSheet() {
        if (pending != null) {
            direct = null;
            writeRow(pendingRow, pending);
            pending = null;
        }
        int lastColumn = columns.size() - 1;
        sheet.createFreezePane(frozenColumns, 1);
        addTable(lastColumn);
        widths.cap(frozenColumns, FROZEN_MAX_CHARS);
        PageSetup.fitWidth(sheet, widths.apply(sheet, columns.size()), frozenColumns);
        if (dataRows > 0) {
            decorate.accept(sheet, new CellRangeAddress(1, dataRows, 0, lastColumn));
        }
    }
}
