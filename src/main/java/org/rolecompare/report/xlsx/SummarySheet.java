package org.rolecompare.report.xlsx;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.rolecompare.report.FileCount;
import org.rolecompare.report.RunFacts;

/**
 * Writes the Summary sheet: a title, then label/value rows with the run's facts, so an analyst
 * sees at a glance what the run read, accepted, rejected and wrote.
 */
final class SummarySheet {

    private final Sheet sheet;
    private final CellWriter cells;
    private final ColumnWidths widths = new ColumnWidths();
    private int next;

    private SummarySheet(Sheet sheet, CellWriter cells) {
        this.sheet = sheet;
        this.cells = cells;
    }

    static void write(Sheet sheet, CellWriter cells, Styles styles, RunFacts facts) {
        SummarySheet summary = new SummarySheet(sheet, cells);
        Row title = sheet.createRow(summary.next++);
        title.createCell(0).setCellValue("role-compare run summary");
        title.getCell(0).setCellStyle(styles.title());
        summary.next++;
        summary.row(Format.DATE, "Run date", facts.runDate());
        summary.row(Format.GENERAL, "Job", facts.jobName());
        summary.row(Format.GENERAL, "Input folder", facts.inputDir());
        summary.next++;
        summary.header("Input file", "Rows read", "Accepted", "Rejected");
        for (FileCount file : facts.files()) {
            summary.row(Format.COUNT, file.file(), file.rowsRead(), file.rowsAccepted(), file.rowsRejected());
        }
        summary.next++;
        summary.row(Format.COUNT, "Roles read", facts.rolesRead());
        summary.row(Format.COUNT, "Roles accepted", facts.rolesAccepted());
        summary.row(Format.COUNT, "Roles rejected", facts.rolesRejected());
        summary.row(Format.COUNT, "Comparisons requested", facts.comparisonsRequested());
        summary.row(Format.COUNT, "Comparisons written", facts.comparisonsWritten());
        summary.row(Format.COUNT, "Comparisons skipped", facts.comparisonsSkipped());
        summary.row(Format.COUNT, "Error findings", facts.errorFindings());
        summary.row(Format.COUNT, "Warning findings", facts.warningFindings());
        summary.widths.apply(sheet, 4);
    }

    private void header(String... labels) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < labels.length; c++) {
            widths.observe(c, cells.header(row, c, labels[c]));
        }
    }

    /** A label in the first column followed by values in {@code format}. */
    private void row(Format format, String label, Object... values) {
        Row row = sheet.createRow(next++);
        widths.observe(0, cells.put(row, 0, label, Format.GENERAL));
        for (int c = 0; c < values.length; c++) {
            widths.observe(c + 1, cells.put(row, c + 1, values[c], format));
        }
    }
}
