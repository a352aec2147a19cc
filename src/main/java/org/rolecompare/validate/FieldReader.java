package org.rolecompare.validate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.rolecompare.compare.YearsRange;
import org.rolecompare.ingest.CsvRow;
import org.rolecompare.ingest.InvalidValueException;
import org.rolecompare.ingest.Values;

/**
 * Reads the typed fields of one row and records a finding for each value that is missing, does not
 * parse, or is out of range. Collecting instead of throwing means a row with three bad values gets
 * three findings in one run, not one per run.
 */
final class FieldReader {

    private final CsvRow row;
    private final String file;
    private final String roleId;
    private final List<Finding> findings = new ArrayList<>();

    /** The id columns: a control character in one of them rejects the row (see {@link #slug}). */
    private static final Set<String> ID_COLUMNS = Set.of("role_id", "left_role_id", "right_role_id");

    FieldReader(CsvRow row, String roleId) {
        this.row = row;
        this.file = row.fileName();
        this.roleId = roleId;
        for (String column : row.header().file().columns()) {
            String original = row.original(column);
            if (original != null && !ID_COLUMNS.contains(column)) {
                add(column, Rule.CONTROL_CHARACTER, controlExcerpt(original), "text without control characters",
                        column + " holds " + controlCharacters(original) + "; "
                                + (controlCount(original) == 1 ? "it was" : "they were") + " removed and the rest of the value kept");
            }
        }
    }

    List<Finding> findings() {
        return findings;
    }

    boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    void add(String column, Rule rule, String value, String expected, String message) {
        findings.add(Finding.of(file, row.line(), column, roleId, rule, value, expected, message));
    }

    String raw(String column) {
        String raw = row.get(column);
        return raw == null ? "" : raw.strip();
    }

    /** Characters an Excel cell holds; longer text is cut in the workbook. */
    static final int CELL_LIMIT = 32_767;

    String text(String column, boolean required) {
        String value = Values.text(row.get(column));
        if (value == null && required) {
            missing(column, "a value");
        }
        if (value != null && value.length() > CELL_LIMIT) {
            add(column, Rule.TEXT_LENGTH, shorten(value), "at most 32,767 characters for a workbook cell",
                    String.format(Locale.US, "%s is %,d characters long; the workbook keeps the first 32,767",
                            column, value.length()));
        }
        int pdfLimit = PdfText.limit(column);
        if (value != null && value.length() > pdfLimit) {
            add(column, Rule.PDF_TEXT_LENGTH, shorten(value),
                    String.format(Locale.US, "at most %,d characters for the PDF report", pdfLimit),
                    String.format(Locale.US, "%s is %,d characters long; the PDF report shows the first %,d (%s)",
                            column, value.length(), pdfLimit, value.length() > CELL_LIMIT
                                    ? "the workbook keeps up to 32,767" : "the workbook keeps it whole"));
        }
        return value;
    }

    /**
     * An optional short name (short_title, singular_title) of at most {@code limit} characters; a longer
     * one gets a title-length warning and is ignored, so the reports fall back to the title.
     */
    String shortText(String column, int limit) {
        String value = Values.text(row.get(column));
        if (value != null && value.length() > limit) {
            add(column, Rule.TITLE_LENGTH, shorten(value), "at most " + limit + " characters",
                    column + " is " + value.length() + " characters long, more than the " + limit
                            + " a heading holds; it is ignored and the title is used instead");
            return null;
        }
        return value;
    }

    /** A required slug; null (with a finding) when missing or malformed. */
    String slug(String column) {
        String original = row.original(column);
        if (original != null) {
            add(column, Rule.TYPE, controlExcerpt(original), Values.SLUG, column + " holds " + controlCharacters(original)
                    + ", which an id may not hold; delete it in the file");
            return null;
        }
        String value = Values.text(row.get(column));
        if (value == null) {
            missing(column, Values.SLUG);
            return null;
        }
        if (!Values.isSlug(value)) {
            add(column, Rule.TYPE, value, Values.SLUG, column + " '" + shorten(value) + "' is not a valid id");
            return null;
        }
        return value;
    }

    Double money(String column, boolean required) {
        try {
            return requireIfNeeded(column, Values.money(row.get(column)), required, Values.MONEY);
        } catch (InvalidValueException e) {
            return invalid(column, e);
        }
    }

    Double percent(String column) {
        try {
            return Values.percent(row.get(column));
        } catch (InvalidValueException e) {
            return invalid(column, e);
        }
    }

    /** A share that must lie within 0–100 (share-range rule). */
    Double share(String column, boolean required) {
        Double value;
        try {
            value = requireIfNeeded(column, Values.share(row.get(column)), required, Values.SHARE);
        } catch (InvalidValueException e) {
            return invalid(column, e);
        }
        if (value != null && (value < 0 || value > 100)) {
            add(column, Rule.SHARE_RANGE, raw(column), "a percentage from 0 to 100",
                    column + " is " + raw(column) + ", outside 0 to 100");
            return null;
        }
        return value;
    }

    Long count(String column) {
        try {
            return Values.count(row.get(column));
        } catch (InvalidValueException e) {
            return invalid(column, e);
        }
    }

    Double number(String column) {
        try {
            return Values.number(row.get(column));
        } catch (InvalidValueException e) {
            return invalid(column, e);
        }
    }

    /** A number that must lie within [min, max]; outside is a type error naming the range. */
    Double boundedNumber(String column, double min, double max, String expected) {
        Double value = number(column);
        if (value != null && (value < min || value > max)) {
            add(column, Rule.TYPE, raw(column), expected, column + " is " + raw(column) + ", expected " + expected);
            return null;
        }
        return value;
    }

    YearsRange years(String column) {
        int[] ends;
        try {
            ends = Values.years(row.get(column));
        } catch (InvalidValueException e) {
            return invalid(column, e);
        }
        if (ends == null) {
            return null;
        }
        if (!Values.isValidYears(ends)) {
            add(column, Rule.YEARS_RANGE, raw(column), "a range N-M with 0 <= N <= M <= 60",
                    column + " '" + raw(column) + "' is not a range from a lower to a higher number of years (at most 60)");
            return null;
        }
        return Values.toYearsRange(ends);
    }

    private <T> T requireIfNeeded(String column, T value, boolean required, String expected) {
        if (value == null && required) {
            missing(column, expected);
        }
        return value;
    }

    private void missing(String column, String expected) {
        String found = raw(column);
        add(column, Rule.REQUIRED, found, expected, column + " is required but "
                + (found.isEmpty() ? "empty" : "unknown ('" + found + "')"));
    }

    private <T> T invalid(String column, InvalidValueException e) {
        add(column, Rule.TYPE, raw(column), e.expected(), column + " '" + shorten(raw(column)) + "' is not " + e.expected());
        return null;
    }

    /** Around the first control character of {@code value}, the control characters written as <code>&#92;u0000</code>. */
    static String controlExcerpt(String value) {
        int first = Values.firstControlCharacter(value);
        int from = Math.max(0, first - 25);
        int to = Math.min(value.length(), first + 26);
        return (from > 0 ? "..." : "") + Values.escapeControlCharacters(value.substring(from, to))
                + (to < value.length() ? "..." : "");
    }

    /** "an invisible control character (&#92;u0000) at character 12", or the count, kinds and first position of several. */
    static String controlCharacters(String value) {
        Set<String> kinds = new LinkedHashSet<>();
        for (int i = 0; i < value.length(); i++) {
            if (Values.isControlCharacter(value.charAt(i))) {
                kinds.add(Values.escapeControlCharacters(value.substring(i, i + 1)));
            }
        }
        int count = controlCount(value);
        int at = Values.firstControlCharacter(value) + 1;
        return count == 1
                ? "an invisible control character (" + String.join(", ", kinds) + ") at character " + at
                : count + " invisible control characters (" + String.join(", ", kinds) + "), the first at character " + at;
    }

    private static int controlCount(String value) {
        return (int) value.chars().filter(c -> Values.isControlCharacter((char) c)).count();
    }

    static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
