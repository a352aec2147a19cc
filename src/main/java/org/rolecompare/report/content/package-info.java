/**
 * What one comparison report says, apart from how it looks: its title, subtitle, change line,
 * narrative, key differences, what the data lacks, its sections in the seed page's order (tables,
 * descriptions, lists, the lines standing for sections without data), the values and captions of
 * its charts, and the closing "About these numbers". Every word and number is already formatted,
 * so each format ({@code report.pdf} today, web pages next) shows the same content without
 * deciding or formatting any of it again. Plain Java: no OpenPDF, no Spring.
 */
package org.rolecompare.report.content;
