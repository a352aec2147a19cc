package org.rolecompare.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rolecompare.staging.LineRange;
import org.rolecompare.staging.PartitionQueries;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a run's accepted comparisons into many small partitions of consecutive lines, one worker
 * step execution each. Many partitions, not one per thread: threads (or, later, worker machines)
 * that finish early take the next one, so none idles while another renders a long tail, a crashed
 * run redoes only unfinished partitions, and a partition stays short enough to hand to a remote
 * worker. The cut depends only on the staged rows, so a restart finds the same partitions by name
 * and Spring Batch re-runs exactly the ones that did not complete.
 */
class ReportPartitioner implements Partitioner {

    static final String FIRST_LINE = "pdfReports.first-line";
    static final String LAST_LINE = "pdfReports.last-line";
    static final String REPORTS = "pdfReports.reports";

    /** About this many partitions, whatever the run's size, within the bounds below. */
    static final int TARGET_PARTITIONS = 32;
    /** The largest partition: about ten seconds of rendering on one thread. */
    static final int MAX_REPORTS = 2_000;

    private final PartitionQueries queries;
    private final long runId;
    private final long accepted;
    private final int chunkSize;

    /**
     * @param accepted  how many comparisons the run renders (0 when PDFs are off)
     * @param chunkSize the worker's chunk size; partitions are whole chunks where they can be
     */
    ReportPartitioner(PartitionQueries queries, long runId, long accepted, int chunkSize) {
        this.queries = queries;
        this.runId = runId;
        this.accepted = accepted;
        this.chunkSize = chunkSize;
    }

    /** Ranges named {@code p0001}, {@code p0002}, … in line order; {@code gridSize} is not used. */
    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        if (accepted == 0) {
            return partitions;
        }
        List<LineRange> ranges = queries.acceptedRanges(runId, reportsPerPartition(accepted, chunkSize));
        for (int i = 0; i < ranges.size(); i++) {
            partitions.put(String.format(Locale.ROOT, "p%04d", i + 1), contextOf(ranges.get(i)));
        }
        return partitions;
    }

    /**
     * A partition's range in its execution context, which the job repository stores, so a restarted
     * or remote worker reads the same range the manager cut.
     */
    static ExecutionContext contextOf(LineRange range) {
        ExecutionContext context = new ExecutionContext();
        context.putLong(FIRST_LINE, range.firstLine());
        context.putLong(LAST_LINE, range.lastLine());
        context.putLong(REPORTS, range.reports());
        return context;
    }

    /** The range of a partition, from its execution context. */
    static LineRange rangeOf(ExecutionContext context) {
        return new LineRange(context.getLong(FIRST_LINE), context.getLong(LAST_LINE), context.getLong(REPORTS));
    }

    /**
     * About {@link #TARGET_PARTITIONS} partitions, rounded up to whole chunks, at least one chunk and
     * at most {@link #MAX_REPORTS} reports: 120 reports give 3 partitions of up to 50, 10,000 give
     * 29 of 350, a million give 500 of 2,000.
     */
    static int reportsPerPartition(long accepted, int chunkSize) {
        long share = (accepted + TARGET_PARTITIONS - 1) / TARGET_PARTITIONS;
        long chunks = Math.max(1, (share + chunkSize - 1) / chunkSize);
        return (int) Math.min(MAX_REPORTS, chunks * chunkSize);
    }
}
