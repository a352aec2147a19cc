package org.rolecompare.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Locale;

/**
 * Turns the typed values of a role or metric into the text a reader sees: {@code $43,633},
 * {@code $20.98}, {@code -4%}, {@code 20.8%}, {@code 77,096}, {@code 2-4}.
 *
 * <p>One place for these rules so the narrative, the PDF and any other report print a value the
 * same way. Every method accepts {@code null} for an unknown value and returns {@link #UNKNOWN}
 * for it, so no report can print {@code null}, {@code NaN} or a made-up zero. Output never
 * depends on the default locale: grouping and decimal marks are always those of {@link Locale#US},
 * and rounding is always half up.
 */
public final class DisplayFormat {

    /** What any unknown value prints as. */
    public static final String UNKNOWN = "-";

    private DisplayFormat() {
    }

    /** Whole US dollars with grouping, e.g. {@code $70,777}; negative amounts as {@code -$1,200}. */
    public static String money(Double amount) {
        return dollars(amount, 0);
    }

    /** Dollars and cents, e.g. {@code $20.98}, for hourly rates. */
    public static String hourly(Double amount) {
        return dollars(amount, 2);
    }

    /** A percentage with at most one decimal and no trailing zeros: {@code -4%}, {@code 28%}, {@code 20.8%}. */
    public static String percent(Double value) {
        return known(value) ? number(value, 1) + "%" : UNKNOWN;
    }

    /**
     * A percentage with exactly {@code decimals} decimals, e.g. {@code 65.0%} printed beside
     * {@code 52.8%}, so that the shares of one table read alike.
     */
    public static String percent(Double value, int decimals) {
        if (!known(value)) {
            return UNKNOWN;
        }
        BigDecimal rounded = round(value, decimals);
        return (rounded.signum() == 0 ? rounded.abs() : rounded).toPlainString() + "%";
    }

    /**
     * The decimals that print every one of the percentages alike: 1 when any of them shows a decimal
     * at {@link #percent(Double)}'s precision ({@code 52.8}), else 0. Unknown values are ignored.
     */
    public static int percentDecimals(Collection<Double> values) {
        for (Double value : values) {
            if (known(value) && round(value, 1).remainder(BigDecimal.ONE).signum() != 0) {
                return 1;
            }
        }
        return 0;
    }

    /** A whole count with grouping, e.g. {@code 77,096}. */
    public static String count(Long value) {
        if (value == null) {
            return UNKNOWN;
        }
        String digits = Long.toString(value);
        return value < 0 ? "-" + grouped(digits.substring(1)) : grouped(digits);
    }

    /** A plain number with at most two decimals and no grouping: {@code 40}, {@code 4.5}. */
    public static String number(Double value) {
        return known(value) ? number(value, 2) : UNKNOWN;
    }

    /** Years as written in the data: {@code 2-4}, or {@code 3} when both ends are equal. */
    public static String years(YearsRange range) {
        return range == null ? UNKNOWN : range.toString();
    }

    /** A salary range, {@code $27,000 – $68,000}; unknown unless both ends are known. */
    public static String moneyRange(Double min, Double max) {
        if (!known(min) || !known(max)) {
            return UNKNOWN;
        }
        return money(min) + " \u2013 " + money(max);
    }

    /**
     * A salary range that may be known at one end only: {@code $27,000 – $68,000}; {@code $73,710 or
     * more} when the maximum is not published (top-coded data); {@code up to $68,000} when the
     * minimum is not; unknown when neither end is known.
     */
    public static String openMoneyRange(Double min, Double max) {
        if (known(min) && known(max)) {
            return moneyRange(min, max);
        }
        if (known(min)) {
            return money(min) + " or more";
        }
        return known(max) ? "up to " + money(max) : UNKNOWN;
    }

    /** Free text, trimmed; blank or {@code null} is unknown. */
    public static String text(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value.trim();
    }

    /**
     * A label with its share, e.g. {@code Bachelor's Degree, 50%}; just the label when the share is
     * unknown, and unknown when the label is.
     */
    public static String labelled(String label, Double share) {
        if (label == null || label.isBlank()) {
            return UNKNOWN;
        }
        return known(share) ? label.trim() + ", " + percent(share) : label.trim();
    }

    /** As {@link #labelled(String, Double)} with the share printed with exactly {@code decimals} decimals. */
    public static String labelled(String label, Double share, int decimals) {
        if (label == null || label.isBlank()) {
            return UNKNOWN;
        }
        return known(share) ? label.trim() + ", " + percent(share, decimals) : label.trim();
    }

    private static String dollars(Double amount, int decimals) {
        if (!known(amount)) {
            return UNKNOWN;
        }
        BigDecimal rounded = round(amount, decimals);
        String digits = grouped(rounded.abs().toPlainString());
        return (rounded.signum() < 0 ? "-$" : "$") + digits;
    }

    /**
     * Unsigned digits with an optional fraction ({@code 70777}, {@code 1234.50}) with a comma between
     * each group of three whole digits, as {@code #,##0} prints them in US English: {@code 1,234.50}.
     * Made by hand because a report prints about twenty amounts and a {@code DecimalFormat} per
     * amount was a visible part of composing it.
     */
    static String grouped(String plain) {
        int dot = plain.indexOf('.');
        int whole = dot < 0 ? plain.length() : dot;
        StringBuilder grouped = new StringBuilder(plain.length() + whole / 3);
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(plain.charAt(i));
        }
        return grouped.append(plain, whole, plain.length()).toString();
    }

    private static boolean known(Double value) {
        return value != null && Double.isFinite(value);
    }

    private static String number(double value, int maxDecimals) {
        BigDecimal rounded = round(value, maxDecimals);
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal round(double value, int decimals) {
        return new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP);
    }
}
