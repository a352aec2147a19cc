package org.rolecompare.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an occupation title the way a person would, to find the singular and plural noun phrases
 * that sentences need: "Registered Nurses" is the plural of "registered nurse", "Paralegals and
 * Legal Assistants" is a list whose singular is "paralegal or legal assistant", "Cooks, Restaurant"
 * means "restaurant cooks", and "Physicians, All Other" means "other physicians".
 *
 * <p>Why: official occupation lists name roles in the plural, with comma qualifiers and
 * "and"-lists, while the seed and most career sites name one role in the singular. Pluralising such
 * a title blindly gives "registered nurseses" and "a physicians, all other". This class only gives a
 * form it can derive with confidence; when it cannot ({@code null}), the sentence templates of
 * {@link RoleNames} name the role in quotes instead, which is always correct English.
 *
 * <p>This class reads the structure of a title (commas, lists, joining words, qualifiers); the
 * number of each head noun comes from {@link WordInflection}. Plain Java with no state; every rule is
 * unit-tested over a list of real-style titles.
 */
final class TitleInflection {

    /** The prose forms of a title; either may be {@code null} when it cannot be derived. */
    record Forms(String singular, String plural, boolean titleIsPlural) {
    }

    /** Words after which a title only qualifies its head noun ("director of nursing", "analyst — Zürich"). */
    private static final Set<String> JOINING_WORDS = Set.of("of", "for", "to", "in", "at", "on", "with", "-", "\u2013", "\u2014");

    /** Words that join the items of a list in a title. */
    private static final Set<String> LIST_WORDS = Set.of("and", "or", "&");

    private static final Pattern ALL_OTHER = Pattern.compile("^(.+?),\\s*All Other$", Pattern.CASE_INSENSITIVE);

    private static final Pattern EXCEPT = Pattern.compile("^(.+?),\\s*((?:Except|Including) .+)$", Pattern.CASE_INSENSITIVE);

    /** Runs of white space, made one space; compiled once, as every report names its roles from their titles. */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /** Runs of spaces between words. */
    static final Pattern SPACES = Pattern.compile(" +");

    private static final Pattern COMMA = Pattern.compile(",\\s*");

    private TitleInflection() {
    }

    /** The forms of an official or short title as given in roles.csv. */
    static Forms ofTitle(String title) {
        String text = WHITE_SPACE.matcher(title.trim()).replaceAll(" ");
        Matcher allOther = ALL_OTHER.matcher(text);
        if (allOther.matches()) {
            Forms core = ofPhrase(allOther.group(1));
            if (core == null || core.plural() == null) {
                return new Forms(null, null, true);
            }
            return new Forms(null, "other " + core.plural(), true);
        }
        Matcher except = EXCEPT.matcher(text);
        if (except.matches()) {
            Forms core = ofPhrase(except.group(1));
            if (core == null) {
                return new Forms(null, null, true);
            }
            String qualifier = " (" + Narrative.inProse(except.group(2)) + ")";
            return new Forms(append(core.singular(), qualifier), append(core.plural(), qualifier), core.titleIsPlural());
        }
        if (!text.contains(",")) {
            Forms forms = ofPhrase(text);
            return forms == null ? new Forms(null, null, false) : forms;
        }
        Forms forms = headBeforeJoiningWord(text);
        if (forms == null) {
            forms = serialList(text);
        }
        if (forms == null) {
            forms = qualified(text);
        }
        return forms == null ? new Forms(null, null, anyPlural(text)) : forms;
    }

    /**
     * A title whose head comes before a joining word that precedes its commas: "Agents and Business
     * Managers of Artists, Performers, and Athletes" is "agent or business manager of artists, …".
     */
    private static Forms headBeforeJoiningWord(String text) {
        String[] words = text.split(" ");
        int position = 0;
        for (int i = 0; i < words.length; i++) {
            if (words[i].endsWith(",")) {
                return null;
            }
            if (i > 0 && JOINING_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
                Forms head = ofPhrase(text.substring(0, position - 1));
                if (head == null || !head.titleIsPlural()) {
                    return null;
                }
                String tail = " " + Narrative.inProse(text.substring(position));
                return new Forms(append(head.singular(), tail), append(head.plural(), tail), true);
            }
            position += words[i].length() + 1;
        }
        return null;
    }

    /**
     * A serial list, "A, B, and C": either modifiers of one head ("Transportation, Storage, and
     * Distribution Managers" is one kind of manager) or a list of roles ("Claims Adjusters,
     * Examiners, and Investigators", whose singular is "claims adjuster, examiner, or investigator").
     */
    private static Forms serialList(String text) {
        String[] segments = COMMA.split(text);
        String last = segments[segments.length - 1];
        String lastLower = last.toLowerCase(Locale.ROOT);
        if (!lastLower.startsWith("and ") && !lastLower.startsWith("or ")) {
            return null;
        }
        Forms lastForms = ofPhrase(last.substring(last.indexOf(' ') + 1));
        if (lastForms == null || !lastForms.titleIsPlural()) {
            return null;
        }
        List<String> earlier = List.of(segments).subList(0, segments.length - 1);
        boolean allModifiers = earlier.stream().noneMatch(item -> isRoleNoun(lastWord(item)));
        if (allModifiers) {
            String modifiers = Narrative.inProse(String.join(", ", earlier)) + ", and ";
            return new Forms(modifiers + lastForms.singular(), Narrative.inProse(text), true);
        }
        List<String> singulars = new ArrayList<>();
        for (String item : earlier) {
            Forms forms = ofPhrase(item);
            if (forms == null || !forms.titleIsPlural() || !isRoleNoun(lastWord(item))) {
                return null;
            }
            singulars.add(forms.singular());
        }
        return new Forms(String.join(", ", singulars) + ", or " + lastForms.singular(), Narrative.inProse(text), true);
    }

    /**
     * A plural role followed by a qualifier without plurals: "Cooks, Restaurant" reads "restaurant
     * cooks"; "Bus Drivers, Transit and Intercity" reads "bus drivers (transit and intercity)".
     */
    private static Forms qualified(String text) {
        int comma = text.indexOf(',');
        Forms head = ofPhrase(text.substring(0, comma));
        String qualifier = text.substring(comma + 1).trim();
        if (head == null || !head.titleIsPlural() || anyPlural(qualifier)) {
            return null;
        }
        if (!qualifier.contains(",") && isShortModifier(qualifier)) {
            return ofPhrase(qualifier + " " + text.substring(0, comma));
        }
        String inParentheses = " (" + Narrative.inProse(qualifier) + ")";
        return new Forms(head.singular() + inParentheses, head.plural() + inParentheses, true);
    }

    /** The forms of a singular noun phrase given as singular_title: it is the singular; its plural is derived. */
    static Forms ofSingular(String singular) {
        String text = WHITE_SPACE.matcher(singular.trim()).replaceAll(" ");
        return new Forms(Narrative.inProse(text), pluralOf(text), false);
    }

    /** The plural of a singular title phrase ("directors of nursing", "analysts — Zürich"), in prose. */
    static String pluralOf(String singularPhrase) {
        String[] words = SPACES.split(singularPhrase.trim());
        int head = headIndex(words);
        words[head] = WordInflection.pluralWord(words[head]);
        return Narrative.inProse(String.join(" ", words));
    }

    private static String append(String phrase, String qualifier) {
        return phrase == null ? null : phrase + qualifier;
    }

    /** A trailing qualifier of at most three words that reads as a modifier in front ("Restaurant", "Fast Food"). */
    private static boolean isShortModifier(String text) {
        String[] words = SPACES.split(text.trim());
        if (words.length > 3) {
            return false;
        }
        for (String word : words) {
            if (LIST_WORDS.contains(word.toLowerCase(Locale.ROOT)) || JOINING_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The forms of a title without commas: its head noun (the last word, or the word before a
     * joining word) decides its number; a list of nouns ("Paralegals and Legal Assistants") is
     * singular item by item, joined with "or". {@code null} when the head cannot be inflected.
     */
    private static Forms ofPhrase(String phrase) {
        String[] words = SPACES.split(phrase.trim());
        int head = headIndex(words);
        List<String> headPart = List.of(words).subList(0, head + 1);
        String tail = head + 1 < words.length ? " " + String.join(" ", List.of(words).subList(head + 1, words.length)) : "";
        List<List<String>> items = nounItems(headPart);
        if (items == null) {
            return null;
        }
        String headWord = words[head];
        String lowerHead = headWord.toLowerCase(Locale.ROOT);
        if (WordInflection.COLLECTIVE.contains(lowerHead)) {
            String prose = Narrative.inProse(phrase);
            String singular = Narrative.inProse(String.join(" ", headPart)) + " member" + Narrative.inProse(tail);
            return new Forms(singular, prose, true);
        }
        if (WordInflection.S_ENDING_NON_PLURALS.contains(lowerHead)) {
            return null;
        }
        boolean plural = WordInflection.looksPlural(headWord);
        List<String> singulars = new ArrayList<>();
        List<String> plurals = new ArrayList<>();
        for (List<String> item : items) {
            List<String> one = new ArrayList<>(item);
            String last = one.get(one.size() - 1);
            if (plural) {
                String singularWord = WordInflection.singularWord(last);
                if (singularWord == null) {
                    return null;
                }
                one.set(one.size() - 1, singularWord);
                singulars.add(String.join(" ", one));
                plurals.add(String.join(" ", item));
            } else {
                singulars.add(String.join(" ", item));
                one.set(one.size() - 1, WordInflection.pluralWord(last));
                plurals.add(String.join(" ", one));
            }
        }
        String singular = Narrative.inProse(String.join(" or ", singulars) + tail);
        String pluralText = Narrative.inProse(items.size() == 1 ? plurals.get(0) + tail : joinAnd(plurals) + tail);
        if (plural && items.size() > 1) {
            pluralText = Narrative.inProse(phrase);
        }
        return new Forms(singular, pluralText, plural);
    }

    private static String joinAnd(List<String> items) {
        return String.join(" and ", items);
    }

    /**
     * The head part split into its noun items: "Paralegals and Legal Assistants" gives two items,
     * while "Heavy and Tractor-Trailer Truck Drivers" (an adjective before "and") is one item.
     * {@code null} when a list mixes forms that cannot be told apart.
     */
    private static List<List<String>> nounItems(List<String> headPart) {
        List<List<String>> items = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String word : headPart) {
            if (LIST_WORDS.contains(word.toLowerCase(Locale.ROOT)) && !current.isEmpty()
                    && isNoun(current.get(current.size() - 1), headPart.get(headPart.size() - 1))) {
                items.add(current);
                current = new ArrayList<>();
            } else {
                current.add(word);
            }
        }
        if (current.isEmpty()) {
            return null;
        }
        items.add(current);
        return items;
    }

    /** Whether a word before "and" is a noun item of the list: it has the number of the head noun. */
    private static boolean isNoun(String word, String head) {
        return WordInflection.looksPlural(head) && isRoleNoun(word);
    }

    /** A plural that names people, not a field: "Examiners" but not "Securities" or "Services". */
    private static boolean isRoleNoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return WordInflection.looksPlural(word) && !WordInflection.S_ENDING_NON_PLURALS.contains(lower)
                && !lower.endsWith("ities");
    }

    /** The head noun's index: the last word, or the word before the first joining word. */
    private static int headIndex(String[] words) {
        for (int i = 1; i < words.length; i++) {
            if (JOINING_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
                return i - 1;
            }
        }
        return words.length - 1;
    }

    private static boolean anyPlural(String text) {
        for (String word : SPACES.split(text.replace(",", " ").trim())) {
            if (WordInflection.looksPlural(word)) {
                return true;
            }
        }
        return false;
    }

    private static String lastWord(String text) {
        String[] words = SPACES.split(text.trim());
        return words[words.length - 1];
    }
}
