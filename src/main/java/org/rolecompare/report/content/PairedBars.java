package org.rolecompare.report.content;

import java.util.List;

/**
 * A grouped bar chart of shares in percent: per category (a demographic group or a skill) the
 * left role's bar and the right role's, each with its value as shown. Bars are labelled by the
 * legend with {@link ReportContent#leftName()} and {@link ReportContent#rightName()}.
 *
 * <p>At most 20 categories are shown (the largest, in their order); the caption then says so.
 *
 * @param title    the title shown above the chart ("Gender"), or {@code null}
 * @param bars     the categories shown, in order
 * @param markNote the legend of marked categories ("skill both roles list"), or {@code null} when none is marked
 * @param caption  the caption shown below the chart, or {@code null}
 */
public record PairedBars(String title, List<Bar> bars, String markNote, String caption) implements Chart {

    /**
     * One category: its label, each role's share in percent ({@code null} when the role lacks it)
     * and the value shown beside the bar ("79.2%", {@code null} when there is no bar), and whether it
     * is marked (a skill both roles list).
     */
    public record Bar(String label, Double left, Double right, String leftText, String rightText, boolean marked) {
    }

    public PairedBars {
        bars = List.copyOf(bars);
    }
}
