package org.rolecompare.report.xlsx;

import org.rolecompare.compare.ComparisonMetrics;
import org.rolecompare.compare.Role;

/**
 * One line of the Comparisons sheet: the pair, its metrics and where its PDF lies.
 *
 * @param pdfPath the pair's PDF relative to the workbook's folder, e.g.
 *                {@code pdf/patient-relations-manager-vs-patient-account-manager.pdf}, or {@code null}
 *                when no PDF was written
 */
public record ComparisonRow(Role left, Role right, ComparisonMetrics metrics, String pdfPath) {
}
