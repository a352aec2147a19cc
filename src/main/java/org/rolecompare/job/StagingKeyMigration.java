package org.rolecompare.job;

import java.util.List;

import org.rolecompare.staging.StagingKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gives the staging tables of a database made by an earlier release the key column {@code k}
 * ({@link StagingKey}) that this release's statements read and write, filled in for the rows they
 * hold, so their runs stay readable: the previous run that change detection compares with, the
 * history, a restart.
 *
 * <p>Such a table keeps its old primary key {@code (run_id, line)} and gets a unique index on
 * {@code k}: its loads stay as slow as before (H2 makes a single BIGINT primary key the rows' own key
 * only when the table is created with it). A new database's tables are created with {@code k} as
 * their key and are left alone. Every statement can run again, so a migration cut short by a crash
 * is finished at the next start.
 */
final class StagingKeyMigration {

    private static final Logger log = LoggerFactory.getLogger(StagingKeyMigration.class);

    private static final List<String> TABLES = List.of("rc_role", "rc_distribution", "rc_skill", "rc_responsibility",
            "rc_comparison");

    /** Whether the table's primary key is the old one, on the run id and the line; parameter: the table's name. */
    private static final String OLD_KEY = "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS c"
            + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE u ON u.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA"
            + " AND u.CONSTRAINT_NAME = c.CONSTRAINT_NAME AND u.TABLE_NAME = c.TABLE_NAME"
            + " WHERE c.CONSTRAINT_TYPE = 'PRIMARY KEY' AND c.TABLE_SCHEMA = CURRENT_SCHEMA"
            + " AND LOWER(c.TABLE_NAME) = ? AND LOWER(u.COLUMN_NAME) = 'line'";

    private StagingKeyMigration() {
    }

    /** Adds and fills {@code k} in the staging tables that still have the old key; returns how many it changed. */
    static int migrate(JdbcTemplate jdbc) {
        int migrated = 0;
        for (String table : TABLES) {
            Integer oldKey = jdbc.queryForObject(OLD_KEY, Integer.class, table);
            if (oldKey == null || oldKey == 0) {
                continue;
            }
            // portable SQL (H2 and PostgreSQL); 1099511627776 = 2^40, as in StagingKey
            jdbc.execute("ALTER TABLE " + table + " ADD COLUMN IF NOT EXISTS k BIGINT");
            int rows = jdbc.update("UPDATE " + table + " SET k = run_id * 1099511627776 + line WHERE k IS NULL");
            jdbc.execute("ALTER TABLE " + table + " ALTER COLUMN k SET NOT NULL");
            jdbc.execute("CREATE UNIQUE INDEX IF NOT EXISTS " + table + "_by_key ON " + table + " (k)");
            if (rows > 0) {
                log.info("staging table {} of an earlier release: key column k filled in for its {} rows", table, rows);
            }
            migrated++;
        }
        return migrated;
    }
}
