package org.rolecompare.job;

import org.rolecompare.staging.CrossCheck;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last ingest step: runs the cross-file rules over the staged rows ({@link CrossCheck}) once
 * all five files are loaded. Its counts: rows read, findings written, and the comparisons rejected
 * or skipped filtered.
 */
class CrossCheckTasklet implements Tasklet {

    private final CrossCheck crossCheck;

    CrossCheckTasklet(CrossCheck crossCheck) {
        this.crossCheck = crossCheck;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunSettings run = RunSettings.of(contribution.getStepExecution());
        CrossCheck.Counts counts = crossCheck.run(run.runId(), run.minKnownFields());
        StepCounts.read(contribution, counts.rowsRead());
        contribution.incrementWriteCount(counts.findings());
        contribution.incrementFilterCount(counts.comparisonsRejected() + counts.comparisonsSkipped());
        return RepeatStatus.FINISHED;
    }
}
