package org.rolecompare.report.content;

import java.util.List;
import java.util.Locale;

/**
 * Small text helpers the report's sections share: whether a value is known, how to list names in a
 * sentence, how to join two optional notes, and the key that matches names ignoring case.
 *
 * <p>Kept in one place so that every section words lists and treats unknown values the same way.
 */
final class Wording {

    private Wording() {
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static boolean known(Double value) {
        return value != null && Double.isFinite(value);
    }

    /** "a", "a and b", "a, b and c" (or with "or"). */
    static String list(List<String> items, String conjunction) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + items.get(items.size() - 1);
    }

    /** Both notes separated by a space, or the one that is not {@code null}, or {@code null}. */
    static String joined(String first, String second) {
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        return first + " " + second;
    }

    /** The key that matches a category, dimension or skill name ignoring case and surrounding space. */
    static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
