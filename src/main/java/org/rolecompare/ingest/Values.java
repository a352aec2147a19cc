package org.rolecompare.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rolecompare.compare.YearsRange;

/**
 * Parsers for the value types of {@code docs/input-format.md}. Each returns {@code null} for an
 * unknown value (empty, {@code -}, {@code --}, {@code N/A}) and throws {@link InvalidValueException}
 * naming what was expected for anything else that does not parse. Range rules (share 0–100, years
 * order) are checked by the validators, not here, so that they get their own rule ids.
 */
public final class Values {

    public static final String MONEY = "money such as 43633, 43,633, $43,633 or 43633.00";
    public static final String SHARE = "a percentage from 0 to 100 such as 50, 50% or 50.0 %";
    public static final String PERCENT = "a percentage such as -4, 28 or 28%";
    public static final String COUNT = "a whole number of 0 or more such as 77096 or 77,096";
    public static final String NUMBER = "a number such as 40 or 4.5";
    public static final String YEARS = "years as a range N-M such as 2-4, or a single number such as 3";
    public static final String SLUG = "an id of lower-case letters, digits and single hyphens, such as patient-account-manager (at most 80 characters)";

    private static final Pattern MONEY_PATTERN = Pattern.compile("\\$?\\s*((?:\\d{1,3}(?:,\\d{3})+)|\\d+)(\\.\\d+)?");
    private static final Pattern SIGNED_NUMBER_PERCENT = Pattern.compile("([-+]?\\d+(?:\\.\\d+)?)\\s*%?");
    private static final Pattern NUMBER_PATTERN = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");
    private static final Pattern COUNT_PATTERN = Pattern.compile("(?:\\d{1,3}(?:,\\d{3})+)|\\d+");
    private static final Pattern YEARS_PATTERN = Pattern.compile("(\\d{1,4})(?:\\s*[-\u2013]\\s*(\\d{1,4}))?");
    private static final Pattern SLUG_PATTERN = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int MAX_SLUG_LENGTH = 80;

    private Values() {
    }

    /** Empty, {@code -}, {@code --} and {@code N/A} (any case, surrounding spaces ignored) mean unknown. */
    public static boolean isUnknown(String raw) {
        if (raw == null) {
            return true;
        }
        String v = raw.trim();
        return v.isEmpty() || v.equals("-") || v.equals("--") || v.equalsIgnoreCase("n/a");
    }

    public static String text(String raw) {
        return isUnknown(raw) ? null : raw.trim();
    }

    public static Double money(String raw) throws InvalidValueException {
        if (isUnknown(raw)) {
            return null;
        }
        Matcher m = MONEY_PATTERN.matcher(raw.trim());
        if (!m.matches()) {
            throw new InvalidValueException(MONEY);
        }
        String digits = m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2));
        return Double.parseDouble(digits);
    }

    /** A share in percent; may be negative or above 100 here, which the share-range rule reports. */
    public static Double share(String raw) throws InvalidValueException {
        return signedPercent(raw, SHARE);
    }

    /** A signed percentage such as a growth rate ({@code -4}, {@code 28%}). */
    public static Double percent(String raw) throws InvalidValueException {
        return signedPercent(raw, PERCENT);
    }

    private static Double signedPercent(String raw, String expected) throws InvalidValueException {
        if (isUnknown(raw)) {
            return null;
        }
        Matcher m = SIGNED_NUMBER_PERCENT.matcher(raw.trim());
        if (!m.matches()) {
            throw new InvalidValueException(expected);
        }
        return Double.parseDouble(m.group(1));
    }

    public static Long count(String raw) throws InvalidValueException {
        if (isUnknown(raw)) {
            return null;
        }
        String v = raw.trim();
        if (!COUNT_PATTERN.matcher(v).matches()) {
            throw new InvalidValueException(COUNT);
        }
        String digits = v.replace(",", "");
        if (digits.length() > 18) {
            throw new InvalidValueException(COUNT);
        }
        return Long.parseLong(digits);
    }

    public static Double number(String raw) throws InvalidValueException {
        if (isUnknown(raw)) {
            return null;
        }
        String v = raw.trim();
        if (!NUMBER_PATTERN.matcher(v).matches()) {
            throw new InvalidValueException(NUMBER);
        }
        return Double.parseDouble(v);
    }

    /**
     * Parses {@code N-M} or {@code N}. Returns the two ends as written, even when out of order, so
     * that the years-range rule can report {@code 6-2} precisely; see {@link #toYearsRange}.
     */
    public static int[] years(String raw) throws InvalidValueException {
        if (isUnknown(raw)) {
            return null;
        }
        Matcher m = YEARS_PATTERN.matcher(raw.trim());
        if (!m.matches()) {
            throw new InvalidValueException(YEARS);
        }
        int low = Integer.parseInt(m.group(1));
        int high = m.group(2) == null ? low : Integer.parseInt(m.group(2));
        return new int[] {low, high};
    }

    /** The years-range rule: 0 ≤ N ≤ M ≤ 60. */
    public static boolean isValidYears(int[] ends) {
        return ends[0] >= 0 && ends[0] <= ends[1] && ends[1] <= 60;
    }

    public static YearsRange toYearsRange(int[] ends) {
        return new YearsRange(ends[0], ends[1]);
    }

    public static boolean isSlug(String value) {
        return value != null && value.length() <= MAX_SLUG_LENGTH && SLUG_PATTERN.matcher(value).matches();
    }

    /**
     * Whether {@code c} is a control character a CSV value may not hold: the C0 controls (NUL,
     * escape, form feed and the like) except tab, line feed and carriage return. They are invisible
     * in a spreadsheet, and PostgreSQL text cannot hold NUL at all.
     */
    public static boolean isControlCharacter(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }

    /** The position of the first control character of {@code value}, or -1 when it has none. */
    public static int firstControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (isControlCharacter(value.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code value} without its control characters. */
    public static String withoutControlCharacters(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isControlCharacter(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code value} with each control character written as <code>&#92;u0000</code>, so that it can be seen and printed. */
    public static String escapeControlCharacters(String value) {
        StringBuilder out = new StringBuilder(value.length() + 6);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isControlCharacter(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Header names are matched ignoring case and surrounding spaces. */
    public static String headerKey(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
    }
}
