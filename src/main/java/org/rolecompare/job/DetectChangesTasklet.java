package org.rolecompare.job;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.rolecompare.changes.ChangeDetection;
import org.rolecompare.staging.StagingStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Finds what changed since the previous completed run of the same job ({@link #previousRun}) and
 * stores it ({@link ChangeDetection}); tells the later steps which run it compared with through the
 * job's execution context. Its counts: this run's accepted roles read, changes written, and the
 * roles read that did not change filtered.
 */
class DetectChangesTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger("role-compare");
    private static final int INSTANCES_SEARCHED = 100;

    private final JobRepository jobRepository;
    private final StagingStore staging;
    private final ChangeDetection detection;

    DetectChangesTasklet(JobRepository jobRepository, StagingStore staging, ChangeDetection detection) {
        this.jobRepository = jobRepository;
        this.staging = staging;
        this.detection = detection;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunSettings run = RunSettings.of(contribution.getStepExecution());
        ExecutionContext context = contribution.getStepExecution().getJobExecution().getExecutionContext();
        Optional<JobExecution> previous = previousRun(run);
        if (previous.isEmpty()) {
            log.info("changes: no earlier completed run of job {} to compare with", run.jobName());
            return RepeatStatus.FINISHED;
        }
        JobExecution p = previous.get();
        String date = String.valueOf(p.getJobParameters().getLocalDate(JobParameterNames.RUN_DATE));
        ChangeDetection.Found found = detection.detect(run.runId(), p.getJobInstanceId());
        StepCounts.read(contribution, found.rolesCompared());
        contribution.incrementWriteCount(found.changes());
        contribution.incrementFilterCount(found.rolesCompared() - found.rolesChanged());
        context.putString(ChangesConfiguration.PREVIOUS_RUN_DATE, date);
        context.putLong(ChangesConfiguration.PREVIOUS_RUN_ID, p.getJobInstanceId());
        log.info("changes: {} since the run of {} (execution {})", found.changes(), date, p.getId());
        return RepeatStatus.FINISHED;
    }

    /**
     * The run to compare with: a completed run of the same job name, whose staged data is still kept,
     * of the newest run date strictly before this run's. Never a later date (a backfill compares with
     * what came before it, not with what came after) and never this run's own date (a re-run on changed
     * input replaces that date's run; it is not a change since it). Of several runs of that date (one
     * replaced the other), the newest.
     */
    private Optional<JobExecution> previousRun(RunSettings run) {
        JobExecution newest = null;
        LocalDate newestDate = null;
        // newest instance first, so of two runs of one date the later (the one published) wins
        for (JobInstance instance : jobRepository.getJobInstances(JobNames.COMPARISON, 0, INSTANCES_SEARCHED)) {
            if (instance.getInstanceId() == run.runId()) {
                continue;
            }
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last == null || last.getStatus() != BatchStatus.COMPLETED
                    || !Objects.equals(last.getJobParameters().getString(JobParameterNames.JOB_NAME), run.jobName())) {
                continue;
            }
            LocalDate date = last.getJobParameters().getLocalDate(JobParameterNames.RUN_DATE);
            if (date != null && date.isBefore(run.runDate()) && (newestDate == null || date.isAfter(newestDate))
                    && staging.hasRun(instance.getInstanceId())) {
                newest = last;
                newestDate = date;
            }
        }
        return Optional.ofNullable(newest);
    }
}
