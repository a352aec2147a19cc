package org.rolecompare.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.zip.CRC32;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.SpringBatchVersion;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchDataSourceScriptDatabaseInitializer;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Creates the database's tables (Spring Batch's job repository, then role-compare's staging tables)
 * when they are not yet those of this release, and leaves a database that has them alone.
 *
 * <p>Why: Boot's initializers ran both scripts at every start, each statement either {@code IF NOT
 * EXISTS} or failing as expected and ignored; that was about 50 ms of a 2.3-second seed run, for
 * nothing on every start but the first. This initializer keeps a stamp in {@code rc_schema}: a
 * checksum of the staging script's text and Spring Batch's version. A new database, one of an
 * earlier release and one of a release with other scripts get both scripts, as before, the staging
 * tables of an earlier release their key column ({@link StagingKeyMigration}), and then the stamp; a
 * database that holds this release's stamp is used as it is.
 *
 * <p>It replaces Boot's Spring Batch initializer (it is one, so Boot's backs off and everything that
 * uses the job repository still waits for it) and the staging script's {@code spring.sql.init} (off
 * in {@code application.properties}). With {@code spring.batch.jdbc.initialize-schema=never} (a
 * cluster worker) it does nothing.
 */
final class StampedSchemaInitializer extends BatchDataSourceScriptDatabaseInitializer {

    private static final Logger log = LoggerFactory.getLogger(StampedSchemaInitializer.class);

    private final DataSource dataSource;
    private final boolean enabled;
    private final Resource stagingSchema;
    private final String stamp;

    StampedSchemaInitializer(DataSource dataSource, BatchJdbcProperties batch, Resource stagingSchema) {
        super(dataSource, batch);
        this.dataSource = dataSource;
        this.enabled = batch.getInitializeSchema() != DatabaseInitializationMode.NEVER;
        this.stagingSchema = stagingSchema;
        this.stamp = stamp(stagingSchema, SpringBatchVersion.getVersion());
    }

    /** What a database whose tables are this release's holds in {@code rc_schema}. */
    static String stamp(Resource stagingSchema, String batchVersion) {
        CRC32 checksum = new CRC32();
        try (InputStream in = stagingSchema.getInputStream()) {
            checksum.update(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the staging schema " + stagingSchema, e);
        }
        return "staging " + HexFormat.of().toHexDigits((int) checksum.getValue()) + ", Spring Batch "
                + (batchVersion == null ? "unknown" : batchVersion);
    }

    String stamp() {
        return stamp;
    }

    @Override
    public boolean initializeDatabase() {
        if (!enabled) {
            return false;   // a cluster worker: its manager creates and updates the tables
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        if (stamped(jdbc)) {
            log.debug("the database's tables are this release's ({}): no schema scripts run", stamp);
            return false;
        }
        super.initializeDatabase();
        new ResourceDatabasePopulator(stagingSchema).execute(dataSource);
        StagingKeyMigration.migrate(jdbc);
        // DELETE then INSERT rather than one row updated: two processes that start together on a new
        // database (cluster mode) may both get here; a second row with the same stamp does no harm
        jdbc.update("DELETE FROM rc_schema WHERE stamp <> ?", stamp);
        if (!stamped(jdbc)) {
            jdbc.update("INSERT INTO rc_schema (stamp) VALUES (?)", stamp);
        }
        log.debug("schema scripts run; the database's tables are now this release's ({})", stamp);
        return true;
    }

    private boolean stamped(JdbcTemplate jdbc) {
        try {
            Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM rc_schema WHERE stamp = ?", Integer.class, stamp);
            return rows != null && rows > 0;
        } catch (DataAccessException noTableYet) {
            return false;
        }
    }
}
