package org.rolecompare.report.xlsx;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts comparisons per salary-ratio bin while they stream by, for the Summary sheet's chart: a
 * few numbers that survive the streamed rows, so the chart needs no second pass over the data.
 *
 * <p>Bins are of equal width, so bar heights compare fairly: ratios are counted in steps of
 * {@link #STEP} (a few hundred counters at most for any real data), and at the end merged into
 * the narrowest "nice" width ({@link #WIDTHS}) that gives at most {@link #MAX_BINS} bins from the
 * smallest ratio to the largest. A bin holds its lower edge but not its upper one; its label
 * names both, e.g. {@code 1.00–1.25}.
 */
final class SalaryRatioHistogram {

    static final double STEP = 0.05;
    /** Bin widths to choose from, each a whole number of steps. */
    static final double[] WIDTHS = {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000};
    static final int MAX_BINS = 12;
    /** Ratios carry 4 decimals, so a product that is a hair under a whole step is that step. */
    private static final double EPSILON = 1e-9;

    private final TreeMap<Long, Long> countsByStep = new TreeMap<>();

    /** Counts one ratio; an unknown ratio ({@code null}) is not counted. */
    void add(Double ratio) {
        if (ratio == null || ratio.isNaN() || ratio.isInfinite() || ratio < 0) {
            return;
        }
        countsByStep.merge((long) Math.floor(ratio / STEP + EPSILON), 1L, Long::sum);
    }

    /**
     * The bins' width: the narrowest of {@link #WIDTHS} that needs no more than {@link #MAX_BINS} bins
     * (past the widest, the power of ten that does).
     */
    double width() {
        if (countsByStep.isEmpty()) {
            return WIDTHS[2];
        }
        for (double width : WIDTHS) {
            if (bins(width) <= MAX_BINS) {
                return width;
            }
        }
        double span = (countsByStep.lastKey() - countsByStep.firstKey() + 1) * STEP;
        return Math.pow(10, Math.ceil(Math.log10(span / MAX_BINS)));
    }

    /** Bin labels such as {@code 1.00–1.25}, from the bin of the smallest ratio to that of the largest. */
    String[] labels() {
        double width = width();
        long first = firstBin(width);
        int decimals = Math.max(0, new BigDecimal(Double.toString(width)).stripTrailingZeros().scale());
        String[] labels = new String[bins(width)];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = edge((first + i) * width, decimals) + "\u2013" + edge((first + i + 1) * width, decimals);
        }
        return labels;
    }

    /** The number of comparisons in each bin of {@link #labels()}. */
    Double[] counts() {
        double width = width();
        long first = firstBin(width);
        Double[] counts = new Double[bins(width)];
        Arrays.fill(counts, 0.0);
        long stepsPerBin = Math.round(width / STEP);
        for (Map.Entry<Long, Long> e : countsByStep.entrySet()) {
            counts[(int) (Math.floorDiv(e.getKey(), stepsPerBin) - first)] += e.getValue();
        }
        return counts;
    }

    private int bins(double width) {
        if (countsByStep.isEmpty()) {
            return 1;
        }
        long stepsPerBin = Math.round(width / STEP);
        return (int) (Math.floorDiv(countsByStep.lastKey(), stepsPerBin) - Math.floorDiv(countsByStep.firstKey(), stepsPerBin) + 1);
    }

    /** The index (in widths from 0) of the first bin; with no ratios the one bin is 1.00–1.25. */
    private long firstBin(double width) {
        return countsByStep.isEmpty() ? 4 : Math.floorDiv(countsByStep.firstKey(), Math.round(width / STEP));
    }

    private static String edge(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
