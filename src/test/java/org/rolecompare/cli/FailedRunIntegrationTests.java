package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that fails because too many roles were rejected publishes nothing, but its findings must
 * not be lost: through the real command line on the mostly-rejected feed, it checks that
 * {@code OUTPUT/failed/RUN-DATE/} holds data-quality.csv and rejected/, that the console names the
 * top rules and where the full list is, that the job execution records the reason for
 * {@code history}, and that a later successful run of the same date removes the failed folder.
 */
class FailedRunIntegrationTests {

    @TempDir
    Path temp;

    @Test
    void tooManyRejectedRolesWriteTheirFindingsToTheFailedFolderAndListTheTopRules() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("mostly-rejected");

        // when
        CliRun.Result result = cli.run();

        // then
        Path failed = cli.output().resolve("failed").resolve(CliRun.RUN_DATE);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(cli.runDir()).doesNotExist();
        assertThat(result.err()).contains("2 of 3 roles were rejected").contains("nothing was published")
                .contains(failed.resolve("data-quality.csv").toString());
        List<CSVRecord> findings = RunCommandIntegrationTests.readCsv(failed.resolve("data-quality.csv"));
        assertThat(findings).isNotEmpty();
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("file")).isEqualTo("roles.csv");
            assertThat(f.get("role_id")).isEqualTo("medical-receptionist");
            assertThat(f.get("severity")).isEqualTo("error");
        });
        assertThat(findings).anySatisfy(f -> assertThat(f.get("role_id")).isEqualTo("patient-account-manager"));
        List<CSVRecord> rejected = RunCommandIntegrationTests.readCsv(failed.resolve("rejected").resolve("roles.csv"));
        assertThat(rejected).extracting(r -> r.get("role_id"))
                .containsExactlyInAnyOrder("patient-account-manager", "medical-receptionist");
        assertThat(result.out()).contains("findings of the failed run of " + CliRun.RUN_DATE)
                .contains("  salary-range/error: 1", "  type/error: 1", "  role-rejected/error: 1")
                .contains("roles.csv:4 [average_salary] error type (medical-receptionist)")
                .contains("All findings: " + failed.resolve("data-quality.csv"));
        assertThat(lastExitDescription()).contains("2 of 3 roles were rejected");
        try (var entries = Files.list(failed.getParent())) {
            assertThat(entries).as("no building folder left").containsExactly(failed);
        }
    }

    @Test
    void aLaterFailedRunReplacesTheFailedFolderWhole() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("mostly-rejected");
        cli.run();
        Path failed = cli.output().resolve("failed").resolve(CliRun.RUN_DATE);
        Files.writeString(failed.resolve("stale.txt"), "from an earlier run");

        // when
        CliRun.Result again = cli.run();

        // then
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(failed.resolve("data-quality.csv")).isRegularFile();
        assertThat(failed.resolve("stale.txt")).doesNotExist();
    }

    @Test
    void aLaterSuccessfulRunOfTheSameDateRemovesTheFailedFolder() {
        // given
        CliRun cli = new CliRun(temp).withFixture("mostly-rejected");
        cli.run();
        Path failed = cli.output().resolve("failed").resolve(CliRun.RUN_DATE);
        assertThat(failed.resolve("data-quality.csv")).isRegularFile();
        cli.withFixture("seed");

        // when
        CliRun.Result result = cli.run();

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(cli.runDir().resolve("manifest.json")).isRegularFile();
        assertThat(failed).doesNotExist();
    }

    private String lastExitDescription() throws Exception {
        String url = "jdbc:h2:file:" + new CliRun(temp).database().toAbsolutePath().normalize();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT EXIT_MESSAGE FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
