package org.rolecompare.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;

/**
 * Sends a run whose pairs come from related roles too ({@code pairs.from} related or both) through
 * the {@code findRelated} step; a run of listed pairs skips it, so it neither spends the time nor
 * shows a step that did nothing.
 */
final class PairsDecider implements JobExecutionDecider {

    static final String FIND_RELATED = "FIND_RELATED";
    static final String LISTED_ONLY = "LISTED_ONLY";

    @Override
    public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
        return new FlowExecutionStatus(PairSettings.of(jobExecution.getJobParameters()).findsRelated() ? FIND_RELATED : LISTED_ONLY);
    }
}
