package org.rolecompare.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many decimals each comparison metric keeps, in one place: {@link MetricsCalculator} rounds
 * every metric to these when it computes them, so {@code comparisons.csv}, the workbook and the
 * PDF reports all show the same numbers, never float noise such as {@code 0.4000000000000057}; the
 * workbook's Definitions sheet cites them.
 *
 * <p>Differences of amounts given in dollars and cents keep cents; differences of percentages
 * (percentage points), years and ages keep two decimals; ratios and overlaps keep four, enough for
 * "62.2% more" to stay right.
 */
public final class MetricPrecision {

    /** {@code salary_diff}, US dollars a year: cents. */
    public static final int SALARY_DIFF = 2;
    /** {@code hourly_diff}, US dollars an hour: cents. */
    public static final int HOURLY_DIFF = 2;
    /** {@code salary_ratio} and {@code job_count_ratio}. */
    public static final int RATIO = 4;
    /** {@code salary_range_overlap}, a share from 0 to 1. */
    public static final int RANGE_OVERLAP = 4;
    /** Differences of percentages and distances between breakdowns, in percentage points. */
    public static final int PP = 2;
    /** {@code experience_diff} and {@code age_diff}, in years. */
    public static final int YEARS = 2;
    /** {@code skill_jaccard}, a share from 0 to 1. */
    public static final int JACCARD = 4;
    /** {@code skill_weighted_overlap}, in percent (0–100). */
    public static final int WEIGHTED_OVERLAP = 2;
    /** A value's change since the previous run: percent, or percentage points for a share. */
    public static final int CHANGE = 2;

    private MetricPrecision() {
    }

    /**
     * The decimals of the Comparisons column {@code header} (a metric id such as {@code salary_ratio}
     * or {@code gender_distance_pp}), or {@code null} when it is not a number.
     */
    public static Integer of(String header) {
        return switch (header) {
            case "salary_diff" -> SALARY_DIFF;
            case "hourly_diff" -> HOURLY_DIFF;
            case "salary_ratio", "job_count_ratio" -> RATIO;
            case "salary_range_overlap" -> RANGE_OVERLAP;
            case "growth_diff_pp", "female_share_diff_pp", "lgbt_share_diff_pp" -> PP;
            case "experience_diff", "age_diff" -> YEARS;
            case "skill_jaccard" -> JACCARD;
            case "skill_weighted_overlap" -> WEIGHTED_OVERLAP;
            default -> header.endsWith("_distance_pp") ? PP : null;
        };
    }

    /**
     * {@code value} rounded half up to {@code decimals} decimals, starting from the shortest decimal
     * that reads back as the double ({@link Double#toString}), so 0.125 becomes 0.13, 1.005 becomes
     * 1.01 and 0.30000000000000004 becomes 0.3; {@code null}, NaN and infinities stay as they are,
     * and −0.001 becomes 0 (never −0).
     *
     * <p>A million comparisons round fourteen million numbers, so the usual number, whose scaled
     * value is clearly not halfway between two results, is rounded with plain arithmetic (the same
     * result, about ten times faster); only near-halfway numbers go through {@link BigDecimal}.
     */
    public static Double round(Double value, int decimals) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return value;
        }
        double v = value;
        if (decimals >= 0 && decimals < POWERS.length) {
            double scaled = Math.abs(v) * POWERS[decimals];
            if (scaled < FAST_LIMIT) {
                double floor = Math.floor(scaled);
                double fraction = scaled - floor;
                if (Math.abs(fraction - 0.5) > scaled * 1e-12 + 1e-9) {
                    double rounded = (fraction > 0.5 ? floor + 1 : floor) / POWERS[decimals];
                    return rounded == 0 ? 0.0 : Math.copySign(rounded, v);
                }
            }
        }
        return exactly(v, decimals);
    }

    /** {@link #round} through {@link BigDecimal}, for any number. */
    static double exactly(double value, int decimals) {
        double rounded = new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
        return rounded == 0 ? 0.0 : rounded;
    }

    private static final double[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
    /** Scaled values up to this are whole numbers a double holds exactly, with room for the fraction. */
    private static final double FAST_LIMIT = 1e12;
}
