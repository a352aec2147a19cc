package org.rolecompare.report.content;

/**
 * Both roles' salary ranges on one dollar axis: a bar per role from its minimum to its maximum
 * with a mark at its average, the left role's bar above the right role's, each labelled with
 * {@link ReportContent#leftName()} or {@link ReportContent#rightName()}.
 *
 * <p>A range known at one end only is open-ended: with only a minimum it runs on past the axis
 * ("$73,710+"), with only a maximum it starts at the axis ("up to $68,000"); a role with neither
 * end shows only its average.
 *
 * @param title   always {@code null}: the chart stands under the salary table
 * @param left    the left role's range
 * @param right   the right role's range
 * @param caption what the bars and marks mean, and which ends are not published
 */
public record SalaryRange(String title, Range left, Range right, String caption) implements Chart {

    /**
     * One role's range: the values ({@code null} when unknown) and the labels shown beside them.
     *
     * @param min         the lowest salary, or {@code null}
     * @param average     the average salary
     * @param max         the highest salary, or {@code null}
     * @param minText     the label at the bar's left end ("$27,000", "$73,710+"), or {@code null}
     * @param averageText the label of the average mark ("avg $43,633")
     * @param maxText     the label at the bar's right end ("$68,000", "up to $68,000"), or {@code null}
     */
    public record Range(Double min, double average, Double max, String minText, String averageText, String maxText) {
    }
}
