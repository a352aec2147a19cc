/**
 * The PDF report of one pair: page frame, fonts with fallbacks, the report's sections in the seed
 * page's order, and the charts, drawn with OpenPDF. Output is byte-identical for the same input and
 * run date.
 */
package org.rolecompare.report.pdf;
