package org.rolecompare.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.rolecompare.publish.DataQualityCsv;
import org.rolecompare.publish.RejectedRowsExporter;
import org.rolecompare.publish.Retention;
import org.rolecompare.staging.FindingQueries;
import org.rolecompare.staging.RunQueries;
import org.rolecompare.staging.StagingCounts;
import org.rolecompare.validate.CrossFileRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The step between loading and reporting that stops a run whose feed is too broken: when more than
 * {@code max-rejected-share} of the roles were rejected, the run fails before anything is rendered,
 * and its findings go to {@code OUTPUT/failed/RUN-DATE/} ({@link FailedRunExport}) so the operator
 * can see why without a published run folder.
 */
class RejectedShareGuardTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger("role-compare");

    private final StagingCounts counts;
    private final FindingQueries findings;
    private final RunQueries queries;

    RejectedShareGuardTasklet(StagingCounts counts, FindingQueries findings, RunQueries queries) {
        this.counts = counts;
        this.findings = findings;
        this.queries = queries;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunSettings run = RunSettings.of(contribution.getStepExecution());
        StagingCounts.TableCount roles = counts.roleCount(run.runId());
        if (CrossFileRules.tooManyRejected(roles.read(), roles.rejected(), run.maxRejectedShare())) {
            throw new RejectedShareExceededException(String.format(Locale.ROOT,
                    "%d of %d roles were rejected (%.0f%%), more than max-rejected-share %.0f%%: nothing was published. %s",
                    roles.rejected(), roles.read(), 100.0 * roles.rejected() / roles.read(), 100 * run.maxRejectedShare(),
                    exportFailedRun(contribution.getStepExecution(), run)));
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * Writes the findings of a run the rejected share stops to {@code OUTPUT/failed/RUN-DATE/}
     * ({@link FailedRunExport}) and returns the sentence that says where they are; when they cannot
     * be written, the sentence says so and names the {@code validate} command that lists them.
     */
    private String exportFailedRun(StepExecution step, RunSettings run) {
        try {
            Path dir = FailedRunExport.write(run, ExecutionFacts.of(queries, run), findings);
            Long keep = step.getJobExecution().getJobParameters().getLong(JobParameterNames.KEEP_RUNS);
            if (keep != null && keep > 0) {
                Retention.applyToFailed(run.outputDir().resolve(FailedRunExport.FOLDER), keep.intValue());
            }
            return "The findings are in " + dir.resolve(DataQualityCsv.FILE_NAME) + " and the rejected rows in "
                    + dir.resolve(RejectedRowsExporter.FOLDER) + ".";
        } catch (IOException | RuntimeException e) {
            log.warn("failed run: cannot write the findings to {}", FailedRunExport.dirOf(run.outputDir(), run.runDate()), e);
            return String.format(Locale.ROOT, "The findings could not be written to %s (%s); run 'validate --input=%s --output=DIR'"
                    + " for the full list.", FailedRunExport.dirOf(run.outputDir(), run.runDate()), e.getMessage(), run.inputDir());
        }
    }
}
