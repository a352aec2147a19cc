package org.rolecompare.job;

import java.time.LocalDate;

import org.rolecompare.changes.ChangeDetection;
import org.rolecompare.staging.StagingStore;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The step that finds what changed since the previous completed run of the same job (the newest
 * earlier run date, see {@link DetectChangesTasklet#previousRun}): roles added and removed and every
 * changed value ({@link ChangeDetection}), stored for the workbook's Changes sheet, the manifest and
 * the one-line note in each affected PDF. Its counts: this run's accepted roles read, changes written, and the
 * roles read that did not change filtered. The previous run's staged data must still be kept
 * (see retention); without it there is nothing to compare and the step says so.
 */
@Configuration(proxyBeanMethods = false)
class ChangesConfiguration {

    static final String PREVIOUS_RUN_DATE = "role-compare.changes.previous-run-date";
    static final String PREVIOUS_RUN_ID = "role-compare.changes.previous-run-id";

    @Bean
    DetectChangesTasklet detectChangesTasklet(JobRepository jobRepository, StagingStore staging, ChangeDetection detection) {
        return new DetectChangesTasklet(jobRepository, staging, detection);
    }

    @Bean
    Step detectChangesStep(JobRepository jobRepository, PlatformTransactionManager tm, DetectChangesTasklet detectChangesTasklet) {
        return new StepBuilder("detectChanges", jobRepository).tasklet(detectChangesTasklet, tm)
                .listener((StepExecutionListener) StepProgressLogger.unbounded("changes")).build();
    }

    /** The run date the detectChanges step compared against, or {@code null}. */
    static LocalDate previousRunDate(StepExecution stepExecution) {
        ExecutionContext context = stepExecution.getJobExecution().getExecutionContext();
        return context.containsKey(PREVIOUS_RUN_DATE) ? LocalDate.parse(context.getString(PREVIOUS_RUN_DATE)) : null;
    }
}
