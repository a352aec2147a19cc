package org.rolecompare.report.xlsx;

import org.rolecompare.compare.ComparisonMetrics;
import org.rolecompare.compare.Role;

/**
 * One line of the Comparisons sheet: the pair, its metrics and where its PDF and its web page lie.
 *
 * @param pdfPath  the pair's PDF relative to the workbook's folder, e.g.
 *                 {@code pdf/patient-relations-manager-vs-patient-account-manager.pdf}, or {@code null}
 *                 when no PDF was written
 * @param pagePath the pair's web page relative to the workbook's folder, e.g.
 *                 {@code html/compare/patient-relations-manager-vs-patient-account-manager.html}, or
 *                 {@code null} when the run publishes no web pages
 */
public record ComparisonRow(Role left, Role right, ComparisonMetrics metrics, String pdfPath, String pagePath) {

    /** A row without a web page. */
    public ComparisonRow(Role left, Role right, ComparisonMetrics metrics, String pdfPath) {
        this(left, right, metrics, pdfPath, null);
    }
}
