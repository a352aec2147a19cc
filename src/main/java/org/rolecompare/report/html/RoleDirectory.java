package org.rolecompare.report.html;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.rolecompare.report.content.PlainText;

/**
 * The accepted roles of a run A–Z by title, and each role's comparisons: what the index, the letter
 * pages and the role pages list. Built from the roles, then the accepted comparisons
 * ({@link Builder}), and held in int arrays, so a run of 150,000 roles and a million comparisons
 * keeps a few tens of MB rather than an object per link.
 *
 * <p>A–Z is by title ignoring case and accents ("Élan" beside "Elan"), then by title as written,
 * then by id, so the order is total and the same on every machine. A title's initial is its first
 * letter a–z so read; titles that start otherwise (a digit, another script) share the initial
 * {@link #OTHER} and come after Z, as the index lists them.
 */
public final class RoleDirectory {

    /** The initial of titles that do not start with a letter a–z. */
    public static final char OTHER = '#';

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** One role as the index lists it: its id, display title and number of comparisons. */
    public record Entry(String id, String title, int comparisons) {

        /** The initial the title files under: {@code 'a'}–{@code 'z'}, or {@link #OTHER}. */
        public char initial() {
            return initialOf(title);
        }
    }

    /** One comparison seen from a role: the pair's ids, in the order of comparisons.csv, and the other role's title. */
    public record Comparison(String leftId, String rightId, String otherTitle) {
    }

    private final String[] ids;
    private final String[] titles;
    private final Map<String, Integer> byId;
    /** Role positions A–Z; rank[role] is the role's place in it. */
    private final int[] order;
    private final int[] rank;
    private final int[] lefts;
    private final int[] rights;
    /** Each role's comparisons, A–Z by the other role: ordinals linksOf[first[role]] up to first[role + 1]. */
    private final int[] first;
    private final int[] linksOf;

    private RoleDirectory(Builder b) {
        int n = b.ids.size();
        ids = b.ids.toArray(String[]::new);
        titles = b.titles.toArray(String[]::new);
        byId = b.byId;
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = sortKey(titles[i]);
        }
        Integer[] sorted = new Integer[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = i;
        }
        Arrays.sort(sorted, Comparator.<Integer, Boolean>comparing(i -> initialOfKey(keys[i]) == OTHER).thenComparing(i -> keys[i])
                .thenComparing(i -> titles[i]).thenComparing(i -> ids[i]));
        order = new int[n];
        rank = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = sorted[i];
            rank[sorted[i]] = i;
        }
        lefts = Arrays.copyOf(b.lefts, b.comparisons);
        rights = Arrays.copyOf(b.rights, b.comparisons);
        first = new int[n + 1];
        for (int c = 0; c < lefts.length; c++) {
            first[lefts[c] + 1]++;
            first[rights[c] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            first[i + 1] += first[i];
        }
        linksOf = new int[first[n]];
        int[] next = Arrays.copyOf(first, n);
        for (int c = 0; c < lefts.length; c++) {
            linksOf[next[lefts[c]]++] = c;
            linksOf[next[rights[c]]++] = c;
        }
        sortLinks(n);
    }

    /** Each role's comparisons A–Z by the other role, then in the order of comparisons.csv. */
    private void sortLinks(int n) {
        for (int role = 0; role < n; role++) {
            int from = first[role];
            int to = first[role + 1];
            long[] keyed = new long[to - from];
            for (int k = from; k < to; k++) {
                int c = linksOf[k];
                keyed[k - from] = ((long) rank[other(c, role)] << 32) | c;
            }
            Arrays.sort(keyed);
            for (int k = from; k < to; k++) {
                linksOf[k] = (int) keyed[k - from];
            }
        }
    }

    private int other(int comparison, int role) {
        return lefts[comparison] == role ? rights[comparison] : lefts[comparison];
    }

    /** How many roles. */
    public int size() {
        return ids.length;
    }

    /** How many comparisons. */
    public int comparisons() {
        return lefts.length;
    }

    /** Every role A–Z by title. */
    public List<Entry> aToZ() {
        List<Entry> entries = new ArrayList<>(ids.length);
        for (int role : order) {
            entries.add(entry(role));
        }
        return entries;
    }

    /** The role {@code id}, as the index lists it. */
    public Entry entry(String id) {
        return entry(indexOf(id));
    }

    private Entry entry(int role) {
        return new Entry(ids[role], titles[role], first[role + 1] - first[role]);
    }

    /** The comparisons of role {@code id}, A–Z by the other role's title. */
    public List<Comparison> comparisonsOf(String id) {
        int role = indexOf(id);
        List<Comparison> list = new ArrayList<>(first[role + 1] - first[role]);
        for (int k = first[role]; k < first[role + 1]; k++) {
            int c = linksOf[k];
            list.add(new Comparison(ids[lefts[c]], ids[rights[c]], titles[other(c, role)]));
        }
        return list;
    }

    private int indexOf(String id) {
        Integer role = byId.get(id);
        if (role == null) {
            throw new IllegalArgumentException("no accepted role " + id);
        }
        return role;
    }

    /** The initial {@code title} files under: its first letter a–z ignoring case and accents, or {@link #OTHER}. */
    public static char initialOf(String title) {
        return initialOfKey(sortKey(title));
    }

    private static char initialOfKey(String key) {
        char c = key.isEmpty() ? OTHER : key.charAt(0);
        return c >= 'a' && c <= 'z' ? c : OTHER;
    }

    /** What A–Z compares: the title without accents, in lower case, leading blanks dropped. */
    static String sortKey(String title) {
        String text = PlainText.printable(title).strip();
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        if (!ascii) {
            text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        }
        return text.toLowerCase(Locale.ROOT);
    }

    /** Collects the roles, then their comparisons. */
    public static final class Builder {

        private final List<String> ids = new ArrayList<>();
        private final List<String> titles = new ArrayList<>();
        private final Map<String, Integer> byId = new HashMap<>();
        private int[] lefts = new int[16];
        private int[] rights = new int[16];
        private int comparisons;

        /** Adds an accepted role with its display title; each id once. */
        public Builder role(String id, String title) {
            if (byId.putIfAbsent(id, ids.size()) != null) {
                throw new IllegalArgumentException("role " + id + " added twice");
            }
            ids.add(id);
            titles.add(title);
            return this;
        }

        /** Adds an accepted comparison of two roles added before. */
        public Builder comparison(String leftId, String rightId) {
            if (comparisons == lefts.length) {
                lefts = Arrays.copyOf(lefts, comparisons * 2);
                rights = Arrays.copyOf(rights, comparisons * 2);
            }
            lefts[comparisons] = known(leftId);
            rights[comparisons] = known(rightId);
            comparisons++;
            return this;
        }

        private int known(String id) {
            Integer role = byId.get(id);
            if (role == null) {
                throw new IllegalArgumentException("comparison of " + id + ", which is not an accepted role");
            }
            return role;
        }

        public RoleDirectory build() {
            return new RoleDirectory(this);
        }
    }
}
