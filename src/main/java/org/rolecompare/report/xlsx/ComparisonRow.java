package org.rolecompare.report.xlsx;
import org.rolecompare.compare.*;
public record ComparisonRow(Role left, Role right, ComparisonMetrics metrics, String pdfPath) {}
