package org.rolecompare.validate;

import java.util.Arrays;

/**
 * Remembers the role pairs of comparisons.csv met so far, read in line order, to find the pairs
 * listed again (rule {@code duplicate-comparison}): for each pair, in either order, the line it was
 * first listed on and the orders it has been listed in.
 *
 * <p>Roles are numbered by the caller, so a pair is one {@code long} and a million comparisons
 * take some 30 MB in two flat arrays instead of a million map entries (a sort or an index in the
 * database cost far more time). The table doubles as it fills.
 */
public final class PairLedger {

    /** An earlier listing of the same pair: the line it was first listed on, and whether in the same order. */
    public record Earlier(long firstLine, boolean sameOrder) {
    }

    private static final long EMPTY = -1;
    private static final long FORWARD = 1;
    private static final long BACKWARD = 2;

    private long[] keys;
    /** First line shifted left by two, or'ed with the orders seen. */
    private long[] entries;
    private int size;

    public PairLedger() {
        allocate(1 << 10);
    }

    /**
     * Records that line {@code line} lists roles {@code left} and {@code right} (numbers ≥ 0, lines
     * in increasing order); returns the earlier listing of the pair, or {@code null} for its first.
     */
    public Earlier record(int left, int right, long line) {
        if (left < 0 || right < 0) {
            throw new IllegalArgumentException("role numbers are not negative: " + left + ", " + right);
        }
        long order = left <= right ? FORWARD : BACKWARD;
        long key = (long) Math.min(left, right) << 32 | Math.max(left, right);
        int slot = slot(key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            entries[slot] = line << 2 | order;
            if (++size * 2 > keys.length) {
                grow();
            }
            return null;
        }
        long entry = entries[slot];
        entries[slot] = entry | order;
        return new Earlier(entry >>> 2, (entry & order) != 0);
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = (int) mix(key) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = slot + 1 & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldEntries = entries;
        allocate(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                entries[slot] = oldEntries[i];
            }
        }
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        entries = new long[capacity];
    }

    /** Spreads the bits of a key (the finaliser of MurmurHash3), so neighbouring pairs do not cluster. */
    private static long mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
