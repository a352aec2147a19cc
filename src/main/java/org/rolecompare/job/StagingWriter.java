package org.rolecompare.job;

import java.util.ArrayList;
import java.util.List;

import org.rolecompare.staging.StagingStore;
import org.rolecompare.validate.Finding;
import org.rolecompare.validate.ValidatedRow;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of validated rows of one file, accepted and rejected alike, together with their
 * findings, inside the chunk's transaction: a row and its findings are committed together or not
 * at all.
 */
class StagingWriter<T> implements ItemWriter<ValidatedRow<T>> {

    /** Inserts rows of one staging table. */
    @FunctionalInterface
    interface RowSaver<T> {
        void save(long runId, List<? extends ValidatedRow<T>> rows);
    }

    private final StagingStore staging;
    private final long runId;
    private final RowSaver<T> saver;

    StagingWriter(StagingStore staging, long runId, RowSaver<T> saver) {
        this.staging = staging;
        this.runId = runId;
        this.saver = saver;
    }

    @Override
    public void write(Chunk<? extends ValidatedRow<T>> chunk) {
        saver.save(runId, chunk.getItems());
        List<Finding> findings = new ArrayList<>();
        for (ValidatedRow<T> row : chunk.getItems()) {
            findings.addAll(row.findings());
        }
        staging.saveFindings(runId, findings);
    }
}
