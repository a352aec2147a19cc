package org.rolecompare.staging;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The queries of the partitioned report step: how the accepted comparisons split into line ranges,
 * what one range holds, and how many reports the workers have
 * committed. Everything a worker needs comes from here or from its partition's execution context,
 * so a worker in another process would find exactly what a local thread finds.
 */
@Repository
public class PartitionQueries {

    /** The accepted comparisons of a key range; parameters: its first and last key ({@link StagingKey}). */
    private static final String ACCEPTED = "k BETWEEN ? AND ? AND status = 'ACCEPTED'";

    private final JdbcTemplate jdbc;

    public PartitionQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Cuts the accepted comparisons, in line order, into consecutive ranges of {@code size}
     * comparisons (the last may be shorter). The same staged rows always give the same ranges.
     */
    public List<LineRange> acceptedRanges(long runId, int size) {
        List<LineRange> ranges = new ArrayList<>();
        long[] open = {0, 0, 0}; // first line, last line, comparisons in the range
        jdbc.query("SELECT line FROM rc_comparison WHERE " + ACCEPTED + " ORDER BY k", rs -> {
            long line = rs.getLong(1);
            if (open[2] == 0) {
                open[0] = line;
            }
            open[1] = line;
            if (++open[2] == size) {
                ranges.add(new LineRange(open[0], open[1], open[2]));
                open[2] = 0;
            }
        }, StagingKey.first(runId), StagingKey.last(runId));
        if (open[2] > 0) {
            ranges.add(new LineRange(open[0], open[1], open[2]));
        }
        return ranges;
    }

    /** The accepted comparisons of one range, in line order. */
    public List<ComparisonTask> acceptedIn(long runId, LineRange range) {
        return jdbc.query("SELECT line, left_id, right_id FROM rc_comparison WHERE " + ACCEPTED
                + " ORDER BY k", (rs, i) -> new ComparisonTask(rs.getLong(1), rs.getString(2), rs.getString(3)),
                StagingKey.of(runId, range.firstLine()), StagingKey.of(runId, range.lastLine()));
    }

    /** The ids of the roles the accepted comparisons of one range name, each once. */
    public List<String> rolesIn(long runId, LineRange range) {
        return jdbc.queryForList("SELECT left_id FROM rc_comparison WHERE " + ACCEPTED
                + " UNION SELECT right_id FROM rc_comparison WHERE " + ACCEPTED, String.class,
                StagingKey.of(runId, range.firstLine()), StagingKey.of(runId, range.lastLine()), StagingKey.of(runId, range.firstLine()), StagingKey.of(runId, range.lastLine()));
    }

    /** The line of the accepted comparison with this 0-based position, or {@code Long.MAX_VALUE} past the end. */
    public long lineOfAccepted(long runId, long position) {
        List<Long> lines = jdbc.queryForList("SELECT line FROM rc_comparison WHERE " + ACCEPTED
                + " ORDER BY k OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY", Long.class, StagingKey.first(runId), StagingKey.last(runId), position);
        return lines.isEmpty() ? Long.MAX_VALUE : lines.get(0);
    }

    /**
     * Reports committed so far by the workers of a partitioned step, over all executions of the job
     * instance: a restarted run counts what its earlier executions already wrote.
     */
    public long reportsWritten(long jobInstanceId, String workerStepName) {
        Long n = jdbc.queryForObject("SELECT COALESCE(SUM(s.WRITE_COUNT), 0) FROM BATCH_STEP_EXECUTION s"
                + " JOIN BATCH_JOB_EXECUTION j ON j.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID"
                + " WHERE j.JOB_INSTANCE_ID = ? AND s.STEP_NAME LIKE ?", Long.class, jobInstanceId, workerStepName + ":%");
        return n == null ? 0 : n;
    }

    /** Whether a worker of this job execution has failed (then the partitions not started yet need not start). */
    public boolean anyFailed(long jobExecutionId, String workerStepName) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? AND STEP_NAME LIKE ?"
                + " AND STATUS = 'FAILED'", Integer.class, jobExecutionId, workerStepName + ":%");
        return n != null && n > 0;
    }
}
