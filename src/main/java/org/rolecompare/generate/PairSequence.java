package org.rolecompare.generate;

/**
 * The comparisons to generate: {@code count} distinct unordered pairs of {@code roles} roles, in a
 * seeded pseudo-random order and orientation. Pair number k of the triangular enumeration
 * ((0,1), (0,2), (1,2), (0,3), …) is taken through a {@link Permutation}, so no pair repeats in
 * either order and none pairs a role with itself.
 */
final class PairSequence {

    private final long count;
    private final long seed;
    private final Permutation order;

    PairSequence(int roles, long count, long seed) {
        long possible = possiblePairs(roles);
        if (count < 0 || count > possible) {
            throw new IllegalArgumentException("cannot choose " + count + " distinct comparisons from " + roles
                    + " roles: at most " + possible + " (roles × (roles − 1) / 2)");
        }
        this.count = count;
        this.seed = seed;
        this.order = possible == 0 ? null : new Permutation(possible, seed);
    }

    static long possiblePairs(int roles) {
        return roles < 2 ? 0 : (long) roles * (roles - 1) / 2;
    }

    long count() {
        return count;
    }

    /** The left and right role indexes of comparison {@code n} (0-based, below {@link #count()}). */
    int[] pair(long n) {
        if (n < 0 || n >= count) {
            throw new IndexOutOfBoundsException(n);
        }
        long k = order.apply(n);
        long high = (long) ((1 + Math.sqrt(1 + 8.0 * k)) / 2);
        while (high * (high - 1) / 2 > k) {
            high--;
        }
        while ((high + 1) * high / 2 <= k) {
            high++;
        }
        int low = (int) (k - high * (high - 1) / 2);
        boolean swap = (Permutation.mix(seed ^ (k * 0x9E3779B97F4A7C15L)) & 1) == 1;
        return swap ? new int[] {(int) high, low} : new int[] {low, (int) high};
    }
}
