package org.rolecompare.job;

import java.util.List;

import org.rolecompare.staging.ComparisonTask;
import org.rolecompare.staging.LineRange;
import org.rolecompare.staging.PartitionQueries;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the accepted comparisons of one partition. A partition is at most a few thousand short
 * rows, so they are read in one query when the step opens and no database cursor (and connection)
 * stays open while reports render; the item count saved with each chunk lets a restarted
 * partition skip what its earlier execution committed.
 */
class PartitionReader extends AbstractItemCountingItemStreamItemReader<ComparisonTask> {

    private final PartitionQueries queries;
    private final long runId;
    private final LineRange range;
    private List<ComparisonTask> tasks = List.of();
    private int next;

    PartitionReader(PartitionQueries queries, long runId, LineRange range) {
        this.queries = queries;
        this.runId = runId;
        this.range = range;
        setName("acceptedComparisons");
    }

    @Override
    protected void doOpen() {
        tasks = queries.acceptedIn(runId, range);
        next = 0;
    }

    @Override
    protected ComparisonTask doRead() {
        return next < tasks.size() ? tasks.get(next++) : null;
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        next = Math.min(itemIndex, tasks.size());
    }

    @Override
    protected void doClose() {
        tasks = List.of();
    }
}
