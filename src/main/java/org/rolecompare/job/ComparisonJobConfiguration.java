package org.rolecompare.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;

import org.rolecompare.ingest.SourceFile;
import org.rolecompare.publish.DataQualityCsv;
import org.rolecompare.publish.ManifestWriter;
import org.rolecompare.publish.PartialFiles;
import org.rolecompare.publish.RunPublisher;
import org.rolecompare.report.RunFacts;
import org.rolecompare.report.csv.ComparisonsCsv;
import org.rolecompare.report.xlsx.WorkbookWriter;
import org.rolecompare.validate.CrossFileRules;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly comparison job: load and validate the five files, guard against a broken feed, render
 * one PDF per accepted comparison, write the workbook, then publish the run folder in one rename.
 *
 * <p>Everything is built in the run's own staging folder, {@code OUTPUT/.staging/RUN-DATE-RUNID-RANDOM/}
 * ({@link StagingFolder}), and only the publish step moves it to {@code OUTPUT/RUN-DATE/}, so a
 * failed or killed run never leaves a folder that looks complete, and a restart finds its staging
 * folder and its committed chunks where it left them.
 */
@Configuration(proxyBeanMethods = false)
class ComparisonJobConfiguration {

    static final String JOB_NAME = "comparisonJob";
    private static final String RUN_ID = "#{stepExecution.jobExecution.jobInstanceId}";

    @Bean
    Job comparisonJob(JobRepository jobRepository, Flow ingestFlow, Step rejectedShareGuardStep, Step detectChangesStep,
                      Step pdfReportsStep, Step workbookStep, Step publishStep, StagingOwnership stagingOwnership) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(stagingOwnership)
                .start(ingestFlow)
                .next(rejectedShareGuardStep)
                .next(detectChangesStep)
                .next(pdfReportsStep)
                .next(workbookStep)
                .next(publishStep)
                .end()
                .build();
    }

    @Bean
    Step rejectedShareGuardStep(JobRepository jobRepository, PlatformTransactionManager tm, StagingRepository staging) {
        return new StepBuilder("rejectedShareGuard", jobRepository).tasklet((contribution, chunk) -> {
            RunSettings run = RunSettings.of(contribution.getStepExecution());
            StagingRepository.TableCount roles = staging.roleCount(run.runId());
            if (CrossFileRules.tooManyRejected(roles.read(), roles.rejected(), run.maxRejectedShare())) {
                throw new RejectedShareExceededException(String.format(Locale.ROOT,
                        "%d of %d roles were rejected (%.0f%%), more than max-rejected-share %.0f%%: nothing was published."
                                + " Run 'validate --input=%s --output=DIR' for the full list of findings.",
                        roles.rejected(), roles.read(), 100.0 * roles.rejected() / roles.read(), 100 * run.maxRejectedShare(),
                        run.inputDir()));
            }
            return RepeatStatus.FINISHED;
        }, tm).listener((StepExecutionListener) StepProgressLogger.tasklet()).build();
    }

    /** The run date the detectChanges step compared against, or {@code null}. */
    static java.time.LocalDate previousRunDate(StepExecution stepExecution) {
        var context = stepExecution.getJobExecution().getExecutionContext();
        return context.containsKey(ChangesConfiguration.PREVIOUS_RUN_DATE)
                ? java.time.LocalDate.parse(context.getString(ChangesConfiguration.PREVIOUS_RUN_DATE)) : null;
    }

    @Bean
    Step workbookStep(JobRepository jobRepository, PlatformTransactionManager tm, StagingRepository staging, RunQueries queries) {
        return new StepBuilder("workbook", jobRepository).tasklet((contribution, chunk) -> {
            RunSettings run = RunSettings.of(contribution.getStepExecution());
            run.staging().requireOwned();
            java.time.LocalDate previousRunDate = previousRunDate(contribution.getStepExecution());
            // one pass over the comparisons feeds both files; the CSV is written on a second core
            try (ComparisonsCsv.Background csv = ComparisonsCsv.inBackground(run.stagingDir().resolve(ComparisonsCsv.FILE_NAME),
                    staging.acceptedDimensions(run.runId()))) {
                WorkbookWriter.write(new JdbcWorkbookSource(staging, queries, run, previousRunDate, csv),
                        run.stagingDir().resolve("comparisons.xlsx"));
                csv.finish();
            }
            return RepeatStatus.FINISHED;
        }, tm).listener((StepExecutionListener) StepProgressLogger.tasklet()).build();
    }

    @Bean
    Step publishStep(JobRepository jobRepository, PlatformTransactionManager tm, StagingRepository staging, RunQueries queries) {
        return new StepBuilder("publish", jobRepository).tasklet((contribution, chunk) -> {
            StepExecution step = contribution.getStepExecution();
            RunSettings run = RunSettings.of(step);
            run.staging().requireOwned();
            Path dir = run.stagingDir();
            PartialFiles.removeBelow(dir);
            DataQualityCsv.write(dir.resolve(DataQualityCsv.FILE_NAME), sink -> staging.forEachFinding(run.runId(), sink));
            RunFacts facts = queries.facts(run);
            new RejectedRowsExporter(staging).export(run.runId(), run.inputDir(), dir, facts);
            int exitCode = facts.errorFindings() > 0 ? ExitCodes.REJECTIONS : ExitCodes.OK;
            ZoneId zone = ZoneId.systemDefault();
            OffsetDateTime started = step.getJobExecution().getStartTime().atZone(zone).toOffsetDateTime();
            ManifestWriter.write(dir, facts, new ManifestWriter.Details(started, OffsetDateTime.now(zone), exitCode,
                    queries.findingsByRule(run.runId()), new ManifestWriter.Changes(previousRunDate(step),
                            sink -> staging.forEachChange(run.runId(), sink)),
                    staging.fileHashes(run.runId()).get(SourceFile.FILE_NAME)));
            RunPublisher.publish(dir, run.publishedDir());
            Long keep = step.getJobExecution().getJobParameters().getLong(JobParameterNames.KEEP_RUNS);
            if (keep != null && keep > 0) {
                Retention.apply(run.outputDir(), staging, keep.intValue(), run.publishedDir());
            }
            step.getJobExecution().getExecutionContext().putInt(JobParameterNames.EXIT_CODE, exitCode);
            return RepeatStatus.FINISHED;
        }, tm).listener((StepExecutionListener) StepProgressLogger.tasklet()).build();
    }
}
