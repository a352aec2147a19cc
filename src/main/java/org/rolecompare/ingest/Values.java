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
 *
 * <p>The formats are regular languages, written out below as patterns in each parser's comment, but
 * matched by hand, character by character: every row of every file has a role id and most have a
 * share, and matching them with {@link Pattern} took about 8% of the CPU of validating 150,000
 * roles. {@code ValuesFormatTests} holds each parser to its pattern on many generated strings.
 */
public final class Values {

    public static final String MONEY = "money such as 43633, 43,633, $43,633 or 43633.00";
    public static final String SHARE = "a percentage from 0 to 100 such as 50, 50% or 50.0 %";
    public static final String PERCENT = "a percentage such as -4, 28 or 28%";
    public static final String COUNT = "a whole number of 0 or more such as 77096 or 77,096";
    public static final String NUMBER = "a number such as 40 or 4.5";
    public static final String YEARS = "years as a range N-M such as 2-4, or a single number such as 3";
    public static final String SLUG = "an id of lower-case letters, digits and single hyphens, such as patient-account-manager (at most 80 characters)";

    private static final Pattern YEARS_PATTERN = Pattern.compile("(\\d{1,4})(?:\\s*[-\u2013]\\s*(\\d{1,4}))?");
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

    /** {@code \$?\s*((?:\d{1,3}(?:,\d{3})+)|\d+)(\.\d+)?}: the number without its dollar sign and thousands separators. */
    public static Double money(String raw) throws InvalidValueException {
        if (isUnknown(raw)) {
            return null;
        }
        String v = raw.trim();
        int i = 0;
        if (i < v.length() && v.charAt(i) == '$') {
            i++;
            while (i < v.length() && isRegexSpace(v.charAt(i))) {
                i++;
            }
        }
        int integerEnd = groupedDigitsEnd(v, i);
        int end = integerEnd < 0 ? -1 : fractionEnd(v, integerEnd);
        if (end != v.length()) {
            throw new InvalidValueException(MONEY);
        }
        return Double.parseDouble(v.substring(i, integerEnd).replace(",", "") + v.substring(integerEnd));
    }

    /** A share in percent; may be negative or above 100 here, which the share-range rule reports. */
    public static Double share(String raw) throws InvalidValueException {
        return signedPercent(raw, SHARE);
    }

    /** A signed percentage such as a growth rate ({@code -4}, {@code 28%}). */
    public static Double percent(String raw) throws InvalidValueException {
        return signedPercent(raw, PERCENT);
    }

    /** {@code ([-+]?\d+(?:\.\d+)?)\s*%?}: the number before the spaces and percent sign. */
    private static Double signedPercent(String raw, String expected) throws InvalidValueException {
        if (isUnknown(raw)) {
            return null;
        }
        String v = raw.trim();
        int numberEnd = signedNumberEnd(v);
        int end = numberEnd;
        while (end >= 0 && end < v.length() && isRegexSpace(v.charAt(end))) {
            end++;
        }
        if (end >= 0 && end < v.length() && v.charAt(end) == '%') {
            end++;
        }
        if (numberEnd < 0 || end != v.length()) {
            throw new InvalidValueException(expected);
        }
        return Double.parseDouble(numberEnd == v.length() ? v : v.substring(0, numberEnd));
    }

    /** {@code (?:\d{1,3}(?:,\d{3})+)|\d+}, at most 18 digits. */
    public static Long count(String raw) throws InvalidValueException {
        if (isUnknown(raw)) {
            return null;
        }
        String v = raw.trim();
        if (groupedDigitsEnd(v, 0) != v.length()) {
            throw new InvalidValueException(COUNT);
        }
        String digits = v.replace(",", "");
        if (digits.length() > 18) {
            throw new InvalidValueException(COUNT);
        }
        return Long.parseLong(digits);
    }

    /** {@code [-+]?\d+(?:\.\d+)?}. */
    public static Double number(String raw) throws InvalidValueException {
        if (isUnknown(raw)) {
            return null;
        }
        String v = raw.trim();
        if (signedNumberEnd(v) != v.length()) {
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

    /** {@code [a-z0-9]+(?:-[a-z0-9]+)*}, at most {@value #MAX_SLUG_LENGTH} characters. */
    public static boolean isSlug(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_SLUG_LENGTH) {
            return false;
        }
        boolean afterHyphen = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                afterHyphen = true;
            } else if (c >= 'a' && c <= 'z' || isDigit(c)) {
                afterHyphen = false;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }

    /** An ASCII digit: what {@code \d} matches in a {@link Pattern} without Unicode classes. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** What {@code \s} matches in a {@link Pattern} without Unicode classes. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Where {@code \d+} starting at {@code from} ends, or -1 when no digit is there. */
    private static int digitsEnd(String v, int from) {
        int i = from;
        while (i < v.length() && isDigit(v.charAt(i))) {
            i++;
        }
        return i > from ? i : -1;
    }

    /** Where {@code [-+]?\d+(?:\.\d+)?} starting at 0 ends, or -1 when it does not match there. */
    private static int signedNumberEnd(String v) {
        int start = !v.isEmpty() && (v.charAt(0) == '-' || v.charAt(0) == '+') ? 1 : 0;
        int end = digitsEnd(v, start);
        return end < 0 ? -1 : fractionEnd(v, end);
    }

    /** Where an optional {@code (?:\.\d+)} starting at {@code from} ends: after it, or {@code from} when it is not there. */
    private static int fractionEnd(String v, int from) {
        if (from < v.length() && v.charAt(from) == '.') {
            int end = digitsEnd(v, from + 1);
            return end < 0 ? from : end;
        }
        return from;
    }

    /**
     * Where {@code (?:\d{1,3}(?:,\d{3})+)|\d+} starting at {@code from} ends, when the digits and
     * commas there (all of them: the formats allow neither right after) make one; else -1.
     */
    private static int groupedDigitsEnd(String v, int from) {
        int end = from;
        int firstComma = -1;
        while (end < v.length() && (isDigit(v.charAt(end)) || v.charAt(end) == ',')) {
            if (firstComma < 0 && v.charAt(end) == ',') {
                firstComma = end;
            }
            end++;
        }
        if (end == from) {
            return -1;
        }
        if (firstComma < 0) {
            return end;
        }
        if (firstComma == from || firstComma - from > 3 || (end - firstComma) % 4 != 0) {
            return -1;
        }
        for (int i = firstComma; i < end; i += 4) {
            if (v.charAt(i) != ',' || !isDigit(v.charAt(i + 1)) || !isDigit(v.charAt(i + 2)) || !isDigit(v.charAt(i + 3))) {
                return -1;
            }
        }
        return end;
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
