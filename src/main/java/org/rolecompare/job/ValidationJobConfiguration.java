package org.rolecompare.job;

import org.rolecompare.staging.FindingQueries;
import org.rolecompare.staging.RunQueries;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code validate} command's job: the same ingest and validation steps as the nightly job,
 * then {@code data-quality.csv} when an output folder is given ({@link DataQualityTasklet}), and no
 * reports.
 */
@Configuration(proxyBeanMethods = false)
class ValidationJobConfiguration {

    @Bean
    Job validationJob(JobRepository jobRepository, Flow ingestFlow, Step dataQualityStep) {
        return new JobBuilder(JobNames.VALIDATION, jobRepository)
                .start(ingestFlow)
                .next(dataQualityStep)
                .end()
                .build();
    }

    @Bean
    DataQualityTasklet dataQualityTasklet(FindingQueries findings, RunQueries queries) {
        return new DataQualityTasklet(findings, queries);
    }

    @Bean
    Step dataQualityStep(JobRepository jobRepository, PlatformTransactionManager tm, DataQualityTasklet dataQualityTasklet) {
        return new StepBuilder("dataQuality", jobRepository).tasklet(dataQualityTasklet, tm)
                .listener((StepExecutionListener) StepProgressLogger.tasklet()).build();
    }
}
