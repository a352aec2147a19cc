package org.rolecompare.cluster;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ends partitions that no process works on any more. When a manager times out or dies, the job
 * execution is over (or is recovered as failed), but its partitions may still say STARTING (their
 * request was never taken) or STARTED (a worker died with it). Marking them FAILED tells a restart
 * to run them again, and tells a worker that later meets one of their old requests to discard it.
 * Called by {@code run} while it holds the run lock, so no live manager owns these executions.
 */
public class ClusterRecovery {

    private final JdbcTemplate jdbc;
    private final JobRepository jobRepository;

    ClusterRecovery(JdbcTemplate jdbc, JobRepository jobRepository) {
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
    }

    /** Marks the unfinished step executions of ended job executions as failed; returns how many. */
    public int failOrphanedPartitions() {
        List<Long> ids = jdbc.queryForList("SELECT s.STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION s"
                + " JOIN BATCH_JOB_EXECUTION j ON j.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID"
                + " WHERE s.STATUS IN ('STARTING', 'STARTED') AND j.STATUS NOT IN ('STARTING', 'STARTED', 'STOPPING')"
                + " ORDER BY s.STEP_EXECUTION_ID", Long.class);
        for (Long id : ids) {
            StepExecution step = jobRepository.getStepExecution(id);
            step.setStatus(BatchStatus.FAILED);
            step.setExitStatus(ExitStatus.FAILED.addExitDescription("abandoned: its job execution ended before it did"
                    + " (manager timeout or crash); the next run renders it again"));
            step.setEndTime(LocalDateTime.now());
            jobRepository.update(step);
        }
        return ids.size();
    }
}
