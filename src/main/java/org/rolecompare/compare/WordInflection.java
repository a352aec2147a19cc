package org.rolecompare.compare;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The number of one English noun: whether a word is plural, and its singular or plural, keeping its
 * case ("Nurses" and "Nurse", "Salesmen" and "Salesman", "CPAs" and "CPA"), with the word lists the
 * rules need (irregular plurals, collective nouns, words in -s that are not plurals).
 *
 * <p>Why a class of its own: {@link TitleInflection} reads the structure of a whole title (commas,
 * lists, qualifiers) and asks this class only about its head nouns; keeping the word rules and their
 * lists apart keeps each readable. Plain Java with no state.
 */
final class WordInflection {

    private static final Map<String, String> IRREGULAR_PLURALS = Map.ofEntries(
            Map.entry("man", "men"),
            Map.entry("woman", "women"),
            Map.entry("person", "people"),
            Map.entry("child", "children"),
            Map.entry("chief", "chiefs"),
            Map.entry("chef", "chefs"),
            Map.entry("wife", "wives"),
            Map.entry("thief", "thieves"),
            Map.entry("foot", "feet"),
            Map.entry("alumnus", "alumni"));

    /** The irregular plurals read back ("men" is the plural of "man"); "chiefs" and "chefs" are regular. */
    private static final Map<String, String> IRREGULAR_SINGULARS = IRREGULAR_PLURALS.entrySet().stream()
            .filter(e -> !e.getValue().equals(e.getKey() + "s"))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    /** Nouns with one form for both numbers: the singular adds "member" ("a nursing staff member"). */
    static final Set<String> COLLECTIVE = Set.of("staff", "personnel", "crew", "faculty", "clergy");

    /** Words ending in "s" that are not plurals of a role (a title ending in one cannot be inflected). */
    static final Set<String> S_ENDING_NON_PLURALS = Set.of("sales", "logistics", "analytics", "operations",
            "economics", "physics", "athletics", "affairs", "relations", "services", "news", "series", "species",
            "systems", "mathematics", "statistics", "communications", "graphics", "electronics", "robotics",
            "ethics", "aesthetics", "dynamics", "finances", "means", "goods", "arts", "sciences", "studies",
            "ops", "devops", "bus", "gas", "lens", "canvas", "status", "campus", "corps", "chassis");

    /** Endings that pluralise like the irregular word they are ("salesman", "chairperson"). */
    private static final List<String> COMPOUND_ENDINGS = List.of("woman", "man", "person");

    private WordInflection() {
    }

    /** Whether a head noun is plural: a regular plural in -s (not -ss, -us, -is) or an irregular plural. */
    static boolean looksPlural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (IRREGULAR_SINGULARS.containsKey(lower) || lower.endsWith("men") && !lower.endsWith("specimen")) {
            return true;
        }
        if (S_ENDING_NON_PLURALS.contains(lower)) {
            return false;
        }
        return lower.length() > 2 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                && !lower.endsWith("is") && !lower.endsWith("'s");
    }

    /** The singular of a plural head noun, keeping its case; {@code null} when it is not a plural. */
    static String singularWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (isAcronymPlural(word)) {
            return word.substring(0, word.length() - 1);
        }
        String irregular = IRREGULAR_SINGULARS.get(lower);
        if (irregular != null) {
            return word.substring(0, 1) + irregular.substring(1);
        }
        if (lower.endsWith("men") && lower.length() > 3) {
            return word.substring(0, word.length() - 3) + word.substring(word.length() - 3, word.length() - 2) + "an";
        }
        if (!looksPlural(word)) {
            return null;
        }
        if (lower.endsWith("ies") && lower.length() > 4 && "aeiou".indexOf(lower.charAt(lower.length() - 4)) < 0) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (lower.endsWith("sses") || lower.endsWith("ches") || lower.endsWith("shes") || lower.endsWith("xes")
                || lower.endsWith("zzes")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }

    private static boolean isAcronymPlural(String word) {
        return word.length() > 2 && word.endsWith("s")
                && word.substring(0, word.length() - 1).chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** The plural of a singular head noun, keeping its case. */
    static String pluralWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && Character.isLetter(word.charAt(0))) {
            return word + "s";
        }
        if (COLLECTIVE.contains(lower) || looksPlural(word) && !S_ENDING_NON_PLURALS.contains(lower)) {
            return word;
        }
        String irregular = IRREGULAR_PLURALS.get(lower);
        if (irregular != null) {
            return word.substring(0, 1) + irregular.substring(1);
        }
        for (String compound : COMPOUND_ENDINGS) {
            if (lower.endsWith(compound) && !lower.equals("human") && !lower.endsWith("german")) {
                return word.substring(0, word.length() - compound.length()) + IRREGULAR_PLURALS.get(compound);
            }
        }
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch") || lower.endsWith("sh")) {
            return word + "es";
        }
        if (lower.length() > 1 && lower.endsWith("y") && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }
}
