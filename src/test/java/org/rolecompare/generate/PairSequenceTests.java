package org.rolecompare.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Pairs and permutations: every index maps to a distinct value, so no pair is ever chosen twice. */
class PairSequenceTests {

    @Test
    void allPairsOfSevenRolesAreEachChosenOnce() {
        // given
        PairSequence pairs = new PairSequence(7, 21, 5);
        // when
        Set<String> seen = new HashSet<>();
        for (long n = 0; n < pairs.count(); n++) {
            int[] pair = pairs.pair(n);
            assertThat(pair[0]).isNotEqualTo(pair[1]);
            assertThat(pair[0]).isBetween(0, 6);
            assertThat(pair[1]).isBetween(0, 6);
            seen.add(Math.min(pair[0], pair[1]) + "-" + Math.max(pair[0], pair[1]));
        }
        // then
        assertThat(seen).hasSize(21);
    }

    @Test
    void permutationIsABijectionForAwkwardSizes() {
        for (long size : new long[] {1, 2, 3, 17, 1000, 4097}) {
            // given
            Permutation permutation = new Permutation(size, size * 31);
            // when
            Set<Long> images = new HashSet<>();
            for (long i = 0; i < size; i++) {
                images.add(permutation.apply(i));
            }
            // then
            assertThat(images).as("size " + size).hasSize((int) size).allSatisfy(v -> assertThat(v).isBetween(0L, size - 1));
        }
    }

    @Test
    void pairsOfManyRolesAreSpreadOverTheRoles() {
        // given
        PairSequence pairs = new PairSequence(20_000, 1_000, 1);
        // when
        Set<Integer> roles = new HashSet<>();
        for (long n = 0; n < pairs.count(); n++) {
            int[] pair = pairs.pair(n);
            roles.add(pair[0]);
            roles.add(pair[1]);
        }
        // then
        assertThat(roles).hasSizeGreaterThan(1_500);
    }
}
