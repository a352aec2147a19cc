package org.rolecompare.related;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rolecompare.compare.Skill;

/**
 * All roles turned into {@link IndexedRole}s, plus an inverted index from each skill and each word
 * to the roles that have it (with the role's weight for it), so that a role's candidates are found
 * through what it has instead of by scoring all pairs.
 *
 * <p>Weights: a skill counts by its share where every skill of the role has one, else by its mere
 * presence (each skill the same); a word by 1 + ln(times it occurs in the role's responsibilities).
 * Either is multiplied by the feature's rarity, ln(1 + N / roles having it), so that "Communication
 * Skills", which half of all roles list, says less than "Revenue Cycle"; each role's two vectors are
 * then scaled to length 1 so that cosine similarity is a plain dot product in [0, 1].
 *
 * <p>Postings are stored flat (one int and one float array for all features, CSR-style): 150,000
 * roles with ~40 features each fit in ~50 MB.
 */
final class FeatureIndex {

    private final IndexedRole[] roles;
    private final int skillCount;
    private final String[] termNames;
    private final int[] postingStart;
    private final int[] postingRole;
    private final float[] postingWeight;

    private FeatureIndex(IndexedRole[] roles, int skillCount, String[] termNames, int[] postingStart, int[] postingRole,
                         float[] postingWeight) {
        this.roles = roles;
        this.skillCount = skillCount;
        this.termNames = termNames;
        this.postingStart = postingStart;
        this.postingRole = postingRole;
        this.postingWeight = postingWeight;
    }

    /** Indexes {@code traits}; role ids must be distinct. The order of the list does not change any score. */
    static FeatureIndex of(List<RoleTraits> traits) {
        Map<String, Integer> skills = new HashMap<>();
        Map<String, Integer> terms = new LinkedHashMap<>();
        Map<String, Integer> texts = new HashMap<>();
        int n = traits.size();
        Counted[] rawSkills = new Counted[n];
        Counted[] rawTerms = new Counted[n];
        String[][] spelled = new String[n][];
        for (int i = 0; i < n; i++) {
            RoleTraits role = traits.get(i);
            boolean allShares = role.skills().stream().allMatch(s -> s.share() != null && s.share() > 0);
            int[] ids = new int[role.skills().size()];
            double[] values = new double[ids.length];
            String[] names = new String[ids.length];
            int k = 0;
            for (Skill skill : role.skills()) {
                String key = Words.skillKey(skill.name());
                if (!key.isEmpty()) {
                    ids[k] = skills.computeIfAbsent(key, x -> skills.size());
                    values[k] = allShares ? skill.share() : 1.0;
                    names[k++] = skill.name().trim();
                }
            }
            rawSkills[i] = Counted.summed(ids, values, names, k);
            spelled[i] = rawSkills[i].names();
            int[] words = new int[16];
            int w = 0;
            for (String responsibility : role.responsibilities()) {
                for (String word : Words.of(responsibility)) {
                    if (w == words.length) {
                        words = Arrays.copyOf(words, w * 2);
                    }
                    words[w++] = terms.computeIfAbsent(word, x -> terms.size());
                }
            }
            rawTerms[i] = Counted.counted(words, w);
        }
        int featureCount = skills.size() + terms.size();
        int[] df = new int[featureCount];
        for (int i = 0; i < n; i++) {
            for (int id : rawSkills[i].ids()) {
                df[id]++;
            }
            for (int id : rawTerms[i].ids()) {
                df[skills.size() + id]++;
            }
        }
        IndexedRole[] indexed = new IndexedRole[n];
        for (int i = 0; i < n; i++) {
            RoleTraits role = traits.get(i);
            indexed[i] = new IndexedRole(role.id(), rawSkills[i].ids(), rawSkills[i].unit(df, 0, n, false), spelled[i],
                    rawTerms[i].ids(), rawTerms[i].unit(df, skills.size(), n, true), intern(texts, role.degree()),
                    intern(texts, role.major()), role.averageSalary());
            rawSkills[i] = null;
            rawTerms[i] = null;
        }
        int[] start = new int[featureCount + 1];
        for (int f = 0; f < featureCount; f++) {
            start[f + 1] = start[f] + df[f];
        }
        int[] fill = Arrays.copyOf(start, featureCount);
        int[] postingRole = new int[start[featureCount]];
        float[] postingWeight = new float[start[featureCount]];
        for (int i = 0; i < n; i++) {
            IndexedRole r = indexed[i];
            for (int k = 0; k < r.skillIds().length; k++) {
                int at = fill[r.skillIds()[k]]++;
                postingRole[at] = i;
                postingWeight[at] = r.skillWeights()[k];
            }
            for (int k = 0; k < r.termIds().length; k++) {
                int at = fill[skills.size() + r.termIds()[k]]++;
                postingRole[at] = i;
                postingWeight[at] = r.termWeights()[k];
            }
        }
        return new FeatureIndex(indexed, skills.size(), terms.keySet().toArray(String[]::new), start, postingRole, postingWeight);
    }

    private static int intern(Map<String, Integer> texts, String text) {
        String key = Words.textKey(text);
        return key == null ? -1 : texts.computeIfAbsent(key, k -> texts.size());
    }

    int size() {
        return roles.length;
    }

    IndexedRole role(int index) {
        return roles[index];
    }

    /** The feature id of a skill id (skills come first, then words). */
    int skillFeature(int skillId) {
        return skillId;
    }

    /** The feature id of a word id. */
    int termFeature(int termId) {
        return skillCount + termId;
    }

    String term(int termId) {
        return termNames[termId];
    }

    /** How many roles have the feature. */
    int frequency(int feature) {
        return postingStart[feature + 1] - postingStart[feature];
    }

    int postingStart(int feature) {
        return postingStart[feature];
    }

    int postingEnd(int feature) {
        return postingStart[feature + 1];
    }

    int postingRole(int at) {
        return postingRole[at];
    }

    float postingWeight(int at) {
        return postingWeight[at];
    }

    /** A role's features before weighting: sorted distinct ids with their summed value (share, presence or count). */
    private record Counted(int[] ids, double[] values, String[] names) {

        /** Distinct skills, a skill listed twice counting its values together and keeping its first spelling. */
        static Counted summed(int[] ids, double[] values, String[] names, int count) {
            Integer[] order = new Integer[count];
            for (int k = 0; k < count; k++) {
                order[k] = k;
            }
            Arrays.sort(order, (x, y) -> ids[x] != ids[y] ? Integer.compare(ids[x], ids[y]) : Integer.compare(x, y));
            int[] outIds = new int[count];
            double[] outValues = new double[count];
            String[] outNames = new String[count];
            int m = -1;
            for (int k = 0; k < count; k++) {
                int at = order[k];
                if (m >= 0 && outIds[m] == ids[at]) {
                    outValues[m] += values[at];
                } else {
                    m++;
                    outIds[m] = ids[at];
                    outValues[m] = values[at];
                    outNames[m] = names[at];
                }
            }
            return new Counted(Arrays.copyOf(outIds, m + 1), Arrays.copyOf(outValues, m + 1), Arrays.copyOf(outNames, m + 1));
        }

        /** Distinct words with the number of times each occurs. */
        static Counted counted(int[] words, int count) {
            int[] sorted = Arrays.copyOf(words, count);
            Arrays.sort(sorted);
            int[] ids = new int[count];
            double[] counts = new double[count];
            int m = -1;
            for (int id : sorted) {
                if (m >= 0 && ids[m] == id) {
                    counts[m]++;
                } else {
                    ids[++m] = id;
                    counts[m] = 1;
                }
            }
            return new Counted(Arrays.copyOf(ids, m + 1), Arrays.copyOf(counts, m + 1), null);
        }

        /** The weights, value (or 1 + ln count) times rarity, scaled to length 1. */
        float[] unit(int[] df, int offset, int n, boolean logCounts) {
            double[] w = new double[ids.length];
            double norm = 0;
            for (int k = 0; k < ids.length; k++) {
                double tf = logCounts ? 1 + Math.log(values[k]) : values[k];
                w[k] = tf * Math.log(1 + (double) n / df[offset + ids[k]]);
                norm += w[k] * w[k];
            }
            norm = Math.sqrt(norm);
            float[] weights = new float[ids.length];
            for (int k = 0; k < ids.length; k++) {
                weights[k] = (float) (w[k] / norm);
            }
            return weights;
        }
    }
}
