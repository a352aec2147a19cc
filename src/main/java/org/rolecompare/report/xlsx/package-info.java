/**
 * The analyst workbook: Summary, Comparisons, roles, skills, demographics, Changes, data-quality
 * and Definitions sheets, streamed row by row so a million comparisons fit in a small heap
 * ({@code FastZipWorkbook} writes the large sheets directly and is proven equal to POI's output).
 */
package org.rolecompare.report.xlsx;
