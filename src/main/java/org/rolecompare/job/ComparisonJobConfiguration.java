package org.rolecompare.job;

import org.rolecompare.publish.StagingFolder;
import org.rolecompare.staging.FindingQueries;
import org.rolecompare.staging.RelatedStore;
import org.rolecompare.staging.RunQueries;
import org.rolecompare.staging.StagingCounts;
import org.rolecompare.staging.StagingIndexes;
import org.rolecompare.staging.StagingStore;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly comparison job: load and validate the five files, guard against a broken feed
 * ({@link RejectedShareGuardTasklet}), index the staged roles ({@link StagingIndexes}), find related
 * roles when pairs come from them too ({@link FindRelatedTasklet}), find what changed since the
 * previous run, render one PDF per accepted comparison with its web page, write the workbook
 * ({@link WorkbookTasklet}) and the other web pages ({@link WebPagesTasklet}), then publish the run
 * folder in one rename ({@link PublishTasklet}).
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

    /**
     * The steps in order; {@code findRelated} only when the run's pairs come from related roles too
     * ({@link PairsDecider}).
     */
    @Bean
    Job comparisonJob(JobRepository jobRepository, Flow ingestFlow, Step rejectedShareGuardStep, Step indexByRoleStep,
                      Step findRelatedStep, Step detectChangesStep, Step pdfReportsStep, Step workbookStep, Step webPagesStep,
                      Step publishStep, StagingOwnership stagingOwnership, ReportHashing reportHashing) {
        PairsDecider pairs = new PairsDecider();
        return new JobBuilder(JobNames.COMPARISON, jobRepository)
                .listener(stagingOwnership)
                .listener((JobExecutionListener) reportHashing)
                .listener(new FailureReasonListener())
                .start(ingestFlow)
                .next(rejectedShareGuardStep)
                .next(indexByRoleStep)
                .next(pairs).on(PairsDecider.FIND_RELATED).to(findRelatedStep).next(detectChangesStep)
                .from(pairs).on(PairsDecider.LISTED_ONLY).to(detectChangesStep)
                .next(pdfReportsStep)
                .next(workbookStep)
                .next(webPagesStep)
                .next(publishStep)
                .end()
                .build();
    }

    @Bean
    RejectedShareGuardTasklet rejectedShareGuardTasklet(StagingCounts counts, FindingQueries findings, RunQueries queries) {
        return new RejectedShareGuardTasklet(counts, findings, queries);
    }

    @Bean
    Step rejectedShareGuardStep(JobRepository jobRepository, PlatformTransactionManager tm,
                                RejectedShareGuardTasklet rejectedShareGuardTasklet) {
        return taskletStep("rejectedShareGuard", jobRepository, tm, rejectedShareGuardTasklet);
    }

    /**
     * Makes the staging tables' indexes by role ({@link StagingIndexes}), which the steps after it
     * look roles up with and the ingest steps do without; a no-op once they exist.
     */
    @Bean
    Step indexByRoleStep(JobRepository jobRepository, PlatformTransactionManager tm, StagingIndexes indexes) {
        return taskletStep("indexByRole", jobRepository, tm, (contribution, chunkContext) -> {
            indexes.ensureByRole();
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    FindRelatedTasklet findRelatedTasklet(RelatedStore store) {
        return new FindRelatedTasklet(store);
    }

    /** Each role's most related roles, and the pairs they add to the reports ({@link FindRelatedTasklet}). */
    @Bean
    Step findRelatedStep(JobRepository jobRepository, PlatformTransactionManager tm, FindRelatedTasklet findRelatedTasklet) {
        return new StepBuilder("findRelated", jobRepository).tasklet(findRelatedTasklet, tm)
                .listener((StepExecutionListener) StepProgressLogger.unbounded("related roles")).build();
    }

    @Bean
    WorkbookTasklet workbookTasklet(JdbcWorkbookSource.Queries queries) {
        return new WorkbookTasklet(queries);
    }

    @Bean
    Step workbookStep(JobRepository jobRepository, PlatformTransactionManager tm, WorkbookTasklet workbookTasklet) {
        return taskletStep("workbook", jobRepository, tm, workbookTasklet);
    }

    /** The web pages of the roles and the index ({@link WebPagesTasklet}); the comparisons' pages come with their PDFs. */
    @Bean
    Step webPagesStep(JobRepository jobRepository, PlatformTransactionManager tm, WebPagesTasklet.Queries queries) {
        return taskletStep("webPages", jobRepository, tm, new WebPagesTasklet(queries));
    }

    /** The publish step's tasklet; the observer is a test's (see {@link PublishObserver}), the product has none. */
    @Bean
    PublishTasklet publishTasklet(StagingStore staging, PublishTasklet.Queries queries, ReportHashing reportHashing,
                                  ObjectProvider<PublishObserver> observer) {
        return new PublishTasklet(staging, queries, reportHashing, observer.getIfAvailable(() -> PublishObserver.NONE));
    }

    @Bean
    Step publishStep(JobRepository jobRepository, PlatformTransactionManager tm, PublishTasklet publishTasklet) {
        return taskletStep("publish", jobRepository, tm, publishTasklet);
    }

    /** A step of one tasklet run in one transaction, logged as the job's other steps are ("NAME: completed in 0.1 s"). */
    private static Step taskletStep(String name, JobRepository jobRepository, PlatformTransactionManager tm, Tasklet tasklet) {
        return new StepBuilder(name, jobRepository).tasklet(tasklet, tm).listener((StepExecutionListener) StepProgressLogger.tasklet()).build();
    }
}
