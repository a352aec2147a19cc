/**
 * The outputs a person reads: {@code report.pdf} (one report per pair), {@code report.xlsx} (the
 * analyst workbook) and {@code report.csv} (comparisons.csv), and {@code report.content}, what one
 * pair's report says whatever its format. They take {@code compare} types and write through
 * {@code files}; they do not know how a run is staged or published.
 */
package org.rolecompare.report;
