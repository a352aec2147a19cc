package org.rolecompare.report.content;

/**
 * A chart of a report: its values, the words and numbers it shows, an optional title above it and
 * an optional caption below it. How it is drawn (sizes, scales, axis steps) is the renderer's.
 */
public sealed interface Chart permits SalaryRange, PairedBars {

    /** The title shown above the chart ("Gender"), or {@code null}. */
    String title();

    /** The caption shown below the chart, or {@code null}. */
    String caption();
}
