package org.rolecompare.report.xlsx;

/**
 * Size limits of one workbook.
 *
 * @param dataRowsPerSheet data rows below the header before a table continues on a new sheet; Excel
 *                         allows 1,048,576 rows a sheet
 * @param fileLinks        cells that get a real file hyperlink; POI keeps every hyperlink in memory
 *                         until the end (a few kilobytes each) and Excel accepts only about 66,000 a
 *                         sheet, so further links are {@code HYPERLINK} formulas, which stream
 */
record Limits(int dataRowsPerSheet, int fileLinks) {

    static final Limits EXCEL = new Limits(1_048_575, 10_000);
}
