package org.rolecompare.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rolecompare.generate.SyntheticInput;
import org.rolecompare.ingest.InputFile;
import org.rolecompare.validate.Finding;

/**
 * The counts the cross-check tallies as it reads the staged rows are the counts the staged rows
 * give when counted afterwards ({@link StagingCounts#scan}, the queries the facts ran before), on
 * generated feeds with many defects of every kind: rows rejected by their own rules, roles rejected
 * with all their rows, sums that miss, unknown roles, skipped and rejected comparisons.
 */
class SavedCountsTests {

    private static final long RUN = 7;

    @TempDir
    Path temp;

    private final StagingDatabase db = new StagingDatabase();
    private final StagingStore store = new StagingStore(db.jdbc);
    private final StagingCounts counts = new StagingCounts(db.jdbc);

    @ParameterizedTest
    @ValueSource(longs = {3, 11, 29})
    void tallyTheCountsTheStagedRowsGive(long seed) throws Exception {
        // given
        Path input = temp.resolve("input");
        SyntheticInput.write(new SyntheticInput.Settings(120, 400, seed, 0.3), input);
        StagedInput.load(store, RUN, input);

        // when
        new CrossCheck(db.jdbc, store, counts).run(RUN, 0.5);

        // then
        StagingCounts.RunCounts scanned = counts.scan(RUN);
        assertThat(counts.saved(RUN)).contains(scanned);
        assertThat(scanned.roles().rejected()).isPositive();
        assertThat(scanned.files().get(InputFile.DISTRIBUTIONS).rejected()).isPositive();
        assertThat(scanned.comparisons().read() - scanned.comparisons().accepted() - scanned.comparisons().rejected()).isPositive();
        List<Finding> findings = new ArrayList<>();
        new FindingQueries(db.jdbc).forEachFinding(RUN, findings::add);
        assertThat(findings).isNotEmpty();
    }
}
