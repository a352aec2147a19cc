package org.rolecompare.job;

import java.nio.file.Path;

import org.rolecompare.publish.DataQualityCsv;
import org.rolecompare.publish.RejectedRowsExporter;
import org.rolecompare.staging.FindingQueries;
import org.rolecompare.staging.RunQueries;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code validate} command's job: the same ingest and validation steps as the nightly job,
 * then {@code data-quality.csv} when an output folder is given, and no reports.
 */
@Configuration(proxyBeanMethods = false)
class ValidationJobConfiguration {

    static final String JOB_NAME = "validationJob";

    @Bean
    Job validationJob(JobRepository jobRepository, Flow ingestFlow, Step dataQualityStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(ingestFlow)
                .next(dataQualityStep)
                .end()
                .build();
    }

    @Bean
    Step dataQualityStep(JobRepository jobRepository, PlatformTransactionManager tm, FindingQueries findings, RunQueries queries) {
        return new StepBuilder("dataQuality", jobRepository).tasklet((contribution, chunk) -> {
            RunSettings run = RunSettings.of(contribution.getStepExecution());
            Path output = run.outputDir();
            if (output != null) {
                DataQualityCsv.write(output.resolve(DataQualityCsv.FILE_NAME), sink -> findings.forEachFinding(run.runId(), sink));
                new RejectedRowsExporter(findings).export(run.runId(), run.inputDir(), output, ExecutionFacts.of(queries, run));
            }
            return RepeatStatus.FINISHED;
        }, tm).listener((StepExecutionListener) StepProgressLogger.tasklet()).build();
    }
}
