package org.rolecompare.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the two opening paragraphs of a comparison report (spec/metrics.md, "The narrative") in
 * the manner of the seed page: how long each role takes to become and which pays more, then each
 * role's top skills.
 *
 * <p>The prose is built only from known data: a sentence whose inputs are unknown is left out
 * rather than printed with {@code null} or zero, and a paragraph with no sentences is left out.
 * The small English helpers ({@link #inProse}, {@link #plural}, {@link #withArticle}) are public so
 * reports phrase headings such as "What does a patient relations manager do?" the same way.
 */
public final class Narrative {

    private static final Map<String, String> IRREGULAR_PLURALS = Map.ofEntries(
            Map.entry("man", "men"),
            Map.entry("woman", "women"),
            Map.entry("person", "people"),
            Map.entry("child", "children"),
            Map.entry("chief", "chiefs"),
            Map.entry("chef", "chefs"),
            Map.entry("staff", "staff"),
            Map.entry("personnel", "personnel"),
            Map.entry("crew", "crew"),
            Map.entry("wife", "wives"),
            Map.entry("thief", "thieves"));

    /** Endings that pluralise like the irregular word they are ("salesman", "chairperson"). */
    private static final List<String> COMPOUND_ENDINGS = List.of("woman", "man", "person");

    /** Vowel-letter openings that are read with a consonant sound ("a university", "a European"). */
    private static final List<String> CONSONANT_SOUND_OPENINGS = List.of("uni", "use", "usu", "ura", "uro", "uti", "eu", "one", "once");

    /** Consonant-letter openings that are read with a vowel sound ("an hour", "an honest"). */
    private static final List<String> VOWEL_SOUND_OPENINGS = List.of("hour", "honest", "honor", "honour", "heir");

    /** Letters whose spoken name starts with a vowel sound, for acronyms ("an HR manager", "an SEO"). */
    private static final String VOWEL_SOUND_LETTERS = "AEFHILMNORSX";

    /** Words and dashes after which a title only qualifies its head noun ("director of nursing", "analyst — Zürich"). */
    private static final Set<String> JOINING_WORDS = Set.of("of", "for", "to", "in", "at", "on", "-", "\u2013", "\u2014");

    private static final String[] COUNT_WORDS = {"", "", "two", "three"};

    private Narrative() {
    }

    /** The narrative paragraphs for a pair, in order; paragraphs without known data are left out. */
    public static List<String> paragraphs(RoleProfile left, RoleProfile right) {
        List<String> paragraphs = new ArrayList<>();
        addParagraph(paragraphs, differences(left.role(), right.role()));
        addParagraph(paragraphs, Arrays.asList(
                skillsSentence(left, "The top", true, "include"),
                skillsSentence(right, "The most important", false, "are")));
        return paragraphs;
    }

    private static void addParagraph(List<String> paragraphs, List<String> sentences) {
        List<String> known = sentences.stream().filter(s -> s != null && !s.isEmpty()).toList();
        if (!known.isEmpty()) {
            paragraphs.add(String.join(" ", known));
        }
    }

    private static List<String> differences(Role l, Role r) {
        List<String> sentences = new ArrayList<>();
        sentences.add("The differences between " + plural(inProse(l.title())) + " and "
                + plural(inProse(r.title())) + " can be seen in a few details.");
        String years = yearsSentence(l, r);
        if (years != null) {
            sentences.add(years);
        }
        String salary = salarySentence(l, r);
        sentences.add(years == null ? capitalise(salary) : "Additionally, " + salary);
        return sentences;
    }

    private static String yearsSentence(Role l, Role r) {
        YearsRange ly = l.yearsToBecome();
        YearsRange ry = r.yearsToBecome();
        if (ly == null || ry == null) {
            return null;
        }
        String a = withArticle(inProse(l.title()));
        String b = withArticle(inProse(r.title()));
        if (ly.equals(ry)) {
            return "It typically takes " + years(ly) + " to become either " + a + " or " + b + ".";
        }
        return "While it typically takes " + years(ly) + " to become " + a + ", becoming " + b
                + " usually requires " + years(ry) + ".";
    }

    private static String years(YearsRange range) {
        return range + (range.max() == 1 ? " year" : " years");
    }

    /** Compares salaries as printed (whole dollars), so two roles shown as $43,633 are never "higher". */
    private static String salarySentence(Role l, Role r) {
        BigDecimal left = wholeDollars(l.averageSalary());
        BigDecimal right = wholeDollars(r.averageSalary());
        int comparison = left.compareTo(right);
        if (comparison == 0) {
            return "both " + plural(inProse(l.title())) + " and " + plural(inProse(r.title()))
                    + " earn an average salary of " + DisplayFormat.money(l.averageSalary()) + ".";
        }
        Role higher = comparison > 0 ? l : r;
        Role lower = comparison > 0 ? r : l;
        return withArticle(inProse(higher.title())) + " has an average salary of "
                + DisplayFormat.money(higher.averageSalary()) + ", which is higher than the "
                + DisplayFormat.money(lower.averageSalary()) + " average annual salary of "
                + withArticle(inProse(lower.title())) + ".";
    }

    private static BigDecimal wholeDollars(double amount) {
        return new BigDecimal(Double.toString(amount)).setScale(0, RoundingMode.HALF_UP);
    }

    /**
     * One role's skills sentence: "The top three skills for a … include a, b and c." (with the count)
     * or "The most important skills for a … are a, b and c."; {@code null} without skills.
     */
    private static String skillsSentence(RoleProfile profile, String opening, boolean withCount, String verb) {
        List<String> names = firstSkills(profile);
        if (names.isEmpty()) {
            return null;
        }
        String role = withArticle(inProse(profile.role().title()));
        if (names.size() == 1) {
            return opening + " skill for " + role + " is " + names.get(0) + ".";
        }
        String count = withCount ? " " + COUNT_WORDS[names.size()] : "";
        return opening + count + " skills for " + role + " " + verb + " " + listed(names) + ".";
    }

    private static List<String> firstSkills(RoleProfile profile) {
        return profile.skills().stream().limit(COUNT_WORDS.length - 1L).map(s -> inProse(s.name())).toList();
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    static String listed(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /**
     * A title or skill as it reads inside a sentence: each capitalised word lower-cased, while
     * acronyms and words with inner capitals ({@code CEO}, {@code HR}, {@code iOS}) are kept.
     */
    public static String inProse(String text) {
        String[] words = text.trim().split(" +");
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(keepsCase(word) ? word : word.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    private static boolean keepsCase(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (letters > 1 && Character.isUpperCase(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The plural of a role title: its head noun is pluralised, which is the last word, or the word
     * before a joining word or dash ("directors of nursing", "analysts — Zürich").
     */
    public static String plural(String title) {
        String[] words = title.trim().split(" +");
        int head = words.length - 1;
        for (int i = 1; i < words.length; i++) {
            if (JOINING_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
                head = i - 1;
                break;
            }
        }
        words[head] = pluralWord(words[head]);
        return String.join(" ", words);
    }

    private static String pluralWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (keepsCase(word) && word.equals(word.toUpperCase(Locale.ROOT))) {
            return word + "s";
        }
        String irregular = IRREGULAR_PLURALS.get(lower);
        if (irregular != null) {
            return word.substring(0, 1) + irregular.substring(1);
        }
        for (String compound : COMPOUND_ENDINGS) {
            if (lower.endsWith(compound) && !lower.equals("human")) {
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

    /** The phrase with "a" or "an" in front, chosen by how its first word sounds. */
    public static String withArticle(String phrase) {
        return (startsWithVowelSound(phrase.trim()) ? "an " : "a ") + phrase.trim();
    }

    private static boolean startsWithVowelSound(String phrase) {
        String first = phrase.split(" ", 2)[0];
        if (first.isEmpty()) {
            return false;
        }
        if (first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT)) && Character.isLetter(first.charAt(0))) {
            return VOWEL_SOUND_LETTERS.indexOf(first.charAt(0)) >= 0;
        }
        String lower = first.toLowerCase(Locale.ROOT);
        if (VOWEL_SOUND_OPENINGS.stream().anyMatch(lower::startsWith)) {
            return true;
        }
        if (CONSONANT_SOUND_OPENINGS.stream().anyMatch(lower::startsWith)) {
            return false;
        }
        return "aeiou".indexOf(lower.charAt(0)) >= 0;
    }

    /** The text with its first letter in upper case, for a sentence or a heading. */
    public static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
