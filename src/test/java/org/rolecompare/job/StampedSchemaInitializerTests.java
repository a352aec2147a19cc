package org.rolecompare.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rolecompare.staging.ComparisonQueries;
import org.rolecompare.staging.StagingCounts;
import org.rolecompare.staging.StagingKey;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The schema scripts run on a database that does not hold this release's stamp (new, from an
 * earlier release, or made with other scripts) and are skipped on one that does: what saves a
 * start the scripts' time without ever leaving a database with missing tables.
 */
class StampedSchemaInitializerTests {

    private static final Resource STAGING = new ClassPathResource("org/rolecompare/job/staging-schema.sql");
    /** The staging script of the release before {@link StagingKey}: rows keyed by (run_id, line). */
    private static final Resource BEFORE_KEY = new ClassPathResource("org/rolecompare/job/staging-schema-before-key.sql");

    private final DriverManagerDataSource dataSource = new DriverManagerDataSource(
            "jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

    @Test
    void createsEveryTableOfANewDatabaseAndStampsIt() {
        // given
        StampedSchemaInitializer initializer = initializer(STAGING, DatabaseInitializationMode.ALWAYS);

        // when
        boolean ran = initializer.initializeDatabase();

        // then
        assertThat(ran).isTrue();
        assertThat(count("BATCH_JOB_EXECUTION")).isZero();
        assertThat(count("rc_role")).isZero();
        assertThat(count("rc_related")).isZero();
        assertThat(jdbc.queryForList("SELECT stamp FROM rc_schema", String.class)).containsExactly(initializer.stamp());
        assertThat(initializer.stamp()).matches("staging [0-9a-f]{8}, Spring Batch \\S+");
    }

    @Test
    void runsNoScriptOnADatabaseThatHoldsThisReleasesStamp() {
        // given a stamped database from which a table has gone (which only skipped scripts leave gone)
        initializer(STAGING, DatabaseInitializationMode.ALWAYS).initializeDatabase();
        jdbc.execute("DROP TABLE rc_count");

        // when
        boolean ran = initializer(STAGING, DatabaseInitializationMode.ALWAYS).initializeDatabase();

        // then
        assertThat(ran).isFalse();
        assertThatThrownBy(() -> count("rc_count")).isInstanceOf(BadSqlGrammarException.class);
    }

    @Test
    void runsTheScriptsAgainWhenTheyChangedAndKeepsOneStamp() {
        // given a database stamped by a release whose staging script lacked a table
        initializer(STAGING, DatabaseInitializationMode.ALWAYS).initializeDatabase();
        jdbc.execute("DROP TABLE rc_count");
        Resource changed = new ByteArrayResource((text(STAGING) + "\n-- a comment added\n").getBytes(StandardCharsets.UTF_8));
        StampedSchemaInitializer next = initializer(changed, DatabaseInitializationMode.ALWAYS);

        // when
        boolean ran = next.initializeDatabase();

        // then
        assertThat(ran).isTrue();
        assertThat(count("rc_count")).isZero();
        assertThat(jdbc.queryForList("SELECT stamp FROM rc_schema", String.class)).containsExactly(next.stamp());
    }

    @Test
    void updatesADatabaseOfAnEarlierReleaseAndKeepsItsRows() {
        // given the tables of a release before the stamp, with a staged row and a run in them
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-h2.sql"), STAGING)
                .execute(dataSource);
        jdbc.execute("DROP TABLE rc_schema");
        jdbc.update("INSERT INTO rc_comparison (k, run_id, line, left_id, right_id, status) VALUES (?, 1, 2, 'a', 'b', 'accepted')",
                StagingKey.of(1, 2));

        // when
        boolean ran = initializer(STAGING, DatabaseInitializationMode.ALWAYS).initializeDatabase();

        // then
        assertThat(ran).isTrue();
        assertThat(count("rc_comparison")).isOne();
        assertThat(count("rc_schema")).isOne();
    }

    @Test
    void givesTheStagingTablesOfTheReleaseBeforeTheKeyTheirKeyAndKeepsTheirRunsReadable() {
        // given the tables of the release whose staging rows were keyed by (run_id, line), with a run in them
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-h2.sql"), BEFORE_KEY)
                .execute(dataSource);
        jdbc.update("INSERT INTO rc_role (run_id, line, role_id, rejected, title, average_salary) VALUES (7, 2, 'r1', FALSE, 'Nurse', 1)");
        jdbc.update("INSERT INTO rc_skill (run_id, line, role_id, rejected, skill, share) VALUES (7, 2, 'r1', FALSE, 'Care', 1)");
        jdbc.update("INSERT INTO rc_comparison (run_id, line, left_id, right_id, status) VALUES (7, 3, 'r1', 'r2', 'ACCEPTED'),"
                + " (7, 2, 'r1', 'r3', 'ACCEPTED'), (7, 1000000000001, 'r2', 'r3', 'ACCEPTED'), (6, 2, 'r1', 'r2', 'ACCEPTED')");

        // when
        boolean ran = initializer(STAGING, DatabaseInitializationMode.ALWAYS).initializeDatabase();

        // then every row has its key, and the run's rows are read by it, in line order
        assertThat(ran).isTrue();
        assertThat(jdbc.queryForList("SELECT k FROM rc_comparison ORDER BY run_id, line", Long.class)).containsExactly(
                StagingKey.of(6, 2), StagingKey.of(7, 2), StagingKey.of(7, 3), StagingKey.of(7, 1_000_000_000_001L));
        assertThat(jdbc.queryForObject("SELECT k FROM rc_role", Long.class)).isEqualTo(StagingKey.of(7, 2));
        assertThat(jdbc.queryForObject("SELECT k FROM rc_skill", Long.class)).isEqualTo(StagingKey.of(7, 2));
        List<Long> lines = new ArrayList<>();
        new ComparisonQueries(jdbc).forEachAccepted(7, task -> lines.add(task.line()));
        assertThat(lines).containsExactly(2L, 3L, 1_000_000_000_001L);
        assertThat(new StagingCounts(jdbc).roleCount(7).read()).isOne();
        // and a row without its key is refused, as on a new database, while the same line again is refused by the key
        assertThatThrownBy(() -> jdbc.update("INSERT INTO rc_comparison (run_id, line, left_id, right_id, status)"
                + " VALUES (8, 2, 'a', 'b', 'ACCEPTED')")).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO rc_comparison (k, run_id, line, left_id, right_id, status)"
                + " VALUES (?, 9, 2, 'a', 'b', 'ACCEPTED')", StagingKey.of(7, 2))).isInstanceOf(DuplicateKeyException.class);
        assertThat(StagingKeyMigration.migrate(jdbc)).as("tables still on their old primary key, finished again").isEqualTo(5);
        assertThat(count("rc_comparison")).isEqualTo(4);
    }

    @Test
    void aNewDatabaseKeysItsStagedRowsByTheirKeyAloneAndNeedsNoMigration() {
        // given
        initializer(STAGING, DatabaseInitializationMode.ALWAYS).initializeDatabase();

        // when
        int migrated = StagingKeyMigration.migrate(jdbc);

        // then each table of the input files has one index, its primary key on k: nothing else to keep up while loading
        assertThat(migrated).isZero();
        for (String table : List.of("RC_ROLE", "RC_DISTRIBUTION", "RC_SKILL", "RC_RESPONSIBILITY", "RC_COMPARISON")) {
            assertThat(jdbc.queryForList("SELECT i.INDEX_TYPE_NAME || ' ' || c.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEXES i"
                    + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_NAME = i.INDEX_NAME AND c.TABLE_NAME = i.TABLE_NAME"
                    + " WHERE i.TABLE_NAME = ?", String.class, table)).as(table).containsExactly("PRIMARY KEY K");
        }
    }

    @Test
    void aWorkerLeavesTheTablesToItsManager() {
        // given
        StampedSchemaInitializer worker = initializer(STAGING, DatabaseInitializationMode.NEVER);

        // when
        boolean ran = worker.initializeDatabase();

        // then
        assertThat(ran).isFalse();
        assertThatThrownBy(() -> count("rc_role")).isInstanceOf(BadSqlGrammarException.class);
    }

    @Test
    void theStampFollowsTheScriptTextAndTheBatchVersion() {
        // given
        Resource other = new ByteArrayResource("CREATE TABLE t (x INT);".getBytes(StandardCharsets.UTF_8));

        // when
        String stamp = StampedSchemaInitializer.stamp(STAGING, "6.0.4");

        // then
        assertThat(stamp).isEqualTo(StampedSchemaInitializer.stamp(STAGING, "6.0.4"))
                .isNotEqualTo(StampedSchemaInitializer.stamp(STAGING, "6.0.5"))
                .isNotEqualTo(StampedSchemaInitializer.stamp(other, "6.0.4"));
        assertThat(StampedSchemaInitializer.stamp(STAGING, null)).endsWith("Spring Batch unknown");
    }

    private StampedSchemaInitializer initializer(Resource staging, DatabaseInitializationMode mode) {
        BatchJdbcProperties batch = new BatchJdbcProperties();
        batch.setInitializeSchema(mode);
        StampedSchemaInitializer initializer = new StampedSchemaInitializer(dataSource, batch, staging);
        initializer.setResourceLoader(new DefaultResourceLoader());
        return initializer;
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    private static String text(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
