package org.rolecompare.generate;

/**
 * A keyed pseudo-random bijection of {@code [0, size)}: a small Feistel network over the next even
 * power of two, walked until the value falls back inside the range. It lets the generator pick
 * distinct items (pairs, defective roles) in a shuffled order without remembering which ones it
 * already took, so choosing a million comparisons needs no memory.
 */
final class Permutation {

    private static final int ROUNDS = 4;

    private final long size;
    private final int halfBits;
    private final long mask;
    private final long[] keys = new long[ROUNDS];

    Permutation(long size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive: " + size);
        }
        this.size = size;
        int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(size - 1));
        this.halfBits = (bits + 1) / 2;
        this.mask = (1L << halfBits) - 1;
        long state = seed;
        for (int i = 0; i < ROUNDS; i++) {
            state += 0x9E3779B97F4A7C15L;
            keys[i] = mix(state);
        }
    }

    /** The image of {@code index}; distinct indexes have distinct images. */
    long apply(long index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        long value = index;
        do {
            value = round(value);
        } while (value >= size);
        return value;
    }

    private long round(long value) {
        long left = value >>> halfBits;
        long right = value & mask;
        for (long key : keys) {
            long next = left ^ (mix(right ^ key) & mask);
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }

    /** The SplitMix64 finaliser: spreads every input bit over the whole result. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
