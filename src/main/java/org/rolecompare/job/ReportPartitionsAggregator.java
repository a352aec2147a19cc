package org.rolecompare.job;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;

/**
 * Adds the partitions' counts into the manager step, as Spring Batch's own aggregator does, and
 * when a partition failed, fails the manager with that partition's error rather than with a bare
 * "unsuccessful step": the operator's one-line message then says what went wrong. The first failed
 * partition in line order is named, so the message does not depend on which thread failed first.
 */
final class ReportPartitionsAggregator implements StepExecutionAggregator {

    private final StepExecutionAggregator delegate;

    /** @param delegate adds up the counts, e.g. Spring Batch's default or remote aggregator */
    ReportPartitionsAggregator(StepExecutionAggregator delegate) {
        this.delegate = delegate;
    }

    @Override
    public void aggregate(StepExecution result, Collection<StepExecution> executions) {
        delegate.aggregate(result, executions);
        executions.stream().filter(e -> e.getStatus() == BatchStatus.FAILED).min(Comparator.comparing(StepExecution::getStepName))
                .ifPresent(failed -> {
                    List<Throwable> failures = failed.getFailureExceptions();
                    Throwable cause = failures.isEmpty() ? null : failures.get(0);
                    String why = cause == null ? failed.getExitStatus().getExitDescription() : rootCause(cause).getMessage();
                    throw new IllegalStateException("report partition " + failed.getStepName() + " failed: " + why, cause);
                });
    }

    private static Throwable rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
