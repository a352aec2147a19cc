package org.rolecompare.staging;

/**
 * The one key of a staged input row: its run id and its line in one number,
 * {@code run_id * 2^40 + line}, kept in the column {@code k} of the five staging tables of the
 * input files beside the run id and the line themselves.
 *
 * <p>Why one number rather than the pair: H2 keeps a table's rows in a tree by a single BIGINT
 * primary key, when the table has one, and needs nothing else to find them. A two-column key
 * {@code (run_id, line)} is a second tree beside the rows, written, committed and paged out again
 * with every row loaded: validating 150,000 roles (3.3 million rows) spent about a fifth of its
 * loading time on it. A run's rows are the key range {@link #first} to {@link #last}, in line order,
 * so every query that reads a run's rows in order, or a range of its lines, says {@code k BETWEEN ?
 * AND ?} and {@code ORDER BY k}, and H2 and PostgreSQL walk the key.
 *
 * <p>Lines below 2^40 (about 1.1 trillion) fit: input files have far fewer, and the pairs added from
 * related roles are numbered from {@link RelatedStore#FIRST_ADDED_LINE} (10^12) on. Run ids below
 * 2^23 (about 8.4 million runs) fit.
 */
public final class StagingKey {

    private static final int LINE_BITS = 40;
    private static final long LAST_LINE = (1L << LINE_BITS) - 1;
    private static final long LAST_RUN = (1L << (63 - LINE_BITS)) - 1;

    private StagingKey() {
    }

    /** The key of a run's line. */
    public static long of(long runId, long line) {
        if (runId < 0 || runId > LAST_RUN) {
            throw new IllegalArgumentException("run id " + runId + " is outside the staging key's range 0 to " + LAST_RUN);
        }
        if (line < 0 || line > LAST_LINE) {
            throw new IllegalArgumentException("line " + line + " is outside the staging key's range 0 to " + LAST_LINE);
        }
        return (runId << LINE_BITS) | line;
    }

    /** The lowest key a row of the run can have. */
    public static long first(long runId) {
        return of(runId, 0);
    }

    /** The highest key a row of the run can have. */
    public static long last(long runId) {
        return of(runId, LAST_LINE);
    }
}
