package org.rolecompare.staging;

import java.util.UUID;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A private in-memory H2 database with the staging tables and Spring Batch's job repository
 * tables, for tests of the queries the report step makes, with helpers to stage rows.
 */
public final class StagingDatabase {

    public final JdbcTemplate jdbc;

    public StagingDatabase() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:staging-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("org/rolecompare/job/staging-schema.sql"),
                new ClassPathResource("org/springframework/batch/core/schema-h2.sql")).execute(dataSource);
        jdbc = new JdbcTemplate(dataSource);
    }

    public StagingDatabase comparison(long runId, long line, String left, String right, String status) {
        jdbc.update("INSERT INTO rc_comparison (k, run_id, line, left_id, right_id, status) VALUES (?, ?, ?, ?, ?, ?)",
                StagingKey.of(runId, line), runId, line, left, right, status);
        return this;
    }

    /** A changed average salary of {@code roleId}, stored as number {@code seq} of the run's changes. */
    public StagingDatabase salaryChange(long runId, long seq, String roleId, double oldValue, double newValue) {
        jdbc.update("INSERT INTO rc_change (run_id, seq, role_id, title, kind, field, old_value, new_value, change_value, unit)"
                + " VALUES (?, ?, ?, ?, 'CHANGED', 'average salary', ?, ?, ?, 'PERCENT')", runId, seq, roleId, "Title " + roleId,
                oldValue, newValue, (newValue - oldValue) / oldValue * 100);
        return this;
    }

    /** A job execution of job instance {@code instanceId} (created when new). */
    public StagingDatabase jobExecution(long instanceId, long executionId) {
        jdbc.update("MERGE INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) KEY (JOB_INSTANCE_ID)"
                + " VALUES (?, 0, 'comparisonJob', ?)", instanceId, "key-" + instanceId);
        jdbc.update("INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, STATUS)"
                + " VALUES (?, 0, ?, CURRENT_TIMESTAMP, 'FAILED')", executionId, instanceId);
        return this;
    }

    public StagingDatabase stepExecution(long executionId, String stepName, long written) {
        return stepExecution(executionId, stepName, "COMPLETED", written);
    }

    public StagingDatabase stepExecution(long executionId, String stepName, String status, long written) {
        jdbc.update("INSERT INTO BATCH_STEP_EXECUTION (VERSION, STEP_NAME, JOB_EXECUTION_ID, CREATE_TIME, STATUS, WRITE_COUNT)"
                + " VALUES (0, ?, ?, CURRENT_TIMESTAMP, ?, ?)", stepName, executionId, status, written);
        return this;
    }
}
