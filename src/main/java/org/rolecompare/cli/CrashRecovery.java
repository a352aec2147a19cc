package org.rolecompare.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

import org.rolecompare.cluster.ClusterRecovery;
import org.rolecompare.job.JobNames;
import org.rolecompare.job.JobParameterNames;
import org.rolecompare.job.StagingOwnership;
import org.rolecompare.publish.RunPublisher;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * What a process that died (kill -9, power loss) left behind, undone by the next {@code run} once
 * it holds the run lock and before it decides what to run: executions still marked as running,
 * report partitions of a cluster run left unfinished, a run folder renamed aside by an interrupted
 * publish and staging folders nobody can use any more. Kept apart from the command because it must
 * happen first, whatever the run then does, and says in its own lines what it did.
 */
final class CrashRecovery {

    private final BatchSession session;
    private final PrintWriter out;

    CrashRecovery(BatchSession session, PrintWriter out) {
        this.session = session;
        this.out = out;
    }

    /**
     * This process holds the run lock, so an execution still marked as running was left so by a
     * process that died (kill -9, power loss). Marking it failed lets the run restart from its last
     * committed chunk instead of blocking every later run.
     */
    void recoverStaleExecutions(JobParameters parameters) {
        JobRepository repository = session.bean(JobRepository.class);
        JobOperator operator = session.bean(JobOperator.class);
        for (JobExecution stale : repository.findRunningJobExecutions(JobNames.COMPARISON)) {
            operator.recover(stale);
            out.println("role-compare: recovered execution " + stale.getId() + " (run date "
                    + stale.getJobParameters().getLocalDate(JobParameterNames.RUN_DATE)
                    + "), left running by a process that ended; " + whatHappensTo(stale, parameters) + ".");
        }
        ClusterRecovery cluster = session.beanIfPresent(ClusterRecovery.class);
        int orphaned = cluster == null ? 0 : cluster.failOrphanedPartitions();
        if (orphaned > 0) {
            out.println("role-compare: marked " + orphaned + " report partitions of ended runs as failed"
                    + " (left unfinished by a manager timeout or crash); a restart renders them again.");
        }
    }

    /**
     * What this run does with a recovered execution: only the same job instance (same run date,
     * input and output folder) resumes it; any other run starts on its own, and says why.
     */
    private static String whatHappensTo(JobExecution stale, JobParameters current) {
        JobParameters before = stale.getJobParameters();
        LocalDate staleDate = before.getLocalDate(JobParameterNames.RUN_DATE);
        if (!Objects.equals(staleDate, current.getLocalDate(JobParameterNames.RUN_DATE))) {
            return "this run is of another date, so it starts on its own; run date " + staleDate
                    + " resumes from its last committed chunk when it is run again on the same input";
        }
        if (!Objects.equals(before.getString(JobParameterNames.INPUT_FINGERPRINT),
                current.getString(JobParameterNames.INPUT_FINGERPRINT))) {
            return "a new run starts (the input changed since execution " + stale.getId() + ")";
        }
        if (!Objects.equals(before.getString(JobParameterNames.OUTPUT_DIR), current.getString(JobParameterNames.OUTPUT_DIR))) {
            return "a new run starts (the output folder changed since execution " + stale.getId() + ": it was "
                    + before.getString(JobParameterNames.OUTPUT_DIR) + ")";
        }
        if (!before.getIdentifyingParameters().equals(current.getIdentifyingParameters())) {
            return "a new run starts (the job's parameters changed since execution " + stale.getId() + ")";
        }
        return "it will resume from its last committed chunk";
    }

    /**
     * Undoes what a crash left half-done in the output folder before anything looks at it: a run
     * folder renamed aside by an interrupted replace is put back, and staging folders that nobody
     * can use any more are removed (each with a log line; see {@link StagingOwnership#removeAbandoned}).
     */
    void recoverOutputFolder(Path outputDir) throws IOException {
        for (String line : RunPublisher.recoverInterrupted(outputDir)) {
            LoggerFactory.getLogger("role-compare").info("publish: {}", line);
        }
        session.bean(StagingOwnership.class).removeAbandoned(outputDir);
    }
}
