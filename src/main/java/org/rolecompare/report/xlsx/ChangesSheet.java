package org.rolecompare.report.xlsx;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.rolecompare.changes.RoleChange;

/**
 * Writes the Changes sheet: what changed since the previous completed run of the same job, one
 * {@link RoleChange} a row, streamed into an Excel table like the other long sheets, so analysts
 * can filter a night's differences instead of comparing two workbooks by eye.
 *
 * <p>When there is nothing to list (no earlier run, or no changes since it) the sheet keeps its
 * header and the table's one blank row, which Excel requires, and says why in a line of text just
 * below the table ({@link #NOTE_ROW}), outside its range so the table and its filter stay valid.
 */
final class ChangesSheet {

    static final String NAME = "Changes";
    /** Row of the note on an empty sheet (A3): below the header and the table's blank row. */
    static final int NOTE_ROW = 2;

    private final Optional<LocalDate> previousRun;
    private final long changes;
    private final List<String> sheetNames;

    private ChangesSheet(Optional<LocalDate> previousRun, long changes, List<String> sheetNames) {
        this.previousRun = previousRun;
        this.changes = changes;
        this.sheetNames = sheetNames;
    }

    /** Writes the sheet, continued on numbered sheets past {@link Limits#dataRowsPerSheet()}. */
    static ChangesSheet write(SXSSFWorkbook workbook, CellWriter cells, WorkbookSource source, Limits limits) {
        Optional<LocalDate> previousRun = source.previousRunDate();
        TableWriter<RoleChange> table = TableWriter.plain(workbook, cells, NAME, Columns.changes(),
                limits.dataRowsPerSheet());
        if (previousRun.isPresent()) {
            source.changes(table::append);
        }
        long changes = table.finish();
        if (changes == 0) {
            Sheet sheet = workbook.getSheet(NAME);
            String note = previousRun.map(date -> "No changes since " + date + ".")
                    .orElse("No earlier completed run of this job to compare with.");
            cells.put(sheet.createRow(NOTE_ROW), 0, note, Format.GENERAL);
        }
        return new ChangesSheet(previousRun, changes, table.sheetNames());
    }

    /** The sheets written, in order. */
    List<String> sheetNames() {
        return sheetNames;
    }

    /**
     * The Summary sheet's label for the count, e.g. {@code "Changes since 2026-11-26"}; never just
     * "Changes", which is the sheet link's text further down.
     */
    String summaryLabel() {
        return "Changes since " + previousRun.map(LocalDate::toString).orElse("previous run");
    }

    /** The Summary sheet's value: the number of changes, or text when there was no earlier run. */
    Object summaryValue() {
        return previousRun.isPresent() ? changes : "no earlier run";
    }
}
