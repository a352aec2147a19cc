package org.rolecompare.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/**
 * Which partition requests a worker runs: a request waiting in the queue can outlive its run (the
 * manager timed out, or a restart replaced it), and rendering for a run that is over would only
 * race the restart's own workers. A redelivered request of a partition a dead worker left STARTED
 * must run, since that is how a killed worker's partition is finished.
 */
class PartitionRequestHandlerTests {

    @Test
    void runsAPartitionThatIsWaitingToStart() {
        // given
        StepExecution partition = partition(BatchStatus.STARTING, null);

        // when // then
        assertThat(PartitionRequestHandler.staleReason(partition)).isNull();
    }

    @Test
    void resumesAPartitionThatADeadWorkerLeftStarted() {
        // given
        StepExecution partition = partition(BatchStatus.STARTED, null);

        // when // then
        assertThat(PartitionRequestHandler.staleReason(partition)).isNull();
    }

    @Test
    void discardsARequestWhoseRunHasEnded() {
        // given
        StepExecution partition = partition(BatchStatus.STARTING, LocalDateTime.of(2026, 11, 27, 2, 40));
        partition.getJobExecution().setStatus(BatchStatus.FAILED);

        // when // then
        assertThat(PartitionRequestHandler.staleReason(partition)).isEqualTo("its job execution 7 has ended (FAILED)");
    }

    @Test
    void discardsARequestForAPartitionAlreadyDoneOrFailed() {
        // given // when // then
        assertThat(PartitionRequestHandler.staleReason(partition(BatchStatus.COMPLETED, null))).isEqualTo("it is already COMPLETED");
        assertThat(PartitionRequestHandler.staleReason(partition(BatchStatus.FAILED, null))).isEqualTo("it is already FAILED");
    }

    @Test
    void discardsARequestForAnUnknownStepExecution() {
        // given // when // then
        assertThat(PartitionRequestHandler.staleReason(null)).isEqualTo("no such step execution in the job repository");
    }

    private static StepExecution partition(BatchStatus status, LocalDateTime jobEnded) {
        JobExecution job = new JobExecution(7, new JobInstance(3, "comparisonJob"), new JobParameters());
        job.setStatus(BatchStatus.STARTED);
        job.setEndTime(jobEnded);
        StepExecution step = new StepExecution(21, "pdfReportsWorker:p0001", job);
        step.setStatus(status);
        return step;
    }
}
