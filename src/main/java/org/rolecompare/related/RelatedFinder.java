package org.rolecompare.related;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finds each role's most related roles without scoring all pairs: 150,000 roles would be 10^10
 * scores. For one role, the roles sharing a skill or a responsibility word with it are gathered
 * from the inverted index, rarest feature first, and given a rough score (the part of the cosine
 * those shared features make); the best {@value #CANDIDATES} of them are then scored exactly and the
 * top {@code perRole} at or above {@code minScore} kept. A feature so common that its role list
 * would pass the scan budget ({@value #SCAN_BUDGET} postings per role) is skipped for gathering:
 * it weighs little (its rarity factor is small) and would otherwise make the search quadratic. A
 * role whose only link to another is such a common feature can therefore be missed; the recall
 * this costs is measured against {@link #exact} (BENCHMARKS.md).
 *
 * <p>Roles are independent, so they are split over threads; the answer does not depend on the
 * number of threads. Ties are broken by role id.
 */
public final class RelatedFinder {

    static final int CANDIDATES = 64;
    static final int SCAN_BUDGET = 20_000;
    private static final int SHARED_WORDS_SHOWN = 3;

    private final FeatureIndex index;
    private final int perRole;
    private final double minScore;

    private RelatedFinder(FeatureIndex index, int perRole, double minScore) {
        this.index = index;
        this.perRole = perRole;
        this.minScore = minScore;
    }

    /**
     * @param perRole how many related roles to keep per role (at least 1)
     * @param minScore the lowest score kept, in [0, 1]
     */
    public static RelatedFinder of(List<RoleTraits> roles, int perRole, double minScore) {
        if (perRole < 1) {
            throw new IllegalArgumentException("per-role must be at least 1, not " + perRole);
        }
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("min-score must be between 0 and 1, not " + minScore);
        }
        return new RelatedFinder(FeatureIndex.of(roles), perRole, minScore);
    }

    /** Every role's related roles, in the order of the roles given, each role's list by rank. */
    public List<RelatedRole> find(int threads) {
        return collect(threads, this::search);
    }

    /** The same answer by scoring every pair: for measuring the recall of {@link #find} on a few thousand roles. */
    public List<RelatedRole> exact(int threads) {
        return collect(threads, this::scoreAll);
    }

    private interface Search {
        List<RelatedRole> of(int role, Scratch scratch);
    }

    private List<RelatedRole> collect(int threads, Search search) {
        int n = index.size();
        @SuppressWarnings("unchecked")
        List<RelatedRole>[] found = new List[n];
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            Scratch scratch = new Scratch(n);
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                found[i] = search.of(i, scratch);
            }
        };
        List<Thread> started = new ArrayList<>();
        for (int t = 1; t < Math.max(1, threads); t++) {
            Thread thread = new Thread(work, "related-" + t);
            thread.start();
            started.add(thread);
        }
        work.run();
        for (Thread thread : started) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while finding related roles", e);
            }
        }
        List<RelatedRole> all = new ArrayList<>();
        for (List<RelatedRole> one : found) {
            all.addAll(one);
        }
        return all;
    }

    /** Per-thread arrays reused from role to role: a rough score per role and the roles touched. */
    private static final class Scratch {
        final float[] rough;
        final int[] touched;
        int touchedCount;

        Scratch(int n) {
            rough = new float[n];
            touched = new int[n];
        }
    }

    private List<RelatedRole> search(int a, Scratch scratch) {
        IndexedRole role = index.role(a);
        Feature[] features = rarestFirst(role);
        int scanned = 0;
        for (int k = 0; k < features.length; k++) {
            int from = index.postingStart(features[k].id());
            int to = index.postingEnd(features[k].id());
            if (k > 0 && scanned + (to - from) > SCAN_BUDGET) {
                break;
            }
            scanned += to - from;
            float w = features[k].weight();
            for (int at = from; at < to; at++) {
                int b = index.postingRole(at);
                if (b == a) {
                    continue;
                }
                if (scratch.rough[b] == 0f) {
                    scratch.touched[scratch.touchedCount++] = b;
                }
                // weights are positive; the floor keeps a touched role non-zero should a product underflow
                scratch.rough[b] += Math.max(Float.MIN_VALUE, w * index.postingWeight(at));
            }
        }
        int[] candidates = best(scratch);
        List<Scored> scored = new ArrayList<>(candidates.length);
        for (int b : candidates) {
            scored.add(new Scored(b, Similarity.score(role, index.role(b))));
        }
        return top(a, scored);
    }

    private List<RelatedRole> scoreAll(int a, Scratch scratch) {
        IndexedRole role = index.role(a);
        List<Scored> scored = new ArrayList<>();
        for (int b = 0; b < index.size(); b++) {
            if (b != a) {
                scored.add(new Scored(b, Similarity.score(role, index.role(b))));
            }
        }
        return top(a, scored);
    }

    /** A feature of one role: its id in the index and the role's weight of it, scaled by its part of the score. */
    private record Feature(int id, float weight) {
    }

    /** The role's skill and word features, the rarest (the most telling, the cheapest to scan) first, ties by id. */
    private Feature[] rarestFirst(IndexedRole role) {
        int skills = role.skillIds().length;
        long[] keyed = new long[skills + role.termIds().length];
        for (int k = 0; k < keyed.length; k++) {
            int feature = k < skills ? index.skillFeature(role.skillIds()[k]) : index.termFeature(role.termIds()[k - skills]);
            keyed[k] = ((long) index.frequency(feature) << 32) | feature;
        }
        long[] order = new long[keyed.length];
        for (int k = 0; k < keyed.length; k++) {
            order[k] = (keyed[k] & 0xFFFF_FFFF_0000_0000L) | k;
        }
        Arrays.sort(order);
        Feature[] features = new Feature[keyed.length];
        for (int i = 0; i < order.length; i++) {
            int k = (int) order[i];
            int feature = (int) keyed[k];
            float weight = k < skills ? (float) (Similarity.SKILLS * role.skillWeights()[k])
                    : (float) (Similarity.RESPONSIBILITIES * role.termWeights()[k - skills]);
            features[i] = new Feature(feature, weight);
        }
        return features;
    }

    /**
     * The touched roles with the best rough scores (ties by index), clearing the scratch arrays: a
     * bounded heap keeps the {@value #CANDIDATES} best, so a role touching thousands costs no sort.
     */
    private static int[] best(Scratch scratch) {
        long[] heap = new long[CANDIDATES];
        int size = 0;
        for (int i = 0; i < scratch.touchedCount; i++) {
            int b = scratch.touched[i];
            // the key orders better candidates higher: the float's bits order like the float for positive values
            long key = ((long) Float.floatToIntBits(scratch.rough[b]) << 32) | (Integer.MAX_VALUE - b);
            scratch.rough[b] = 0f;
            if (size < CANDIDATES) {
                heap[size] = key;
                up(heap, size++);
            } else if (key > heap[0]) {
                heap[0] = key;
                down(heap, size);
            }
        }
        scratch.touchedCount = 0;
        int[] best = new int[size];
        for (int i = 0; i < size; i++) {
            best[i] = Integer.MAX_VALUE - (int) heap[i];
        }
        Arrays.sort(best);
        return best;
    }

    /** Min-heap: moves the key at {@code at} up to its place. */
    private static void up(long[] heap, int at) {
        while (at > 0 && heap[(at - 1) / 2] > heap[at]) {
            swap(heap, at, (at - 1) / 2);
            at = (at - 1) / 2;
        }
    }

    /** Min-heap: moves the root down to its place. */
    private static void down(long[] heap, int size) {
        int at = 0;
        while (true) {
            int smallest = at;
            int left = 2 * at + 1;
            if (left < size && heap[left] < heap[smallest]) {
                smallest = left;
            }
            if (left + 1 < size && heap[left + 1] < heap[smallest]) {
                smallest = left + 1;
            }
            if (smallest == at) {
                return;
            }
            swap(heap, at, smallest);
            at = smallest;
        }
    }

    private static void swap(long[] heap, int a, int b) {
        long t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }

    private record Scored(int role, double score) {
    }

    private List<RelatedRole> top(int a, List<Scored> scored) {
        IndexedRole role = index.role(a);
        List<Scored> kept = scored.stream().filter(s -> s.score() >= minScore && s.score() > 0)
                .sorted(Comparator.comparingDouble(Scored::score).reversed()
                        .thenComparing(s -> index.role(s.role()).id()))
                .limit(perRole).toList();
        List<RelatedRole> related = new ArrayList<>(kept.size());
        for (int r = 0; r < kept.size(); r++) {
            IndexedRole other = index.role(kept.get(r).role());
            related.add(new RelatedRole(role.id(), other.id(), r + 1, kept.get(r).score(), sharedSkills(role, other),
                    reason(role, other)));
        }
        return related;
    }

    /** The skills both roles list, weightiest first (ties by name), as {@code role} spells them. */
    static List<String> sharedSkills(IndexedRole role, IndexedRole other) {
        return Shared.ranked(role.skillIds(), role.skillWeights(), other.skillIds(), other.skillWeights(),
                at -> role.skillNames()[at], Integer.MAX_VALUE);
    }

    private String reason(IndexedRole role, IndexedRole other) {
        Similarity.Parts parts = Similarity.parts(role, other);
        List<String> said = new ArrayList<>();
        List<String> skills = sharedSkills(role, other);
        if (!skills.isEmpty()) {
            said.add(skills.size() == 1 ? "1 shared skill" : skills.size() + " shared skills");
        }
        List<String> words = sharedWords(role, other);
        if (!words.isEmpty()) {
            said.add("responsibilities share " + String.join(", ", words));
        }
        if (!Double.isNaN(parts.education()) && parts.education() > 0) {
            said.add(parts.education() == 1 ? "same education" : "same degree or major");
        }
        if (!Double.isNaN(parts.salary())) {
            double ratio = Math.max(role.averageSalary(), other.averageSalary()) / Math.min(role.averageSalary(), other.averageSalary());
            said.add(ratio <= 1.1 ? "salaries within 10%" : String.format(Locale.ROOT, "salaries %.1f× apart", ratio));
        }
        return String.join("; ", said);
    }

    /** Up to three responsibility words both roles use, weightiest first. */
    private List<String> sharedWords(IndexedRole role, IndexedRole other) {
        return Shared.ranked(role.termIds(), role.termWeights(), other.termIds(), other.termWeights(),
                at -> index.term(role.termIds()[at]), SHARED_WORDS_SHOWN);
    }
}
