package org.rolecompare.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.RoleCompareApplication;
import org.rolecompare.ingest.InputFile;
import org.rolecompare.staging.FindingQueries;
import org.rolecompare.staging.RunQueries;
import org.rolecompare.staging.StagedInput;
import org.rolecompare.staging.StagingCounts;
import org.rolecompare.staging.StagingStore;
import org.rolecompare.validate.FieldCoverage;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The crossCheck step on its own, launched on a small staged input (one role rejected for its
 * salary, a skill of an unknown role, a pair listed twice, a comparison of an unknown role): its
 * counts say how many staged rows it read, how many findings it wrote and how many comparisons it
 * filtered out of the reports, and the comparisons end up accepted, rejected or skipped.
 */
@SpringBatchTest
@SpringBootTest(classes = RoleCompareApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:step-tests;DB_CLOSE_DELAY=-1",
        "logging.file.name=target/step-tests/role-compare.log"})
class CrossCheckStepTests {

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    @Qualifier("crossCheckStep")
    Step crossCheckStep;
    @Autowired
    StagingStore store;
    @Autowired
    StagingCounts counts;
    @Autowired
    FindingQueries findings;
    @Autowired
    RunQueries runQueries;

    @TempDir
    Path temp;

    @Test
    void readsTheStagedRowsWritesFindingsAndFiltersTheComparisonsItRejectsOrSkips() throws Exception {
        // given
        Path input = StagedInput.copy("salary-outside-range", temp.resolve("input"));
        StagedInput.append(input, InputFile.SKILLS, "ghost,Typing,5");
        StagedInput.append(input, InputFile.COMPARISONS, "patient-relations-manager,patient-account-manager",
                "patient-account-manager,ghost");
        JobParameters parameters = parameters(input, LocalDate.of(2026, 12, 1), "cross-check-step");
        JobInstance run = staged(input, parameters);

        // when
        JobExecution execution = jobs.startStep(crossCheckStep, parameters, new ExecutionContext());

        // then
        assertThat(execution.getJobInstanceId()).isEqualTo(run.getInstanceId());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StepExecution step = execution.getStepExecutions().iterator().next();
        assertThat(step.getStepName()).isEqualTo("crossCheck");
        assertThat(step.getReadCount()).isEqualTo(3 + 16 + 13 + 12 + 4);
        assertThat(step.getWriteCount()).isEqualTo(4);
        assertThat(findings.findingsByRule(run.getInstanceId())).containsEntry("unknown-role/error", 2L)
                .containsEntry("role-rejected/error", 1L).containsEntry("duplicate-comparison/warning", 1L);
        assertThat(step.getFilterCount()).isEqualTo(3);
        assertThat(step.getSkipCount()).isZero();
        assertThat(counts.comparisonCounts(run.getInstanceId())).isEqualTo(new StagingCounts.ComparisonCounts(4, 1, 1));
        assertThat(counts.count(run.getInstanceId(), InputFile.SKILLS)).isEqualTo(new StagingCounts.TableCount(13, 1));
    }

    @Test
    void theCoverageItSavesLeavesOutARoleItRejectsItselfAsTheRowsSayAfterwards() throws Exception {
        // given a role rejected at load (its salary) and one the check itself rejects (gender shares adding up to 130)
        Path input = StagedInput.copy("salary-outside-range", temp.resolve("input"));
        StagedInput.append(input, InputFile.DISTRIBUTIONS, "patient-account-manager,gender,Other,30");
        JobParameters parameters = parameters(input, LocalDate.of(2026, 12, 2), "cross-check-coverage");
        JobInstance run = staged(input, parameters);

        // when the step runs, in its own transaction, as in a job
        JobExecution execution = jobs.startStep(crossCheckStep, parameters, new ExecutionContext());

        // then the coverage it tallied (read beside the comparisons, on another connection) is the committed rows' own
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(findings.findingsByRule(run.getInstanceId())).containsEntry("distribution-sum/error", 1L);
        List<FieldCoverage> saved = runQueries.facts(run.getInstanceId(), LocalDate.of(2026, 12, 2), "cross-check-coverage", input,
                false).coverage();
        assertThat(saved).isEqualTo(counts.coverage(run.getInstanceId()));
        assertThat(saved.get(0).accepted()).isOne();
    }

    private static JobParameters parameters(Path input, LocalDate runDate, String jobName) {
        return new JobParametersBuilder()
                .addLocalDate(JobParameterNames.RUN_DATE, runDate)
                .addString(JobParameterNames.JOB_NAME, jobName)
                .addString(JobParameterNames.INPUT_DIR, input.toString())
                .toJobParameters();
    }

    /**
     * The job instance of a run whose input is staged and whose first attempt failed before the check:
     * the run id is the job instance's, and that attempt makes the instance the step then runs in.
     */
    private JobInstance staged(Path input, JobParameters parameters) throws Exception {
        JobInstance run = jobRepository.createJobInstance(JobOperatorTestUtils.JOB_NAME, parameters);
        JobExecution failed = jobRepository.createJobExecution(run, parameters, new ExecutionContext());
        failed.setStartTime(LocalDateTime.now());
        failed.setStatus(BatchStatus.FAILED);
        failed.setEndTime(LocalDateTime.now());
        jobRepository.update(failed);
        StagedInput.load(store, run.getInstanceId(), input);
        return run;
    }
}
