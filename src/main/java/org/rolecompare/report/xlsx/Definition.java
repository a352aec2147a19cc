package org.rolecompare.report.xlsx;

/**
 * One line of the Definitions sheet: what a column of another sheet means.
 *
 * @param sheet    the sheet the column is on, e.g. {@code Comparisons}; {@code (all)} for a term
 *                 used throughout, such as {@code pp}
 * @param column   the column's header as the sheet shows it
 * @param meaning  what it means, in plain words; also the header cell's comment
 * @param formula  how it is computed (L the left role, R the right one), or {@code null} when it is
 *                 taken as given
 * @param unit     what a value counts in
 * @param decimals the decimals a number is rounded to, or {@code null} for text and values kept as given
 * @param source   the input file and column(s) it comes from
 */
record Definition(String sheet, String column, String meaning, String formula, String unit, Integer decimals,
                  String source) {
}
