package org.rolecompare.report.xlsx;

/**
 * Counts comparisons per salary-ratio bucket while they stream by, for the Summary sheet's chart:
 * a few numbers that survive the streamed rows, so the chart needs no second pass over the data.
 * Bucket edges are chosen around 1 (equal pay), where most pairs of related roles fall.
 */
final class SalaryRatioHistogram {

    private static final double[] UPPER_EDGES = {0.5, 0.8, 0.9, 1.1, 1.25, 1.5, 2.0};

    private final long[] counts = new long[UPPER_EDGES.length + 1];

    /** Counts one ratio; an unknown ratio ({@code null}) is not counted. */
    void add(Double ratio) {
        if (ratio == null || ratio.isNaN()) {
            return;
        }
        int bucket = 0;
        while (bucket < UPPER_EDGES.length && ratio >= UPPER_EDGES[bucket]) {
            bucket++;
        }
        counts[bucket]++;
    }

    String[] labels() {
        String[] labels = new String[counts.length];
        labels[0] = "under " + edge(0);
        for (int i = 1; i < UPPER_EDGES.length; i++) {
            labels[i] = edge(i - 1) + " to " + edge(i);
        }
        labels[UPPER_EDGES.length] = edge(UPPER_EDGES.length - 1) + " or more";
        return labels;
    }

    Double[] counts() {
        Double[] values = new Double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            values[i] = (double) counts[i];
        }
        return values;
    }

    private static String edge(int index) {
        return String.format(java.util.Locale.ROOT, "%.2f", UPPER_EDGES[index]);
    }
}
