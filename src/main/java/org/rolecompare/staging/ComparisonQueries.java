package org.rolecompare.staging;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The accepted comparisons of a run, the ones that get a report and a workbook row, read in line
 * order a page at a time ({@link Pages}) however many there are.
 */
@Repository
public class ComparisonQueries {

    private static final String ACCEPTED_PAGE = "SELECT line, left_id, right_id FROM rc_comparison"
            + " WHERE k BETWEEN ? AND ? AND status = ? ORDER BY k FETCH FIRST ? ROWS ONLY";

    private final JdbcTemplate jdbc;

    public ComparisonQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every accepted comparison of a run, in line order. */
    public void forEachAccepted(long runId, Consumer<ComparisonTask> sink) {
        forEachAcceptedPage(runId, page -> page.forEach(sink));
    }

    /** As {@link #forEachAccepted}, a page (in line order) at a time. */
    public void forEachAcceptedPage(long runId, Consumer<List<ComparisonTask>> sink) {
        Pages.forEach(jdbc, ACCEPTED_PAGE, (rs, i) -> new ComparisonTask(rs.getLong(1), rs.getString(2), rs.getString(3)),
                ComparisonTask::line, sink, runId, StagingStore.ACCEPTED);
    }

    /** How many comparisons of the run are accepted: the reports to write. */
    public long acceptedCount(long runId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM rc_comparison WHERE k BETWEEN ? AND ? AND status = ?", Long.class,
                StagingKey.first(runId), StagingKey.last(runId),
                StagingStore.ACCEPTED);
        return n == null ? 0 : n;
    }
}
