package org.rolecompare.job;

import org.rolecompare.staging.PartitionQueries;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Fails the report step fast: once a partition of the job execution has failed, the run will fail
 * anyway, so a partition that starts afterwards stops before its first chunk instead of rendering
 * (and logging the same error again, partition after partition). It stops as unfinished, so the
 * restart after the fix renders it. The check asks the job repository, so it holds for workers in
 * other processes too. A partition stopped this way is unfinished, not failed: its interruption is
 * taken off its failures so that the run's failure message names the partition that did fail.
 */
final class StopAfterFailedPartition implements StepExecutionListener {

    private final PartitionQueries queries;
    private final String workerStepName;

    StopAfterFailedPartition(PartitionQueries queries, String workerStepName) {
        this.queries = queries;
        this.workerStepName = workerStepName;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (queries.anyFailed(stepExecution.getJobExecutionId(), workerStepName)) {
            stepExecution.setTerminateOnly();
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus() == BatchStatus.STOPPED) {
            stepExecution.getFailureExceptions().removeIf(JobInterruptedException.class::isInstance);
        }
        return stepExecution.getExitStatus();
    }
}
