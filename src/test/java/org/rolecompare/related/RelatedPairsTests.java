package org.rolecompare.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rolecompare.related.RelatedPairs.Pair;

/**
 * The pairs a run adds from the related roles it found: a pair found both ways is one pair, the
 * smaller id on the left; a pair comparisons.csv lists (in either order) is not added again; a pair
 * whose report file name a listed pair uses is left out; and the order depends on the ids alone.
 */
class RelatedPairsTests {

    private static final String VS = "-vs-";

    @Test
    void aPairFoundBothWaysIsAddedOnceWithTheSmallerIdLeft() {
        // given
        List<RelatedRole> found = List.of(related("nurse", "doctor", 1), related("doctor", "nurse", 1), related("doctor", "medic", 2));

        // when
        RelatedPairs.Chosen chosen = RelatedPairs.choose(found, List.of(), (l, r) -> l + VS + r);

        // then
        assertThat(chosen.added()).containsExactly(new Pair("doctor", "medic"), new Pair("doctor", "nurse"));
        assertThat(chosen.foundBothWays()).isEqualTo(1);
        assertThat(chosen.alreadyListed()).isZero();
    }

    @Test
    void aListedPairIsNotAddedAgainInEitherOrder() {
        // given
        List<RelatedRole> found = List.of(related("nurse", "doctor", 1), related("doctor", "nurse", 1), related("clerk", "nurse", 1),
                related("clerk", "teller", 2));
        List<Pair> listed = List.of(new Pair("nurse", "doctor"), new Pair("clerk", "nurse"));

        // when
        RelatedPairs.Chosen chosen = RelatedPairs.choose(found, listed, (l, r) -> l + VS + r);

        // then
        assertThat(chosen.added()).containsExactly(new Pair("clerk", "teller"));
        assertThat(chosen.alreadyListed()).isEqualTo(2);
    }

    @Test
    void aPairWhoseReportNameAListedPairUsesIsLeftOut() {
        // given: "a-vs-b" with "c" and "a" with "b-vs-c" would both be a-vs-b-vs-c.pdf
        List<RelatedRole> found = List.of(related("a", "b-vs-c", 1), related("a", "d", 2));
        List<Pair> listed = List.of(new Pair("a-vs-b", "c"));

        // when
        RelatedPairs.Chosen chosen = RelatedPairs.choose(found, listed, (l, r) -> l + VS + r + ".pdf");

        // then
        assertThat(chosen.added()).containsExactly(new Pair("a", "d"));
        assertThat(chosen.nameTaken()).isEqualTo(1);
    }

    @Test
    void theOrderOfThePairsDependsOnTheIdsNotOnTheOrderFound() {
        // given
        List<RelatedRole> found = List.of(related("b", "c", 1), related("a", "c", 1), related("c", "a", 1), related("b", "a", 2));

        // when
        List<Pair> added = RelatedPairs.choose(found, List.of(), (l, r) -> l + VS + r).added();
        List<RelatedRole> backwards = new ArrayList<>(found);
        Collections.reverse(backwards);
        List<Pair> reversed = RelatedPairs.choose(backwards, List.of(), (l, r) -> l + VS + r).added();

        // then
        assertThat(added).containsExactly(new Pair("a", "b"), new Pair("a", "c"), new Pair("b", "c"));
        assertThat(reversed).isEqualTo(added);
    }

    private static RelatedRole related(String role, String other, int rank) {
        return new RelatedRole(role, other, rank, 0.5, List.of(), "");
    }
}
