package org.rolecompare.report.xlsx;

/**
 * What writing a workbook did, for the run's closing summary.
 *
 * @param comparisonRows  data rows written to the Comparisons sheet(s)
 * @param truncatedCells  text cells cut to Excel's limit of 32,767 characters
 */
public record WorkbookResult(long comparisonRows, long truncatedCells) {
}
