package org.rolecompare.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.generate.SyntheticInput;
import org.rolecompare.related.RelatedInput;
import org.rolecompare.related.RelatedPairs.Pair;
import org.rolecompare.related.RelatedRole;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The related roles of a run in real H2 staging tables: a run finds them from the same traits the
 * {@code related} command reads from the folder; storing them again replaces what an earlier attempt
 * stored, under the same lines, so a restarted run renders the same pairs; the added pairs read back
 * as accepted comparisons after the listed ones and never as listed; and the rows come back with the
 * roles' titles, by role and rank, or by the pairs of one partition either way round.
 */
class RelatedStoreTests {

    private static final long RUN = 7;
    private static final double MIN_KNOWN_FIELDS = 0.5;

    @TempDir
    Path dir;

    private JdbcTemplate jdbc;
    private StagingStore store;
    private RelatedStore related;

    @BeforeEach
    void loadGeneratedInput() throws Exception {
        jdbc = new StagingDatabase().jdbc;
        store = new StagingStore(jdbc);
        related = new RelatedStore(jdbc, store);
        SyntheticInput.write(new SyntheticInput.Settings(40, 3, 3, 0, 5), dir);
        StagedInput.load(store, RUN, dir);
        new CrossCheck(jdbc, store, new StagingCounts(jdbc)).run(RUN, MIN_KNOWN_FIELDS);
    }

    @Test
    void theTraitsOfTheAcceptedRolesAreWhatTheRelatedCommandReadsFromTheFolder() {
        // given
        RelatedInput.Read read = RelatedInput.read(dir);

        // when // then
        assertThat(related.traits(RUN)).hasSize(40).isEqualTo(read.roles());
    }

    @Test
    void storingAgainReplacesTheEarlierAttemptUnderTheSameLines() {
        // given
        List<Pair> listed = related.listedPairs(RUN);
        String first = listed.get(0).leftId();
        List<RelatedRole> found = List.of(new RelatedRole(first, "x-1", 1, 0.5, List.of("Billing", "Coding"), "2 shared skills"),
                new RelatedRole("x-1", first, 1, 0.5, List.of("Billing", "Coding"), "2 shared skills"));
        related.replace(RUN, found, List.of(new Pair("a", "b"), new Pair("a", "c")));

        // when
        related.replace(RUN, found, List.of(new Pair("a", "b")));

        // then
        assertThat(listed).hasSize(3);
        assertThat(related.listedPairs(RUN)).as("added pairs are never listed ones").isEqualTo(listed);
        assertThat(related.addedPairs(RUN)).isEqualTo(1);
        List<ComparisonTask> accepted = new ArrayList<>();
        new ComparisonQueries(jdbc).forEachAccepted(RUN, accepted::add);
        assertThat(accepted).hasSize(4).last().isEqualTo(new ComparisonTask(RelatedStore.FIRST_ADDED_LINE, "a", "b"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rc_related WHERE run_id = ?", Long.class, RUN)).isEqualTo(2);
    }

    @Test
    void readsTheRowsWithTitlesByRoleAndRankAndThoseOfAPartitionsPairsEitherWayRound() {
        // given
        Pair listed = related.listedPairs(RUN).get(0);
        String left = listed.leftId();
        String right = listed.rightId();
        related.replace(RUN, List.of(new RelatedRole(right, left, 2, 0.41, List.of("Billing"), "1 shared skill"),
                new RelatedRole(right, "x", 1, 0.6, List.of(), "salaries within 10%")), List.of());

        // when
        List<RelatedStore.TitledRelated> rows = new ArrayList<>();
        related.forEachRelated(RUN, rows::add);
        Map<List<String>, RelatedRole> ofRange = related.relatedIn(RUN, new LineRange(2, 2, 1));

        // then
        assertThat(rows).as("a role that is not accepted has no row with titles").hasSize(1);
        assertThat(rows.get(0).related().relatedRoleId()).isEqualTo(left);
        assertThat(rows.get(0).related().sharedSkills()).containsExactly("Billing");
        assertThat(rows.get(0).roleTitle()).isNotBlank();
        assertThat(ofRange).containsOnlyKeys(List.of(right, left));
        assertThat(ofRange.get(List.of(right, left)).score()).isEqualTo(0.41);
    }

    @Test
    void clearingARunRemovesItsRelatedRoles() {
        // given
        related.replace(RUN, List.of(new RelatedRole("a", "b", 1, 0.5, List.of(), "")), List.of(new Pair("a", "b")));

        // when
        store.clear(RUN);

        // then
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rc_related", Long.class)).isZero();
        assertThat(related.addedPairs(RUN)).isZero();
    }
}
