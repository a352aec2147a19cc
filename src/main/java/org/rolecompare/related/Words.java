package org.rolecompare.related;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a responsibility into the words that say something about the work: lower case, letters
 * and digits only, no common English words, and a plural "s" taken off ("records" and "record"
 * count as one word). Deliberately simple and predictable: an analyst can see why two roles
 * share a word.
 */
final class Words {

    private static final int MIN_LENGTH = 3;

    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "from", "that", "this", "all", "are", "was",
            "were", "into", "onto", "our", "their", "them", "they", "its", "your", "you", "has", "have", "had", "not", "but",
            "any", "each", "other", "such", "than", "then", "when", "where", "which", "who", "whom", "will", "would", "can",
            "may", "also", "about", "over", "under", "out", "new", "well", "more", "most", "per", "via", "including",
            "include", "ensure", "ensuring", "provide", "providing", "perform", "performing", "etc", "one", "two", "ones");

    private Words() {
    }

    /** The words of {@code text} in order, repeats kept. */
    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                add(words, lower.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    private static void add(List<String> words, String word) {
        if (word.length() < MIN_LENGTH || STOP.contains(word) || word.chars().allMatch(Character::isDigit)) {
            return;
        }
        words.add(singular(word));
    }

    private static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** A skill's name as it is matched: case, spacing and a trailing plural "s" do not matter. */
    static String skillKey(String skill) {
        StringBuilder key = new StringBuilder();
        for (String word : skill.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(singular(word));
        }
        return key.toString();
    }

    /** A degree or major as it is matched, or {@code null} when unknown. */
    static String textKey(String text) {
        if (text == null || text.isBlank() || text.trim().equals("-")) {
            return null;
        }
        return text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("['’]s\\b", "").replaceAll(" degree$", "");
    }
}
