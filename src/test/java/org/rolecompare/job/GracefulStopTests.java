package org.rolecompare.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.test.MetaDataInstanceFactory;

/**
 * One stop listener serves all partitions of the report step: after a stop request, each partition
 * is marked to stop at its own next chunk boundary (the one running on the calling thread), and a
 * partition that starts later stops before its first chunk; without a request nothing stops.
 */
class GracefulStopTests {

    @AfterEach
    void release() {
        StepSynchronizationManager.release();
    }

    @Test
    void marksThePartitionRunningOnTheCallingThreadAfterItsChunk() {
        // given
        GracefulStop stop = new GracefulStop();
        GracefulStop.Listener listener = stop.listener();
        StepExecution running = MetaDataInstanceFactory.createStepExecution("pdfReportsWorker:p0001", 11L);
        StepExecution other = MetaDataInstanceFactory.createStepExecution("pdfReportsWorker:p0002", 12L);
        StepSynchronizationManager.register(running);
        listener.afterChunk(new Chunk<>());
        assertThat(running.isTerminateOnly()).isFalse();

        // when
        stop.request();
        listener.afterChunk(new Chunk<>());

        // then
        assertThat(running.isTerminateOnly()).isTrue();
        assertThat(other.isTerminateOnly()).isFalse();
    }

    @Test
    void stopsAPartitionThatStartsAfterTheRequestBeforeItsFirstChunk() {
        // given
        GracefulStop stop = new GracefulStop();
        StepExecution late = MetaDataInstanceFactory.createStepExecution("pdfReportsWorker:p0003", 13L);

        // when
        stop.request();
        stop.listener().beforeStep(late);

        // then
        assertThat(late.isTerminateOnly()).isTrue();
    }
}
