package org.rolecompare.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.ingest.InputFile;
import org.rolecompare.ingest.InputLimits;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The long texts (a role's description, a responsibility) are staged as CHARACTER VARYING as wide as
 * the longest value an input file may hold: a text near that limit is staged and read back whole,
 * and a database of an earlier release, whose columns are CHARACTER LARGE OBJECT, keeps them and
 * stages and reads the same texts.
 */
class LongTextStagingTests {

    private static final long RUN = 3;
    private static final String ROLE = "patient-relations-manager";
    private static final String SCHEMA = "org/rolecompare/job/staging-schema.sql";

    @Test
    void aTextNearTheValueLimitIsStagedAndReadBackWhole(@TempDir Path temp) throws Exception {
        // given
        JdbcTemplate jdbc = new StagingDatabase().jdbc;
        String text = longText();

        // when
        RoleProfile profile = stageAndRead(jdbc, temp, text);

        // then
        assertThat(columnType(jdbc, "RC_ROLE", "DESCRIPTION")).isEqualTo("CHARACTER VARYING");
        assertThat(columnType(jdbc, "RC_RESPONSIBILITY", "TEXT")).isEqualTo("CHARACTER VARYING");
        assertRoundTrip(profile, text);
    }

    @Test
    void aDatabaseOfAnEarlierReleaseKeepsItsLargeObjectColumnsAndStagesTheSameTexts(@TempDir Path temp) throws Exception {
        // given: the staging tables as earlier releases made them, then this release's schema on top
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:earlier-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1", "sa", "");
        String current = new String(new ClassPathResource(SCHEMA).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String earlier = current.replace("CHARACTER VARYING(1048576)", "CHARACTER LARGE OBJECT");
        assertThat(earlier).isNotEqualTo(current);
        new ResourceDatabasePopulator(new ByteArrayResource(earlier.getBytes(StandardCharsets.UTF_8))).execute(dataSource);
        new ResourceDatabasePopulator(new ClassPathResource(SCHEMA)).execute(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String text = longText();

        // when
        RoleProfile profile = stageAndRead(jdbc, temp, text);

        // then
        assertThat(columnType(jdbc, "RC_ROLE", "DESCRIPTION")).isEqualTo("CHARACTER LARGE OBJECT");
        assertThat(columnType(jdbc, "RC_RESPONSIBILITY", "TEXT")).isEqualTo("CHARACTER LARGE OBJECT");
        assertRoundTrip(profile, text);
    }

    /** Words of 7 characters, as many as leave room for the seed's own description within the value limit. */
    private static String longText() {
        StringBuilder words = new StringBuilder();
        for (int i = 1; words.length() < InputLimits.MAX_VALUE_CHARS - 4_000; i++) {
            words.append(String.format("w%06d", i % 1_000_000)).append(' ');
        }
        return words.toString();
    }

    /** Stages the seed with {@code text} put before ROLE's description and before its first responsibility. */
    private static RoleProfile stageAndRead(JdbcTemplate jdbc, Path temp, String text) throws Exception {
        Path input = StagedInput.copy("seed", temp.resolve("input"));
        StagedInput.replace(input, InputFile.ROLES, "\"Patient Relations Managers serve as", "\"" + text + "Patient Relations Managers serve as");
        StagedInput.replace(input, InputFile.RESPONSIBILITIES, "\"Manage PSR staff", "\"" + text + "Manage PSR staff");
        StagedInput.load(new StagingStore(jdbc), RUN, input);
        return new ProfileQueries(jdbc).profile(RUN, ROLE);
    }

    private static void assertRoundTrip(RoleProfile profile, String text) {
        assertThat(profile.role().description()).startsWith(text + "Patient Relations Managers serve as")
                .hasSizeLessThanOrEqualTo(InputLimits.MAX_VALUE_CHARS);
        assertThat(profile.responsibilities().get(0)).startsWith(text + "Manage PSR staff");
        assertThat(profile.responsibilities().get(1)).startsWith("Lead interdisciplinary teams");
    }

    private static String columnType(JdbcTemplate jdbc, String table, String column) {
        return jdbc.queryForObject("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " AND TABLE_NAME = ? AND COLUMN_NAME = ?", String.class, table, column);
    }
}
