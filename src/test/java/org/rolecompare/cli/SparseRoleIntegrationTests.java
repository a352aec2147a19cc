package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A role that knows few of its key fields, through the real command line: it gets one
 * {@code sparse-role} info finding in data-quality.csv, is still accepted and compared, and the
 * run's exit code is what it would be without the finding. The threshold is the job file's
 * {@code thresholds.min-known-fields}; a bad value is a usage error naming the key.
 */
class SparseRoleIntegrationTests {

    private static final String BARE_ROLE = "medical-receptionists,Medical Receptionists,,,36000" + ",".repeat(17);

    @TempDir
    Path temp;

    @Test
    void aRoleWithOnlyItsRequiredFieldsGetsAnInfoFindingAndItsReport() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        append(cli.input().resolve("roles.csv"), BARE_ROLE);
        append(cli.input().resolve("comparisons.csv"), "patient-relations-manager,medical-receptionists");

        // when
        CliRun.Result result = cli.run();

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("findings 0 errors, 0 warnings, 1 info (exit 0)");
        List<CSVRecord> findings = RunCommandIntegrationTests.readCsv(cli.runDir().resolve("data-quality.csv"));
        assertThat(findings).hasSize(1);
        CSVRecord f = findings.get(0);
        assertThat(List.of(f.get("file"), f.get("line"), f.get("column"), f.get("role_id"), f.get("rule"), f.get("severity"), f.get("value")))
                .containsExactly("roles.csv", "4", "", "medical-receptionists", "sparse-role", "info", "0 of 12 known");
        assertThat(f.get("message")).isEqualTo("Medical Receptionists has 0 of 12 key fields: no description, no years to become,"
                + " no hourly rate, no salary range, no growth rate, no job count, no common degree, no average age,"
                + " no years of experience, no demographics, no responsibilities, no skills; its reports will say which sections lack data");
        assertThat(cli.runDir().resolve("pdf/patient-relations-manager-vs-medical-receptionists.pdf")).isRegularFile();
        JsonNode counts = JsonMapper.builder().build().readTree(Files.readString(cli.runDir().resolve("manifest.json"))).get("counts");
        assertThat(counts.get("findings_info").asLong()).isEqualTo(1);
        assertThat(counts.get("findings_error").asLong()).isZero();
        assertThat(counts.get("roles_rejected").asLong()).isZero();
        assertThat(counts.get("findings_by_rule").get("sparse-role/info").asLong()).isEqualTo(1);
    }

    @Test
    void validatePrintsTheInfoAndStillExitsZero() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        append(cli.input().resolve("roles.csv"), BARE_ROLE);

        // when
        CliRun.Result result = CliRun.execute("validate", "--input=" + cli.input());

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("0 errors, 0 warnings, 1 info")
                .contains("  sparse-role/info: 1")
                .contains("roles.csv:4 info sparse-role (medical-receptionists): Medical Receptionists has 0 of 12 key fields");
    }

    @Test
    void theJobFileSetsTheThresholdAndABadOneIsAUsageError() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        append(cli.input().resolve("roles.csv"), BARE_ROLE);
        Path lenient = Files.writeString(temp.resolve("lenient.yml"), "name: nightly\nthresholds:\n  min-known-fields: 0%\n");
        Path bad = Files.writeString(temp.resolve("bad.yml"), "name: nightly\nthresholds:\n  min-known-fields: most\n");

        // when
        CliRun.Result none = run(cli, lenient);
        CliRun.Result refused = run(cli, bad);

        // then
        assertThat(none.exitCode()).as(none.err()).isZero();
        assertThat(RunCommandIntegrationTests.readCsv(cli.runDir().resolve("data-quality.csv"))).isEmpty();
        assertThat(refused.exitCode()).isEqualTo(64);
        assertThat(refused.err()).contains("thresholds.min-known-fields must be a share such as 50% or 0.5, not 'most'");
    }

    private static CliRun.Result run(CliRun cli, Path job) {
        return CliRun.execute("run", "--job=" + job, "--input=" + cli.input(), "--output=" + cli.output(),
                "--database=" + cli.database(), "--run-date=" + CliRun.RUN_DATE);
    }

    private static void append(Path file, String line) throws Exception {
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
