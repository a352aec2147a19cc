package org.rolecompare.job;

import java.io.IOException;
import java.nio.file.Path;

import org.rolecompare.publish.DataQualityCsv;
import org.rolecompare.publish.RejectedRowsExporter;
import org.rolecompare.staging.FindingQueries;
import org.rolecompare.staging.RunQueries;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The {@code validate} command's last step: writes {@code data-quality.csv} and {@code rejected/}
 * straight into the output folder when one is given (a validation publishes no run folder), and
 * nothing otherwise.
 */
class DataQualityTasklet implements Tasklet {

    private final FindingQueries findings;
    private final RunQueries queries;

    DataQualityTasklet(FindingQueries findings, RunQueries queries) {
        this.findings = findings;
        this.queries = queries;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        RunSettings run = RunSettings.of(contribution.getStepExecution());
        Path output = run.outputDir();
        if (output != null) {
            DataQualityCsv.write(output.resolve(DataQualityCsv.FILE_NAME), sink -> findings.forEachFinding(run.runId(), sink));
            new RejectedRowsExporter(findings).export(run.runId(), run.inputDir(), output, ExecutionFacts.of(queries, run));
        }
        return RepeatStatus.FINISHED;
    }
}
