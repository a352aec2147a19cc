package org.rolecompare.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes the two opening paragraphs of a comparison report (docs/metrics.md, "What the reports say in words") in
 * the manner of the seed page: how long each role takes to become and which pays more, then each
 * role's top skills.
 *
 * <p>The prose is built only from known data: a sentence whose inputs are unknown is left out
 * rather than printed with {@code null} or zero, and a paragraph with no sentences is left out.
 * Roles are named through {@link RoleNames}, so plural official titles ("Registered Nurses") and
 * titles that cannot be inflected read as correct English too. The small English helpers
 * ({@link #inProse}, {@link #withArticle}, {@link #capitalise}) are public for the other reports.
 */
public final class Narrative {

    /** Vowel-letter openings that are read with a consonant sound ("a university", "a European"). */
    private static final List<String> CONSONANT_SOUND_OPENINGS = List.of("uni", "use", "usu", "ura", "uro", "uti", "eu", "one", "once");

    /** Consonant-letter openings that are read with a vowel sound ("an hour", "an honest"). */
    private static final List<String> VOWEL_SOUND_OPENINGS = List.of("hour", "honest", "honor", "honour", "heir");

    /** Letters whose spoken name starts with a vowel sound, for acronyms ("an HR manager", "an SEO"). */
    private static final String VOWEL_SOUND_LETTERS = "AEFHILMNORSX";

    private static final String[] COUNT_WORDS = {"", "", "two", "three"};

    private Narrative() {
    }

    /** The narrative paragraphs for a pair, in order; paragraphs without known data are left out. */
    public static List<String> paragraphs(RoleProfile left, RoleProfile right) {
        return paragraphs(left, right, RoleNames.of(left.role()), RoleNames.of(right.role()));
    }

    /**
     * As {@link #paragraphs(RoleProfile, RoleProfile)}, with the roles' names already made: a report
     * names its two roles once and shares the names among its sections.
     */
    public static List<String> paragraphs(RoleProfile left, RoleProfile right, RoleNames leftNames, RoleNames rightNames) {
        List<String> paragraphs = new ArrayList<>();
        addParagraph(paragraphs, differences(left.role(), right.role(), leftNames, rightNames));
        addParagraph(paragraphs, Arrays.asList(
                skillsSentence(left, leftNames, "The top", true, "include"),
                skillsSentence(right, rightNames, "The most important", false, "are")));
        return paragraphs;
    }

    private static void addParagraph(List<String> paragraphs, List<String> sentences) {
        List<String> known = sentences.stream().filter(s -> s != null && !s.isEmpty()).toList();
        if (!known.isEmpty()) {
            paragraphs.add(String.join(" ", known));
        }
    }

    private static List<String> differences(Role l, Role r, RoleNames a, RoleNames b) {
        List<String> sentences = new ArrayList<>();
        sentences.add("The differences between " + a.group() + " and " + b.group() + " can be seen in a few details.");
        String years = yearsSentence(l, r, a, b);
        if (years != null) {
            sentences.add(years);
        }
        String salary = salarySentence(l, r, a, b);
        sentences.add(years == null ? capitalise(salary) : "Additionally, " + salary);
        return sentences;
    }

    private static String yearsSentence(Role l, Role r, RoleNames a, RoleNames b) {
        YearsRange ly = l.yearsToBecome();
        YearsRange ry = r.yearsToBecome();
        if (ly == null || ry == null) {
            return null;
        }
        if (ly.equals(ry)) {
            if (a.singular() != null && b.singular() != null) {
                return "It typically takes " + years(ly) + " to become either " + a.subject() + " or " + b.subject() + ".";
            }
            return "It typically takes " + years(ly) + " to " + a.toBecome() + " or to " + b.toBecome() + ".";
        }
        return "While it typically takes " + years(ly) + " to " + a.toBecome() + ", " + b.becoming()
                + " usually requires " + years(ry) + ".";
    }

    private static String years(YearsRange range) {
        return range + (range.max() == 1 ? " year" : " years");
    }

    /** Compares salaries as printed (whole dollars), so two roles shown as $43,633 are never "higher". */
    private static String salarySentence(Role l, Role r, RoleNames a, RoleNames b) {
        BigDecimal left = wholeDollars(l.averageSalary());
        BigDecimal right = wholeDollars(r.averageSalary());
        int comparison = left.compareTo(right);
        if (comparison == 0 && a.plural() != null && b.plural() != null) {
            return "both " + a.plural() + " and " + b.plural() + " earn an average salary of "
                    + DisplayFormat.money(l.averageSalary()) + ".";
        }
        if (comparison == 0) {
            return a.subject() + " and " + b.subject() + " earn the same average salary, "
                    + DisplayFormat.money(l.averageSalary()) + " a year.";
        }
        boolean leftHigher = comparison > 0;
        RoleNames higher = leftHigher ? a : b;
        RoleNames lower = leftHigher ? b : a;
        return higher.subject() + " " + higher.verb("has", "have") + " an average salary of "
                + DisplayFormat.money(leftHigher ? l.averageSalary() : r.averageSalary()) + ", which is higher than the "
                + DisplayFormat.money(leftHigher ? r.averageSalary() : l.averageSalary()) + " average annual salary of "
                + lower.subject() + ".";
    }

    private static BigDecimal wholeDollars(double amount) {
        return new BigDecimal(Double.toString(amount)).setScale(0, RoundingMode.HALF_UP);
    }

    /**
     * One role's skills sentence: "The top three skills for a … include a, b and c." (with the count)
     * or "The most important skills for a … are a, b and c."; {@code null} without skills.
     */
    private static String skillsSentence(RoleProfile profile, RoleNames names, String opening, boolean withCount, String verb) {
        List<String> skills = firstSkills(profile);
        if (skills.isEmpty()) {
            return null;
        }
        String role = names.subject();
        if (skills.size() == 1) {
            return opening + " skill for " + role + " is " + skills.get(0) + ".";
        }
        String count = withCount ? " " + COUNT_WORDS[skills.size()] : "";
        return opening + count + " skills for " + role + " " + verb + " " + listed(skills) + ".";
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
        String[] words = TitleInflection.SPACES.split(text.trim());
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(keepsCase(word) ? word : word.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** Whether a word keeps its case in prose: an acronym or a word with inner capitals, part by part ("Short-Term" does not). */
    private static boolean keepsCase(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '-' || c == '/') {
                letters = 0;
            } else if (Character.isLetter(c)) {
                letters++;
                if (letters > 1 && Character.isUpperCase(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The plural of a singular role title: its head noun is pluralised, which is the last word, or
     * the word before a joining word or dash ("directors of nursing", "analysts — Zürich").
     */
    public static String plural(String title) {
        return TitleInflection.pluralOf(title);
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
