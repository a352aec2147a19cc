package org.rolecompare.report.xlsx;

/**
 * A rejected input row for the workbook: where it came from, why it was rejected, and the row as
 * it was read (its values joined as one CSV line), so an analyst sees the rejected data beside
 * the findings without opening {@code rejected/FILE.csv}.
 */
public record RejectedRow(String file, long line, String finding, String row) {
}
