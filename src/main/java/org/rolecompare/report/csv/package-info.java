/** comparisons.csv: one row per written comparison with its metrics, for tools other than Excel. */
package org.rolecompare.report.csv;
