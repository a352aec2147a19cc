package org.rolecompare.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.rolecompare.changes.ChangeQueries;
import org.rolecompare.files.PartialFiles;
import org.rolecompare.files.RunFacts;
import org.rolecompare.ingest.SourceFile;
import org.rolecompare.publish.CrashPoints;
import org.rolecompare.publish.DataQualityCsv;
import org.rolecompare.publish.ManifestWriter;
import org.rolecompare.publish.PublishedRun;
import org.rolecompare.publish.RejectedRowsExporter;
import org.rolecompare.publish.Retention;
import org.rolecompare.publish.RunPublisher;
import org.rolecompare.report.csv.ComparisonsCsv;
import org.rolecompare.report.xlsx.WorkbookWriter;
import org.rolecompare.staging.FindingQueries;
import org.rolecompare.staging.PartitionQueries;
import org.rolecompare.staging.RunQueries;
import org.rolecompare.staging.StagingCounts;
import org.rolecompare.staging.StagingStore;
import org.rolecompare.validate.CrossFileRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly comparison job: load and validate the five files, guard against a broken feed, render
 * one PDF per accepted comparison, write the workbook, then publish the run folder in one rename.
 *
 * <p>Everything is built in the run's own staging folder, {@code OUTPUT/.staging/RUN-DATE-RUNID-RANDOM/}
 * ({@link StagingFolder}), and only the publish step moves it to {@code OUTPUT/RUN-DATE/}, so a
 * failed or killed run never leaves a folder that looks complete, and a restart finds its staging
 * folder and its committed chunks where it left them. Publishing is idempotent: a restarted publish
 * step that finds its own run already in place (the manifest names its staging folder) verifies the
 * files against the manifest and completes, and a staging folder that lacks files the steps
 * committed is never published.
 */
@Configuration(proxyBeanMethods = false)
class ComparisonJobConfiguration {

    private static final Logger log = LoggerFactory.getLogger("role-compare");

    @Bean
    Job comparisonJob(JobRepository jobRepository, Flow ingestFlow, Step rejectedShareGuardStep, Step detectChangesStep,
                      Step pdfReportsStep, Step workbookStep, Step publishStep, StagingOwnership stagingOwnership) {
        return new JobBuilder(JobNames.COMPARISON, jobRepository)
                .listener(stagingOwnership)
                .listener(new FailureReasonListener())
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
    Step rejectedShareGuardStep(JobRepository jobRepository, PlatformTransactionManager tm, StagingCounts counts,
                                FindingQueries findings, RunQueries queries) {
        return new StepBuilder("rejectedShareGuard", jobRepository).tasklet((contribution, chunk) -> {
            RunSettings run = RunSettings.of(contribution.getStepExecution());
            StagingCounts.TableCount roles = counts.roleCount(run.runId());
            if (CrossFileRules.tooManyRejected(roles.read(), roles.rejected(), run.maxRejectedShare())) {
                throw new RejectedShareExceededException(String.format(Locale.ROOT,
                        "%d of %d roles were rejected (%.0f%%), more than max-rejected-share %.0f%%: nothing was published. %s",
                        roles.rejected(), roles.read(), 100.0 * roles.rejected() / roles.read(), 100 * run.maxRejectedShare(),
                        exportFailedRun(contribution.getStepExecution(), run, findings, queries)));
            }
            return RepeatStatus.FINISHED;
        }, tm).listener((StepExecutionListener) StepProgressLogger.tasklet()).build();
    }

    /**
     * Writes the findings of a run the rejected share stops to {@code OUTPUT/failed/RUN-DATE/}
     * ({@link FailedRunExport}) and returns the sentence that says where they are; when they cannot
     * be written, the sentence says so and names the {@code validate} command that lists them.
     */
    private static String exportFailedRun(StepExecution step, RunSettings run, FindingQueries findings, RunQueries queries) {
        try {
            Path dir = FailedRunExport.write(run, ExecutionFacts.of(queries, run), findings);
            Long keep = step.getJobExecution().getJobParameters().getLong(JobParameterNames.KEEP_RUNS);
            if (keep != null && keep > 0) {
                Retention.applyToFailed(run.outputDir().resolve(FailedRunExport.FOLDER), keep.intValue());
            }
            return "The findings are in " + dir.resolve(DataQualityCsv.FILE_NAME) + " and the rejected rows in "
                    + dir.resolve(RejectedRowsExporter.FOLDER) + ".";
        } catch (java.io.IOException | RuntimeException e) {
            log.warn("failed run: cannot write the findings to {}", FailedRunExport.dirOf(run.outputDir(), run.runDate()), e);
            return String.format(Locale.ROOT, "The findings could not be written to %s (%s); run 'validate --input=%s --output=DIR'"
                    + " for the full list.", FailedRunExport.dirOf(run.outputDir(), run.runDate()), e.getMessage(), run.inputDir());
        }
    }

    /** The run date the detectChanges step compared against, or {@code null}. */
    static java.time.LocalDate previousRunDate(StepExecution stepExecution) {
        var context = stepExecution.getJobExecution().getExecutionContext();
        return context.containsKey(ChangesConfiguration.PREVIOUS_RUN_DATE)
                ? java.time.LocalDate.parse(context.getString(ChangesConfiguration.PREVIOUS_RUN_DATE)) : null;
    }

    @Bean
    Step workbookStep(JobRepository jobRepository, PlatformTransactionManager tm, JdbcWorkbookSource.Queries queries) {
        return new StepBuilder("workbook", jobRepository).tasklet((contribution, chunk) -> {
            RunSettings run = RunSettings.of(contribution.getStepExecution());
            run.staging().requireOwned();
            java.time.LocalDate previousRunDate = previousRunDate(contribution.getStepExecution());
            // one pass over the comparisons feeds both files; the CSV is written on a second core
            try (ComparisonsCsv.Background csv = ComparisonsCsv.inBackground(run.stagingDir().resolve(ComparisonsCsv.FILE_NAME),
                    queries.rows().dimensions(run.runId()))) {
                WorkbookWriter.write(new JdbcWorkbookSource(queries, run, previousRunDate, csv),
                        run.stagingDir().resolve("comparisons.xlsx"));
                csv.finish();
            }
            return RepeatStatus.FINISHED;
        }, tm).listener((StepExecutionListener) StepProgressLogger.tasklet()).build();
    }

    @Bean
    Step publishStep(JobRepository jobRepository, PlatformTransactionManager tm, StagingStore staging, PublishQueries queries) {
        return new StepBuilder("publish", jobRepository).tasklet((contribution, chunk) -> {
            CrashPoints.reached(CrashPoints.BEFORE_PUBLISH);
            StepExecution step = contribution.getStepExecution();
            RunSettings run = RunSettings.of(step);
            RunFacts facts = ExecutionFacts.of(queries.run(), run);
            int exitCode = facts.errorFindings() > 0 ? ExitCodes.REJECTIONS : ExitCodes.OK;
            Optional<PublishedRun> already = PublishedRun.read(run.publishedDir()).filter(p -> p.publishedFrom(run.staging().id()));
            if (already.isPresent()) {
                confirmPublished(already.get());
            } else {
                stageAndPublish(step, run, facts, exitCode, staging, queries);
            }
            FailedRunExport.removeAfterPublish(run.outputDir(), run.runDate());
            Long keep = step.getJobExecution().getJobParameters().getLong(JobParameterNames.KEEP_RUNS);
            if (keep != null && keep > 0) {
                Retention.apply(run.outputDir(), run.outputDir().resolve(FailedRunExport.FOLDER), keep.intValue(), run.publishedDir(),
                        staging::pruneRuns);
            }
            step.getJobExecution().getExecutionContext().putInt(JobParameterNames.EXIT_CODE, exitCode);
            return RepeatStatus.FINISHED;
        }, tm).listener((StepExecutionListener) StepProgressLogger.tasklet()).build();
    }

    /** The queries of the publish step, as one bean. */
    @Component
    record PublishQueries(RunQueries run, FindingQueries findings, ChangeQueries changes, PartitionQueries partitions) {
    }

    /**
     * A restart of a publish that renamed the folder into place but died before the job was recorded
     * complete: the folder is this run's (its manifest names this run's staging folder), so it is
     * verified against the manifest and kept, never replaced by whatever is left in staging.
     */
    private static void confirmPublished(PublishedRun published) {
        Optional<String> difference = published.firstDifference();
        if (difference.isPresent()) {
            throw new IllegalStateException("the run folder " + published.dir() + " was published by this run before the process ended,"
                    + " but " + difference.get() + "; restore the file, or start over (README, Troubleshooting)");
        }
        log.info("publish: {} already holds this run (renamed into place before the process ended); its {} files match the manifest",
                published.dir(), published.outputs().size());
    }

    /** Writes the last files into the run's own staging folder, checks it is complete and renames it into place. */
    private static void stageAndPublish(StepExecution step, RunSettings run, RunFacts facts, int exitCode, StagingStore staging,
                                        PublishQueries queries) throws Exception {
        run.staging().requireOwned();
        Path dir = run.stagingDir();
        PartialFiles.removeBelow(dir);
        requireCommittedFiles(run, dir, queries.partitions());
        DataQualityCsv.write(dir.resolve(DataQualityCsv.FILE_NAME), sink -> queries.findings().forEachFinding(run.runId(), sink));
        new RejectedRowsExporter(queries.findings()).export(run.runId(), run.inputDir(), dir, facts);
        ZoneId zone = ZoneId.systemDefault();
        OffsetDateTime started = step.getJobExecution().getStartTime().atZone(zone).toOffsetDateTime();
        ManifestWriter.RunIdentity identity = new ManifestWriter.RunIdentity(run.runId(), step.getJobExecutionId(), run.staging().id(),
                step.getJobExecution().getJobParameters().getString(JobParameterNames.INPUT_FINGERPRINT));
        ManifestWriter.write(dir, facts, new ManifestWriter.Details(started, OffsetDateTime.now(zone), exitCode,
                queries.findings().findingsByRule(run.runId()), new ManifestWriter.Changes(previousRunDate(step),
                        sink -> queries.changes().forEachChange(run.runId(), sink)),
                staging.fileHashes(run.runId()).get(SourceFile.FILE_NAME), identity));
        RunPublisher.publish(dir, run.publishedDir());
        CrashPoints.reached(CrashPoints.AFTER_PUBLISH_RENAME);
    }

    /**
     * Refuses to publish a staging folder that lacks what the earlier steps committed: as many PDF
     * reports as the report step's committed chunks wrote, and the workbook and its CSV.
     */
    private static void requireCommittedFiles(RunSettings run, Path dir, PartitionQueries partitions) throws java.io.IOException {
        long committed = partitions.reportsWritten(run.runId(), ReportSteps.WORKER);
        long present = 0;
        Path pdfDir = dir.resolve("pdf");
        if (Files.isDirectory(pdfDir)) {
            try (Stream<Path> files = Files.list(pdfDir)) {
                present = files.filter(p -> p.getFileName().toString().endsWith(".pdf")).count();
            }
        }
        if (present < committed) {
            throw new IllegalStateException(String.format(Locale.ROOT, "the staging folder %s holds %d PDF reports, but the report step"
                    + " committed %d; it is not published", dir, present, committed));
        }
        for (String file : new String[] {"comparisons.xlsx", ComparisonsCsv.FILE_NAME}) {
            if (!Files.isRegularFile(dir.resolve(file))) {
                throw new IllegalStateException("the staging folder " + dir + " lacks " + file + ", which the workbook step wrote;"
                        + " it is not published");
            }
        }
    }
}
