package org.rolecompare.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;

/**
 * The report step's result: the partitions' counts add up in the manager step, and a failed
 * partition fails the manager with its own error, the first in line order whatever the timing.
 */
class ReportPartitionsAggregatorTests {

    private final JobExecution job = MetaDataInstanceFactory.createJobExecution();
    private final ReportPartitionsAggregator aggregator = new ReportPartitionsAggregator(new DefaultStepExecutionAggregator());

    @Test
    void addsUpThePartitionsCounts() {
        // given
        StepExecution manager = new StepExecution("pdfReports", job);

        // when
        aggregator.aggregate(manager, List.of(partition("p0001", BatchStatus.COMPLETED, 50), partition("p0002", BatchStatus.COMPLETED, 20)));

        // then
        assertThat(manager.getWriteCount()).isEqualTo(70);
    }

    @Test
    void failsTheManagerWithTheErrorOfTheFirstFailedPartition() {
        // given
        StepExecution manager = new StepExecution("pdfReports", job);
        StepExecution third = partition("p0003", BatchStatus.FAILED, 0);
        third.addFailureException(new IllegalStateException("font missing"));
        StepExecution second = partition("p0002", BatchStatus.FAILED, 0);
        second.addFailureException(new RuntimeException("Unable to process chunk", new IllegalArgumentException("no such role r-9")));

        // when // then
        assertThatThrownBy(() -> aggregator.aggregate(manager, List.of(third, partition("p0001", BatchStatus.COMPLETED, 50), second)))
                .hasMessage("report partition pdfReportsWorker:p0002 failed: no such role r-9")
                .hasRootCauseMessage("no such role r-9");
        assertThat(manager.getWriteCount()).isEqualTo(50);
    }

    private StepExecution partition(String name, BatchStatus status, long written) {
        StepExecution partition = new StepExecution("pdfReportsWorker:" + name, job);
        partition.setStatus(status);
        partition.setWriteCount(written);
        return partition;
    }
}
