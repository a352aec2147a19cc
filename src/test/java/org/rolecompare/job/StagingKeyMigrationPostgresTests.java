package org.rolecompare.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rolecompare.staging.ComparisonQueries;
import org.rolecompare.staging.StagingKey;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A cluster's PostgreSQL database made by the release before {@link StagingKey} gets the key column
 * in its staging tables when the manager next starts, and its runs stay readable through this
 * release's statements: the same migration as on H2 ({@code StampedSchemaInitializerTests}), on the
 * other database the statements must run on. Tagged {@code cluster}: it needs PostgreSQL on
 * loopback (README, "Cluster mode").
 */
@Tag("cluster")
class StagingKeyMigrationPostgresTests {

    private static final String DATABASE = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String USER = "postgres";

    private final String schema = "rc_key_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private SingleConnectionDataSource dataSource;
    private JdbcTemplate jdbc;

    @BeforeEach
    void createSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(DATABASE, USER, ""); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        dataSource = new SingleConnectionDataSource(DATABASE + "?currentSchema=" + schema, USER, "", true);
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        dataSource.destroy();
        try (Connection c = DriverManager.getConnection(DATABASE, USER, ""); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void theStagingTablesOfTheReleaseBeforeTheKeyGetItAndTheirRunsStayReadable() {
        // given the tables of the release whose staging rows were keyed by (run_id, line), with runs in them
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-postgresql.sql"),
                new ClassPathResource("org/rolecompare/job/staging-schema-postgresql-before-key.sql")).execute(dataSource);
        jdbc.update("INSERT INTO rc_role (run_id, line, role_id, rejected, title, average_salary) VALUES (7, 2, 'r1', FALSE, 'Nurse', 1)");
        jdbc.update("INSERT INTO rc_comparison (run_id, line, left_id, right_id, status) VALUES (7, 3, 'r1', 'r2', 'ACCEPTED'),"
                + " (7, 2, 'r1', 'r3', 'ACCEPTED'), (7, 1000000000001, 'r2', 'r3', 'ACCEPTED'), (6, 2, 'r1', 'r2', 'ACCEPTED')");
        BatchJdbcProperties batch = new BatchJdbcProperties();
        batch.setInitializeSchema(DatabaseInitializationMode.ALWAYS);
        StampedSchemaInitializer initializer = new StampedSchemaInitializer(dataSource, batch,
                new ClassPathResource("org/rolecompare/job/staging-schema-postgresql.sql"));
        initializer.setResourceLoader(new DefaultResourceLoader());

        // when
        boolean ran = initializer.initializeDatabase();

        // then
        assertThat(ran).isTrue();
        assertThat(jdbc.queryForList("SELECT k FROM rc_comparison ORDER BY run_id, line", Long.class)).containsExactly(
                StagingKey.of(6, 2), StagingKey.of(7, 2), StagingKey.of(7, 3), StagingKey.of(7, 1_000_000_000_001L));
        assertThat(jdbc.queryForObject("SELECT k FROM rc_role", Long.class)).isEqualTo(StagingKey.of(7, 2));
        List<Long> lines = new ArrayList<>();
        new ComparisonQueries(jdbc).forEachAccepted(7, task -> lines.add(task.line()));
        assertThat(lines).containsExactly(2L, 3L, 1_000_000_000_001L);
        assertThat(jdbc.queryForObject("SELECT is_nullable FROM information_schema.columns WHERE table_schema = ?"
                + " AND table_name = 'rc_skill' AND column_name = 'k'", String.class, schema)).isEqualTo("NO");
        assertThat(jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE schemaname = ? AND tablename = 'rc_comparison'"
                + " ORDER BY 1", String.class, schema)).containsExactly("rc_comparison_by_key", "rc_comparison_pkey");
    }
}
