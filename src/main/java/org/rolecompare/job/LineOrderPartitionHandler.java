package org.rolecompare.job;

import java.util.Set;

import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.StepExecution;

/**
 * Runs the report partitions on a task executor, as Spring Batch's handler does, but hands them out
 * in line order ({@code p0001}, {@code p0002}, …) rather than in the order of a hash set: reports
 * then appear roughly in the order of comparisons.csv, and a failure or a stop leaves the early
 * lines done and the late ones to do, the same way on every run.
 */
class LineOrderPartitionHandler extends TaskExecutorPartitionHandler {

    @Override
    protected Set<StepExecution> doHandle(StepExecution managerStepExecution, Set<StepExecution> partitionStepExecutions)
            throws Exception {
        return super.doHandle(managerStepExecution, ReportSteps.inLineOrder(partitionStepExecutions));
    }
}
