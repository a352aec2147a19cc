package org.rolecompare.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.rolecompare.changes.ChangeQueries;
import org.rolecompare.files.PartialFiles;
import org.rolecompare.files.ReportFiles;
import org.rolecompare.files.RunFacts;
import org.rolecompare.ingest.SourceFile;
import org.rolecompare.publish.DataQualityCsv;
import org.rolecompare.publish.HashAhead;
import org.rolecompare.publish.ManifestWriter;
import org.rolecompare.publish.PublishedRun;
import org.rolecompare.publish.RejectedRowsExporter;
import org.rolecompare.publish.Retention;
import org.rolecompare.publish.RunPublisher;
import org.rolecompare.report.csv.ComparisonsCsv;
import org.rolecompare.staging.FindingQueries;
import org.rolecompare.staging.PartitionQueries;
import org.rolecompare.staging.RunQueries;
import org.rolecompare.staging.StagingStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The last step of the comparison job: writes the last files (data-quality.csv, rejected rows,
 * manifest) into the run's own staging folder, checks it holds everything the earlier steps
 * committed, and renames it into place ({@link RunPublisher}); then removes the findings of an
 * earlier failed run of the date and applies retention. The exit code of the run is decided here
 * and left in the job's execution context.
 *
 * <p>Idempotent: a restart that finds its own run already in place (the manifest names its staging
 * folder) verifies the files against the manifest and completes, rather than publishing again.
 */
class PublishTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger("role-compare");

    private final StagingStore staging;
    private final Queries queries;
    private final ReportHashing reportHashing;
    private final PublishObserver observer;

    PublishTasklet(StagingStore staging, Queries queries, ReportHashing reportHashing, PublishObserver observer) {
        this.staging = staging;
        this.queries = queries;
        this.reportHashing = reportHashing;
        this.observer = observer;
    }

    /** The queries of the publish step, as one bean. */
    @Component
    record Queries(RunQueries run, FindingQueries findings, ChangeQueries changes, PartitionQueries partitions) {
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        observer.beforePublish();
        StepExecution step = contribution.getStepExecution();
        RunSettings run = RunSettings.of(step);
        PairSettings pairs = PairSettings.of(step.getJobParameters());
        RunFacts facts = ExecutionFacts.of(queries.run(), run, pairs);
        int exitCode = facts.errorFindings() > 0 ? ExitCodes.REJECTIONS : ExitCodes.OK;
        Optional<PublishedRun> already = PublishedRun.read(run.publishedDir()).filter(p -> p.publishedFrom(run.staging().id()));
        if (already.isPresent()) {
            confirmPublished(already.get());
        } else {
            stageAndPublish(step, run, pairs, facts, exitCode);
        }
        FailedRunExport.removeAfterPublish(run.outputDir(), run.runDate());
        Long keep = step.getJobExecution().getJobParameters().getLong(JobParameterNames.KEEP_RUNS);
        if (keep != null && keep > 0) {
            Retention.apply(run.outputDir(), run.outputDir().resolve(FailedRunExport.FOLDER), keep.intValue(), run.publishedDir(),
                    staging::pruneRuns);
        }
        step.getJobExecution().getExecutionContext().putInt(JobParameterNames.EXIT_CODE, exitCode);
        return RepeatStatus.FINISHED;
    }

    /**
     * A restart of a publish that renamed the folder into place but died before the job was recorded
     * complete: the folder is this run's (its manifest names this run's staging folder), so it is
     * verified against the manifest and kept, never replaced by whatever is left in staging.
     */
    private static void confirmPublished(PublishedRun published) {
        PublishedRun.Check check = published.check();
        if (check.firstDifference().isPresent()) {
            throw new IllegalStateException("the run folder " + published.dir() + " was published by this run before the process ended,"
                    + " but " + check.firstDifference().get() + "; restore the file, or start over (README, Troubleshooting)");
        }
        log.info("publish: {} already holds this run (renamed into place before the process ended); its {} files match the manifest",
                published.dir(), check.files());
    }

    /** Writes the last files into the run's own staging folder, checks it is complete and renames it into place. */
    private void stageAndPublish(StepExecution step, RunSettings run, PairSettings pairs, RunFacts facts, int exitCode)
            throws IOException, InterruptedException {
        run.staging().requireOwned();
        Path dir = run.stagingDir();
        PartialFiles.removeBelow(dir);
        requireCommittedFiles(run, pairs, dir);
        DataQualityCsv.write(dir.resolve(DataQualityCsv.FILE_NAME), sink -> queries.findings().forEachFinding(run.runId(), sink));
        new RejectedRowsExporter(queries.findings()).export(run.runId(), run.inputDir(), dir, facts);
        ZoneId zone = ZoneId.systemDefault();
        OffsetDateTime started = step.getJobExecution().getStartTime().atZone(zone).toOffsetDateTime();
        ManifestWriter.RunIdentity identity = new ManifestWriter.RunIdentity(run.runId(), step.getJobExecutionId(), run.staging().id(),
                step.getJobExecution().getJobParameters().getString(JobParameterNames.INPUT_FINGERPRINT));
        Map<String, HashAhead.Hashed> hashedAhead = reportHashing.take(step.getJobExecutionId());
        ManifestWriter.write(dir, facts, new ManifestWriter.Details(started, OffsetDateTime.now(zone), exitCode,
                queries.findings().findingsByRule(run.runId()), new ManifestWriter.Changes(ChangesConfiguration.previousRunDate(step),
                        sink -> queries.changes().forEachChange(run.runId(), sink)),
                staging.fileHashes(run.runId()).get(SourceFile.FILE_NAME), identity), hashedAhead);
        RunPublisher.publish(dir, run.publishedDir(), observer::betweenReplaceRenames);
        observer.afterPublishRename();
    }

    /**
     * Refuses to publish a staging folder that lacks what the earlier steps committed: as many PDF
     * reports and comparison web pages as the report step's committed chunks wrote (each when the
     * run makes them), the site's index, and the workbook and its CSVs.
     */
    private void requireCommittedFiles(RunSettings run, PairSettings pairs, Path dir) throws IOException {
        long committed = queries.partitions().reportsWritten(run.runId(), ReportSteps.WORKER);
        if (run.pdfReports()) {
            requireReports(dir, ReportFiles.PDF_FOLDER, ".pdf", "PDF reports", committed);
        }
        List<String> files = new ArrayList<>(List.of(WorkbookTasklet.WORKBOOK_FILE, ComparisonsCsv.FILE_NAME));
        if (run.htmlPages()) {
            requireReports(dir, ReportFiles.PAGE_FOLDER, ".html", "comparison web pages", committed);
            files.add(ReportFiles.SITE_FOLDER + "/index.html");
        }
        if (pairs.findsRelated()) {
            files.add(WorkbookTasklet.RELATED_FILE);
        }
        for (String file : files) {
            if (!Files.isRegularFile(dir.resolve(file))) {
                throw new IllegalStateException("the staging folder " + dir + " lacks " + file + ", which an earlier step wrote;"
                        + " it is not published");
            }
        }
    }

    /** Throws unless {@code folder} of the staging folder holds at least {@code committed} files ending in {@code suffix}. */
    private static void requireReports(Path dir, String folder, String suffix, String what, long committed) throws IOException {
        long present = 0;
        Path reports = dir.resolve(folder);
        if (Files.isDirectory(reports)) {
            try (Stream<Path> files = Files.list(reports)) {
                present = files.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
            }
        }
        if (present < committed) {
            throw new IllegalStateException(String.format(Locale.ROOT, "the staging folder %s holds %d %s, but the report step"
                    + " committed %d; it is not published", dir, present, what, committed));
        }
    }
}
