package org.rolecompare.validate;

/**
 * One data-quality finding, located precisely enough that a non-programmer can open the file at
 * {@code line} and fix {@code column}.
 *
 * @param file     input file name, e.g. {@code roles.csv}
 * @param line     physical line number (header is line 1); 0 when the finding concerns the whole file
 * @param column   column name as docs/input-format.md spells it, or empty
 * @param roleId   the role the row belongs to, or empty when unknown
 * @param value    the value as found in the file (untrimmed text is trimmed)
 * @param expected what a valid value looks like, e.g. "money such as 43633 or $43,633"
 * @param message  one plain sentence saying what is wrong
 */
public record Finding(
        String file,
        long line,
        String column,
        String roleId,
        Rule rule,
        Severity severity,
        String value,
        String expected,
        String message) {

    public static Finding of(String file, long line, String column, String roleId, Rule rule,
                             String value, String expected, String message) {
        return new Finding(file, line, column, nz(roleId), rule, rule.severity(), nz(value), nz(expected), message);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
