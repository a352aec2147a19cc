/**
 * The PDF report of one pair: page frame, fonts with fallbacks, the layout of what
 * {@code report.content} says (headings, tables, lists, notes, page breaks, outline), and the
 * charts, drawn with OpenPDF. Output is byte-identical for the same input and run date.
 */
package org.rolecompare.report.pdf;
