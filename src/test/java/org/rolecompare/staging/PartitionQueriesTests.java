package org.rolecompare.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The queries of the partitioned report step against real H2 tables: ranges follow the accepted
 * comparisons in line order and leave other runs and non-accepted lines out, a range reads back
 * exactly its comparisons, and committed reports are counted over every
 * execution of the run.
 */
class PartitionQueriesTests {

    private final StagingDatabase db = new StagingDatabase();
    private final PartitionQueries queries = new PartitionQueries(db.jdbc);

    @Test
    void cutsTheAcceptedComparisonsIntoConsecutiveRangesInLineOrder() {
        // given
        for (long line = 2; line <= 9; line++) {
            db.comparison(7, line, "a" + line, "b" + line, line == 4 ? "REJECTED" : line == 6 ? "SKIPPED" : "ACCEPTED");
        }
        db.comparison(8, 3, "x", "y", "ACCEPTED");

        // when
        List<LineRange> ranges = queries.acceptedRanges(7, 2);

        // then
        assertThat(ranges).containsExactly(new LineRange(2, 3, 2), new LineRange(5, 7, 2), new LineRange(8, 9, 2));
        assertThat(queries.acceptedRanges(7, 5)).containsExactly(new LineRange(2, 8, 5), new LineRange(9, 9, 1));
        assertThat(queries.acceptedRanges(9, 5)).isEmpty();
    }

    @Test
    void readsTheAcceptedComparisonsOfOneRangeOnly() {
        // given
        db.comparison(7, 2, "a", "b", "ACCEPTED").comparison(7, 3, "a", "c", "SKIPPED").comparison(7, 4, "b", "c", "ACCEPTED")
                .comparison(7, 5, "c", "d", "ACCEPTED").comparison(8, 4, "x", "y", "ACCEPTED");

        // when
        List<ComparisonTask> tasks = queries.acceptedIn(7, new LineRange(2, 4, 2));

        // then
        assertThat(tasks).containsExactly(new ComparisonTask(2, "a", "b"), new ComparisonTask(4, "b", "c"));
    }

    @Test
    void namesEachRoleOfTheAcceptedComparisonsOfOneRangeOnce() {
        // given
        db.comparison(7, 2, "a", "b", "ACCEPTED").comparison(7, 3, "c", "d", "SKIPPED").comparison(7, 4, "b", "e", "ACCEPTED")
                .comparison(7, 5, "f", "a", "ACCEPTED").comparison(7, 6, "g", "h", "ACCEPTED").comparison(8, 4, "x", "y", "ACCEPTED");

        // when
        List<String> roles = queries.rolesIn(7, new LineRange(2, 5, 3));

        // then
        assertThat(roles).containsExactlyInAnyOrder("a", "b", "e", "f");
    }

    @Test
    void findsTheLineOfTheNthAcceptedComparison() {
        // given
        db.comparison(7, 2, "a", "b", "ACCEPTED").comparison(7, 3, "a", "c", "REJECTED").comparison(7, 4, "b", "c", "ACCEPTED");

        // when // then
        assertThat(queries.lineOfAccepted(7, 0)).isEqualTo(2);
        assertThat(queries.lineOfAccepted(7, 1)).isEqualTo(4);
        assertThat(queries.lineOfAccepted(7, 2)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void countsTheReportsWorkersWroteInEveryExecutionOfTheRun() {
        // given
        db.jobExecution(7, 70).stepExecution(70, "pdfReportsWorker:p0001", 50).stepExecution(70, "pdfReportsWorker:p0002", 20)
                .stepExecution(70, "pdfReports", 0).stepExecution(70, "loadRoles", 999);
        db.jobExecution(7, 71).stepExecution(71, "pdfReportsWorker:p0002", 30).stepExecution(71, "pdfReports", 30);
        db.jobExecution(8, 80).stepExecution(80, "pdfReportsWorker:p0001", 400);

        // when // then
        assertThat(queries.reportsWritten(7, "pdfReportsWorker")).isEqualTo(100);
        assertThat(queries.reportsWritten(9, "pdfReportsWorker")).isZero();
    }
}
