package org.rolecompare.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The staging tables exist twice, as {@code staging-schema.sql} (H2) and
 * {@code staging-schema-postgresql.sql} (cluster mode). A column or index added to one and
 * forgotten in the other would only fail in a cluster run at night; this test creates both and
 * compares their tables, columns and indexes. Tagged {@code cluster}: it needs PostgreSQL.
 */
@Tag("cluster")
class StagingSchemaParityTests {

    @Test
    void bothSchemasHaveTheSameTablesColumnsAndIndexes() throws Exception {
        // given
        JdbcTemplate h2 = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:parity;DB_CLOSE_DELAY=-1", "sa", ""));
        populate(h2, "org/rolecompare/job/staging-schema.sql");
        try (ClusterServices pg = ClusterServices.create()) {
            JdbcTemplate postgres = pg.jdbc();
            populate(postgres, "org/rolecompare/job/staging-schema-postgresql.sql");

            // when
            List<String> h2Columns = h2.queryForList("SELECT LOWER(TABLE_NAME) || '.' || LOWER(COLUMN_NAME) FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY 1", String.class);
            List<String> pgColumns = postgres.queryForList("SELECT table_name || '.' || column_name FROM information_schema.columns"
                    + " WHERE table_schema = ? ORDER BY 1", String.class, pg.schema);
            List<String> h2Indexes = h2.queryForList("SELECT LOWER(INDEX_NAME) FROM INFORMATION_SCHEMA.INDEXES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND INDEX_TYPE_NAME <> 'PRIMARY KEY' ORDER BY 1", String.class);
            List<String> pgIndexes = postgres.queryForList("SELECT indexname FROM pg_indexes WHERE schemaname = ?"
                    + " AND indexname NOT LIKE '%_pkey' ORDER BY 1", String.class, pg.schema);

            // then
            assertThat(pgColumns).hasSizeGreaterThan(50).isEqualTo(h2Columns);
            assertThat(pgIndexes.stream().map(i -> i.toLowerCase(Locale.ROOT)).toList()).isNotEmpty().isEqualTo(h2Indexes);
        }
    }

    private static void populate(JdbcTemplate jdbc, String script) {
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator(new ClassPathResource(script));
        populator.setSqlScriptEncoding(StandardCharsets.UTF_8.name());
        populator.execute(jdbc.getDataSource());
    }
}
