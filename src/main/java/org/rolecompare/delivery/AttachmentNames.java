package org.rolecompare.delivery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The file name a report travels under in a message: its two titles, "Registered Nurses vs Nurse
 * Practitioners.pdf", rather than the role ids of its file in the run folder (which keeps its name).
 *
 * <p>Names are safe for file systems and mail clients: {@code / \ : * ? " < > |} become dashes and
 * control characters spaces, no leading or trailing dots or spaces, at most {@link #MAX_LENGTH} characters before
 * {@code .pdf} (a long title is cut with an ellipsis, keeping the other title whole when it can),
 * and unique within a message regardless of case ("… (2).pdf").
 */
final class AttachmentNames {

    /** Characters of a name before {@code .pdf}. */
    static final int MAX_LENGTH = 100;

    private static final String SEPARATOR = " vs ";
    private static final String ELLIPSIS = "\u2026";

    private AttachmentNames() {
    }

    /** The names of a message's attachments, in order. */
    static List<String> of(List<PublishedRun.Report> reports) {
        List<String> names = new ArrayList<>(reports.size());
        Set<String> taken = new HashSet<>();
        for (PublishedRun.Report report : reports) {
            String base = base(report.leftTitle(), report.rightTitle());
            String name = base + ".pdf";
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                String suffix = " (" + n + ")";
                name = shorten(base, MAX_LENGTH - suffix.length()) + suffix + ".pdf";
            }
            names.add(name);
        }
        return names;
    }

    /** "Left vs Right", each title cleaned and the longer one shortened first so both stay recognisable. */
    static String base(String leftTitle, String rightTitle) {
        String left = clean(leftTitle);
        String right = clean(rightTitle);
        int budget = MAX_LENGTH - SEPARATOR.length();
        if (left.length() + right.length() > budget) {
            int half = budget / 2;
            if (left.length() <= half) {
                right = shorten(right, budget - left.length());
            } else if (right.length() <= half) {
                left = shorten(left, budget - right.length());
            } else {
                left = shorten(left, half);
                right = shorten(right, budget - left.length());
            }
        }
        String name = left + SEPARATOR + right;
        return name.isBlank() ? "report" : name;
    }

    static String clean(String title) {
        StringBuilder s = new StringBuilder(title.length());
        for (char c : title.toCharArray()) {
            s.append(c < 0x20 || c == 0x7f ? ' ' : "/\\:*?\"<>|".indexOf(c) >= 0 ? '-' : c);
        }
        return s.toString().replaceAll("\\s+", " ").replaceAll("^[ .]+|[ .]+$", "");
    }

    private static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, Math.max(0, max - 1)).replaceAll("[ ,.;-]+$", "") + ELLIPSIS;
    }
}
