package org.rolecompare.validate;

import java.util.Map;

/**
 * How much of a text value the PDF report shows. OpenPDF lays out a paragraph in time that grows
 * with the square of its length (a 1 MB description took 12.6 s and 1.3 GB of heap for four
 * reports, 10 MB did not finish), so a longer value is cut, at a word boundary and with an
 * ellipsis, before it reaches the renderer; the {@code pdf-text-length} warning says so. The
 * limits are well above real values: descriptions are a few hundred characters, responsibilities
 * a sentence, titles, places and names a few words. The workbook keeps up to 32,767 characters.
 */
public final class PdfText {

    /** Characters of a description the PDF shows: several times the longest real one, about two pages. */
    public static final int DESCRIPTION_LIMIT = 5_000;
    /** Characters of one responsibility the PDF shows: a long paragraph. */
    public static final int RESPONSIBILITY_LIMIT = 1_000;
    /** Characters of any other text the PDF shows (titles, degrees, places, companies, skills, categories). */
    public static final int OTHER_LIMIT = 200;

    static final String ELLIPSIS = "\u2026";

    private static final Map<String, Integer> LIMITS = Map.of(
            "description", DESCRIPTION_LIMIT,
            "responsibility", RESPONSIBILITY_LIMIT);

    /** A cut may end this far before the limit to end at a word boundary; further, a long word is cut. */
    private static final double WORD_BOUNDARY_SLACK = 0.2;

    private PdfText() {
    }

    /** The characters of a column's value that the PDF report shows at most. */
    public static int limit(String column) {
        return LIMITS.getOrDefault(column, OTHER_LIMIT);
    }

    /**
     * The text as the PDF report shows it: unchanged when it is at most {@code limit} characters,
     * otherwise its beginning, cut after the last whole word and followed by an ellipsis, the whole
     * at most {@code limit} characters. A single word longer than that is cut inside the word.
     */
    public static String cut(String text, int limit) {
        if (text == null || text.length() <= limit) {
            return text;
        }
        int end = limit - ELLIPSIS.length();
        int earliest = (int) (end * (1 - WORD_BOUNDARY_SLACK));
        int space = end;
        while (space > earliest && !Character.isWhitespace(text.charAt(space))) {
            space--;
        }
        if (space > earliest) {
            end = space;
        } else if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    /** {@link #cut(String, int)} with the limit of the column. */
    public static String cut(String text, String column) {
        return cut(text, limit(column));
    }
}
