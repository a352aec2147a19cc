package org.rolecompare.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.RoleCompareApplication;
import org.rolecompare.changes.ChangeQueries;
import org.rolecompare.changes.RoleChange;
import org.rolecompare.ingest.InputFile;
import org.rolecompare.staging.StagedInput;
import org.rolecompare.staging.StagingStore;
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
 * The detectChanges step on its own: with a completed earlier run of the same job staged (two
 * roles) and this run's input (one salary up 10%, one role added), it reads this run's accepted
 * roles, writes the changes it finds and filters the roles that did not change, and tells the
 * later steps which run it compared with.
 */
@SpringBatchTest
@SpringBootTest(classes = RoleCompareApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:step-tests;DB_CLOSE_DELAY=-1",
        "logging.file.name=target/step-tests/role-compare.log"})
class DetectChangesStepTests {

    private static final String JOB = "detect-changes-step";

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    @Qualifier("detectChangesStep")
    Step detectChangesStep;
    @Autowired
    StagingStore store;
    @Autowired
    ChangeQueries changes;

    @TempDir
    Path temp;

    @Test
    void readsThisRunsRolesWritesTheirChangesAndFiltersTheUnchangedOnes() throws Exception {
        // given
        JobParameters previousParameters = parameters(LocalDate.of(2026, 11, 30), StagedInput.copy("seed", temp.resolve("previous")));
        JobInstance previous = jobRepository.createJobInstance(JobNames.COMPARISON, previousParameters);
        finish(jobRepository.createJobExecution(previous, previousParameters, new ExecutionContext()), BatchStatus.COMPLETED);
        StagedInput.load(store, previous.getInstanceId(), temp.resolve("previous"));
        Path input = StagedInput.copy("salary-outside-range", temp.resolve("input"));
        StagedInput.replace(input, InputFile.ROLES, "70777", "77854.7");
        StagedInput.replace(input, InputFile.ROLES, "90000,14.42,25000,40000", "30000,14.42,25000,40000");
        JobParameters parameters = parameters(LocalDate.of(2026, 12, 1), input);
        // the run id is the job instance's: an attempt that failed before this step makes the instance the step then runs in
        JobInstance run = jobRepository.createJobInstance(JobOperatorTestUtils.JOB_NAME, parameters);
        finish(jobRepository.createJobExecution(run, parameters, new ExecutionContext()), BatchStatus.FAILED);
        StagedInput.load(store, run.getInstanceId(), input);

        // when
        JobExecution execution = jobs.startStep(detectChangesStep, parameters, new ExecutionContext());

        // then
        assertThat(execution.getJobInstanceId()).isEqualTo(run.getInstanceId());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StepExecution step = execution.getStepExecutions().iterator().next();
        assertThat(step.getStepName()).isEqualTo("detectChanges");
        assertThat(step.getReadCount()).isEqualTo(3);
        assertThat(step.getWriteCount()).isEqualTo(2);
        assertThat(step.getFilterCount()).isEqualTo(1);
        assertThat(step.getSkipCount()).isZero();
        List<RoleChange> found = new ArrayList<>();
        changes.forEachChange(run.getInstanceId(), found::add);
        assertThat(found).extracting(RoleChange::roleId, RoleChange::kind, RoleChange::field).containsExactly(
                tuple("medical-receptionist", RoleChange.Kind.ADDED, ""),
                tuple("patient-account-manager", RoleChange.Kind.CHANGED, "average salary"));
        assertThat(found.get(1).change()).isCloseTo(10.0, offset(1e-9));
        assertThat(execution.getExecutionContext().getString(ChangesConfiguration.PREVIOUS_RUN_DATE)).isEqualTo("2026-11-30");
        assertThat(execution.getExecutionContext().getLong(ChangesConfiguration.PREVIOUS_RUN_ID)).isEqualTo(previous.getInstanceId());
    }

    private static JobParameters parameters(LocalDate runDate, Path input) {
        return new JobParametersBuilder()
                .addLocalDate(JobParameterNames.RUN_DATE, runDate)
                .addString(JobParameterNames.JOB_NAME, JOB)
                .addString(JobParameterNames.INPUT_DIR, input.toString())
                .toJobParameters();
    }

    private void finish(JobExecution execution, BatchStatus status) {
        execution.setStartTime(LocalDateTime.now());
        execution.setStatus(status);
        execution.setEndTime(LocalDateTime.now());
        jobRepository.update(execution);
    }
}
