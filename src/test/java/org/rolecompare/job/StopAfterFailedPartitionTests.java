package org.rolecompare.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rolecompare.staging.PartitionQueries;
import org.rolecompare.staging.StagingDatabase;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;

/**
 * Once a partition of an execution failed, partitions that start later stop before rendering;
 * failures of other executions, or of other steps, do not stop them; a stopped partition is not
 * counted as failed.
 */
class StopAfterFailedPartitionTests {

    private final StagingDatabase db = new StagingDatabase();
    private final StopAfterFailedPartition listener = new StopAfterFailedPartition(new PartitionQueries(db.jdbc), "pdfReportsWorker");

    @Test
    void stopsAPartitionThatStartsAfterAnotherFailed() {
        // given
        db.jobExecution(7, 70).stepExecution(70, "pdfReportsWorker:p0001", "COMPLETED", 50)
                .stepExecution(70, "pdfReportsWorker:p0002", "FAILED", 0);
        StepExecution next = MetaDataInstanceFactory.createStepExecution(MetaDataInstanceFactory.createJobExecution(70L), "pdfReportsWorker:p0003", 3L);

        // when
        listener.beforeStep(next);

        // then
        assertThat(next.isTerminateOnly()).isTrue();
    }

    @Test
    void letsAPartitionStartWhenNoPartitionOfItsExecutionFailed() {
        // given
        db.jobExecution(7, 70).stepExecution(70, "pdfReportsWorker:p0002", "FAILED", 0)
                .jobExecution(7, 71).stepExecution(71, "pdfReportsWorker:p0001", "COMPLETED", 50).stepExecution(71, "loadRoles", "FAILED", 0);
        StepExecution next = MetaDataInstanceFactory.createStepExecution(MetaDataInstanceFactory.createJobExecution(71L), "pdfReportsWorker:p0002", 3L);

        // when
        listener.beforeStep(next);

        // then
        assertThat(next.isTerminateOnly()).isFalse();
    }

    @Test
    void leavesAStoppedPartitionUnfinishedButNotFailed() {
        // given
        StepExecution stopped = MetaDataInstanceFactory.createStepExecution("pdfReportsWorker:p0003", 3L);
        stopped.setStatus(BatchStatus.STOPPED);
        stopped.addFailureException(new JobInterruptedException("JobExecution interrupted."));

        // when
        listener.afterStep(stopped);

        // then
        assertThat(stopped.getStatus()).isEqualTo(BatchStatus.STOPPED);
        assertThat(stopped.getFailureExceptions()).isEmpty();
    }
}
