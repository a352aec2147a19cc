package org.rolecompare.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Records why a run the rejected share stopped failed as the job execution's exit description, in
 * the one line the operator was shown, so {@code history} can say it: a failed step leaves the
 * job's own exit description empty, and the step's holds a stack trace.
 */
final class FailureReasonListener implements JobExecutionListener {

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.FAILED) {
            return;
        }
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof RejectedShareExceededException) {
                    execution.setExitStatus(new ExitStatus(execution.getExitStatus().getExitCode(), t.getMessage()));
                    return;
                }
            }
        }
    }
}
