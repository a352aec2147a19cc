package org.rolecompare.job;

import java.nio.file.Path;

import org.rolecompare.compare.Role;
import org.rolecompare.ingest.CsvRow;
import org.rolecompare.ingest.InputFile;
import org.rolecompare.staging.CrossCheck;
import org.rolecompare.staging.StagingStore;
import org.rolecompare.validate.ComparisonRequest;
import org.rolecompare.validate.DistributionRow;
import org.rolecompare.validate.ResponsibilityRow;
import org.rolecompare.validate.RowValidators;
import org.rolecompare.validate.SkillRow;
import org.rolecompare.validate.ValidatedRow;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The steps both jobs share: check the five input files as a whole, load each into staging with
 * its row-level rules, then run the cross-file rules. Each load step is a restartable chunk step
 * whose rows and findings commit in the same transaction as the reader's position.
 */
@Configuration(proxyBeanMethods = false)
class IngestStepsConfiguration {

    /**
     * Rows per committed chunk of a load step. Each commit makes H2 write the changed pages of the
     * tables' trees; a million comparisons in chunks of 1,000 spent more time committing than
     * inserting. A restarted load resumes after the last committed chunk, so a crash costs at most
     * one chunk of work.
     */
    static final int LOAD_CHUNK = 10_000;
    private static final String INPUT_DIR = "#{jobParameters['" + JobParameterNames.INPUT_DIR + "']}";
    private static final String RUN_ID = "#{stepExecution.jobExecution.jobInstanceId}";

    /**
     * Inspect (headers, size limits and encoding of every line, so that a file refused as a whole
     * is refused before any of its rows is staged), load the five files, cross-check: the flow both
     * jobs start with. The tables are independent until the cross-check, so the loads run side by
     * side, each step staying restartable on its own, in three lines of work that keep both cores busy
     * whichever file is big: comparisons.csv (a million lines in a big workbook-only run); roles.csv
     * then distributions.csv; skills.csv then responsibilities.csv (the role files hold 22 lines per
     * role in a generated feed, so a feed of many roles is mostly these two lines).
     */
    @Bean
    Flow ingestFlow(Step inspectInputStep, Step loadRolesStep, Step loadDistributionsStep, Step loadSkillsStep,
                    Step loadResponsibilitiesStep, Step loadComparisonsStep, Step crossCheckStep) {
        Flow comparisons = new FlowBuilder<Flow>("loadComparisonsFile").start(loadComparisonsStep).build();
        Flow rolesAndDistributions = new FlowBuilder<Flow>("loadRolesAndDistributions")
                .start(loadRolesStep)
                .next(loadDistributionsStep)
                .build();
        Flow skillsAndResponsibilities = new FlowBuilder<Flow>("loadSkillsAndResponsibilities")
                .start(loadSkillsStep)
                .next(loadResponsibilitiesStep)
                .build();
        SimpleAsyncTaskExecutor loaders = new SimpleAsyncTaskExecutor("load-");
        loaders.setDaemon(true);
        Flow loads = new FlowBuilder<Flow>("loadFiles").split(loaders)
                .add(comparisons, rolesAndDistributions, skillsAndResponsibilities)
                .build();
        return new FlowBuilder<Flow>("ingest")
                .start(inspectInputStep)
                .next(loads)
                .next(crossCheckStep)
                .build();
    }

    @Bean
    InspectInputTasklet inspectInputTasklet(StagingStore staging) {
        return new InspectInputTasklet(staging);
    }

    @Bean
    Step inspectInputStep(JobRepository jobRepository, PlatformTransactionManager tm, InspectInputTasklet inspectInputTasklet) {
        return new StepBuilder("inspectInput", jobRepository).tasklet(inspectInputTasklet, tm)
                .listener((StepExecutionListener) StepProgressLogger.tasklet()).build();
    }

    @Bean
    Step loadRolesStep(JobRepository jobRepository, PlatformTransactionManager tm,
                       CsvItemReader rolesReader, StagingWriter<Role> rolesWriter) {
        return loadStep("loadRoles", jobRepository, tm, rolesReader, RowValidators::role, rolesWriter);
    }

    @Bean
    Step loadDistributionsStep(JobRepository jobRepository, PlatformTransactionManager tm,
                               CsvItemReader distributionsReader, StagingWriter<DistributionRow> distributionsWriter) {
        return loadStep("loadDistributions", jobRepository, tm, distributionsReader, RowValidators::distribution, distributionsWriter);
    }

    @Bean
    Step loadSkillsStep(JobRepository jobRepository, PlatformTransactionManager tm,
                        CsvItemReader skillsReader, StagingWriter<SkillRow> skillsWriter) {
        return loadStep("loadSkills", jobRepository, tm, skillsReader, RowValidators::skill, skillsWriter);
    }

    @Bean
    Step loadResponsibilitiesStep(JobRepository jobRepository, PlatformTransactionManager tm,
                                  CsvItemReader responsibilitiesReader,
                                  StagingWriter<ResponsibilityRow> responsibilitiesWriter) {
        return loadStep("loadResponsibilities", jobRepository, tm, responsibilitiesReader, RowValidators::responsibility,
                responsibilitiesWriter);
    }

    @Bean
    Step loadComparisonsStep(JobRepository jobRepository, PlatformTransactionManager tm,
                             CsvItemReader comparisonsReader, StagingWriter<ComparisonRequest> comparisonsWriter) {
        return loadStep("loadComparisons", jobRepository, tm, comparisonsReader, RowValidators::comparison, comparisonsWriter);
    }

    private static <T> Step loadStep(String name, JobRepository jobRepository, PlatformTransactionManager tm,
                                     CsvItemReader reader, ItemProcessor<CsvRow, ValidatedRow<T>> processor,
                                     StagingWriter<T> writer) {
        return new StepBuilder(name, jobRepository).<CsvRow, ValidatedRow<T>>chunk(LOAD_CHUNK)
                .transactionManager(tm)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .listener(StepProgressLogger.unbounded("rows"))
                .build();
    }

    @Bean
    @StepScope
    CsvItemReader rolesReader(@Value(INPUT_DIR) String inputDir) {
        return new CsvItemReader(Path.of(inputDir), InputFile.ROLES);
    }

    @Bean
    @StepScope
    CsvItemReader distributionsReader(@Value(INPUT_DIR) String inputDir) {
        return new CsvItemReader(Path.of(inputDir), InputFile.DISTRIBUTIONS);
    }

    @Bean
    @StepScope
    CsvItemReader skillsReader(@Value(INPUT_DIR) String inputDir) {
        return new CsvItemReader(Path.of(inputDir), InputFile.SKILLS);
    }

    @Bean
    @StepScope
    CsvItemReader responsibilitiesReader(@Value(INPUT_DIR) String inputDir) {
        return new CsvItemReader(Path.of(inputDir), InputFile.RESPONSIBILITIES);
    }

    /** comparisons.csv, unless the run's pairs come from related roles only: then no rows. */
    @Bean
    @StepScope
    CsvItemReader comparisonsReader(@Value(INPUT_DIR) String inputDir, @Value("#{stepExecution}") StepExecution step) {
        return new CsvItemReader(Path.of(inputDir), InputFile.COMPARISONS, PairSettings.of(step.getJobParameters()).readsListed());
    }

    @Bean
    @StepScope
    StagingWriter<Role> rolesWriter(StagingStore staging, @Value(RUN_ID) Long runId) {
        return new StagingWriter<>(staging, runId, (id, rows) -> staging.saveRoles(id, rows));
    }

    @Bean
    @StepScope
    StagingWriter<DistributionRow> distributionsWriter(StagingStore staging, @Value(RUN_ID) Long runId) {
        return new StagingWriter<>(staging, runId, (id, rows) -> staging.saveDistributions(id, rows));
    }

    @Bean
    @StepScope
    StagingWriter<SkillRow> skillsWriter(StagingStore staging, @Value(RUN_ID) Long runId) {
        return new StagingWriter<>(staging, runId, (id, rows) -> staging.saveSkills(id, rows));
    }

    @Bean
    @StepScope
    StagingWriter<ResponsibilityRow> responsibilitiesWriter(StagingStore staging, @Value(RUN_ID) Long runId) {
        return new StagingWriter<>(staging, runId, (id, rows) -> staging.saveResponsibilities(id, rows));
    }

    @Bean
    @StepScope
    StagingWriter<ComparisonRequest> comparisonsWriter(StagingStore staging, @Value(RUN_ID) Long runId) {
        return new StagingWriter<>(staging, runId, (id, rows) -> staging.saveComparisons(id, rows));
    }

    @Bean
    CrossCheckTasklet crossCheckTasklet(CrossCheck crossCheck) {
        return new CrossCheckTasklet(crossCheck);
    }

    @Bean
    Step crossCheckStep(JobRepository jobRepository, PlatformTransactionManager tm, CrossCheckTasklet crossCheckTasklet) {
        return new StepBuilder("crossCheck", jobRepository).tasklet(crossCheckTasklet, tm)
                .listener((StepExecutionListener) StepProgressLogger.unbounded("findings")).build();
    }
}
