package org.rolecompare.report.xlsx;

/**
 * The number formats the workbook uses, one per kind of value, so that a column's look is decided
 * in one place and every cell of a kind shares one cell style.
 */
enum Format {
    /** Text, booleans and anything else shown as it is. */
    GENERAL(null),
    /** Whole numbers such as counts and line numbers. */
    COUNT("#,##0"),
    /** Yearly US dollars. */
    MONEY("$#,##0"),
    /** Hourly US dollars. */
    HOURLY("$#,##0.00"),
    /** Ratios and overlaps. */
    RATIO("0.00"),
    /** Percentage points. */
    PP("0.0 \"pp\""),
    /** Years, ages and ratings. */
    ONE_DECIMAL("0.0"),
    /** The Jaccard index. */
    JACCARD("0.00"),
    /**
     * Shares and rates held in percent (0–100) as the input files give them, e.g. 79.2 for 79.2%: shown
     * as the plain number so that sums and pivots work on the value analysts read.
     */
    SHARE("0.0"),
    DATE("yyyy-mm-dd"),
    /**
     * Text wrapped within its column's width and aligned to the top left, for sentences such as the
     * Definitions sheet's meanings (numbers in it show as they are, also on the left).
     */
    WRAPPED(null);

    private final String pattern;

    Format(String pattern) {
        this.pattern = pattern;
    }

    /** The Excel format string, or {@code null} for General. */
    String pattern() {
        return pattern;
    }
}
