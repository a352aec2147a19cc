package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What changed since last night: a salary raised and a role added between two runs of the same
 * job show up in the manifest's changes section and as one line in the affected report. A run
 * compares with the newest earlier run date, so a backfill or a re-run of a date on changed input
 * never reports changes "since" a run that came after it or that it replaces.
 */
class ChangesIntegrationTests {

    @TempDir
    Path temp;

    @Test
    void aChangedSalaryIsListedAndNotedInTheReport() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        assertThat(cli.runOn("2026-11-26").exitCode()).isZero();
        Path roles = cli.input().resolve("roles.csv");
        Files.writeString(roles, Files.readString(roles).replace(",70777,34.03,", ",73000,35.10,")
                + "medical-receptionist,Medical Receptionist,-,0-1,33000,15.87,25000,40000,7,101554,-,-,-,-,-,35,1,6,-,-,-,-\n");

        // when
        CliRun.Result result = cli.runOn("2026-11-27");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode changes = JsonMapper.builder().build().readTree(Files.readString(cli.runDir().resolve("manifest.json"))).get("changes");
        assertThat(changes.get("previous_run_date").asString()).isEqualTo("2026-11-26");
        assertThat(changes.get("roles_added").asLong()).isEqualTo(1);
        assertThat(changes.get("roles_removed").asLong()).isZero();
        List<JsonNode> items = new ArrayList<>();
        changes.get("items").forEach(items::add);
        assertThat(items.get(0).get("kind").asString()).isEqualTo("added");
        assertThat(items.get(0).get("role_id").asString()).isEqualTo("medical-receptionist");
        JsonNode salary = items.stream().filter(i -> "average salary".equals(i.path("field").asString())).findFirst().orElseThrow();
        assertThat(salary.get("role_id").asString()).isEqualTo("patient-account-manager");
        assertThat(salary.get("old").asDouble()).isEqualTo(70777);
        assertThat(salary.get("new").asDouble()).isEqualTo(73000);
        assertThat(salary.get("change").asDouble()).isEqualTo(3.14);
        assertThat(salary.get("unit").asString()).isEqualTo("%");
        try (XSSFWorkbook wb = new XSSFWorkbook(
                Files.newInputStream(cli.runDir().resolve("comparisons.xlsx")))) {
            var sheet = wb.getSheet("Changes");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("medical-receptionist");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("added");
            boolean salaryRow = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row != null && row.getCell(3) != null && "average salary".equals(row.getCell(3).getStringCellValue())) {
                    salaryRow = true;
                    assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(70777);
                    assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(73000);
                    assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(3.14);
                }
            }
            assertThat(salaryRow).as("Changes sheet lists the salary change").isTrue();
        }
        String report = RunCommandIntegrationTests.pdfText(cli.runDir().resolve("pdf/patient-relations-manager-vs-patient-account-manager.pdf"));
        assertThat(report).contains("Average salary of Patient Account Manager up 3.1% since 2026-11-26");
    }

    @Test
    void aBackfillAndARerunCompareWithTheNewestEarlierRunDate() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        assertThat(cli.runOn("2026-11-25").exitCode()).isZero();
        setSalary(cli, "73000");
        assertThat(cli.runOn("2026-11-27").exitCode()).isZero();

        // when
        setSalary(cli, "71000");
        CliRun.Result backfill = cli.runOn("2026-11-26");
        JsonNode backfillChanges = changes(cli, "2026-11-26");
        setSalary(cli, "72000");
        CliRun.Result rerun = cli.runOn("2026-11-26");
        JsonNode rerunChanges = changes(cli, "2026-11-26");

        // then
        assertThat(backfill.exitCode()).as(backfill.err()).isZero();
        assertThat(backfillChanges.get("previous_run_date").asString()).isEqualTo("2026-11-25");
        assertThat(salaryChange(cli, "2026-11-26")).isEqualTo(List.of(70777.0, 72000.0));
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerunChanges.get("previous_run_date").asString()).isEqualTo("2026-11-25");
        JsonNode salary = salaryItem(backfillChanges);
        assertThat(salary.get("old").asDouble()).isEqualTo(70777);
        assertThat(salary.get("new").asDouble()).isEqualTo(71000);
    }

    private static void setSalary(CliRun cli, String salary) throws Exception {
        Path roles = cli.input().resolve("roles.csv");
        Files.writeString(roles, Files.readString(roles).replaceFirst(",(70777|7[1-3]000),[0-9.]+,", "," + salary + ",34.03,"));
    }

    private static JsonNode changes(CliRun cli, String runDate) throws Exception {
        return JsonMapper.builder().build().readTree(Files.readString(cli.output().resolve(runDate).resolve("manifest.json")))
                .get("changes");
    }

    private static JsonNode salaryItem(JsonNode changes) {
        List<JsonNode> items = new ArrayList<>();
        changes.get("items").forEach(items::add);
        return items.stream().filter(i -> "average salary".equals(i.path("field").asString())).findFirst().orElseThrow();
    }

    /** Old and new average salary on the Changes sheet of the run of {@code runDate}. */
    private static List<Double> salaryChange(CliRun cli, String runDate) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(
                Files.newInputStream(cli.output().resolve(runDate).resolve("comparisons.xlsx")))) {
            var sheet = wb.getSheet("Changes");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row != null && row.getCell(3) != null && "average salary".equals(row.getCell(3).getStringCellValue())) {
                    return List.of(row.getCell(4).getNumericCellValue(), row.getCell(5).getNumericCellValue());
                }
            }
        }
        return List.of();
    }

    @Test
    void theFirstRunHasNothingToCompareWith() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");

        // when
        cli.run();

        // then
        JsonNode changes = JsonMapper.builder().build().readTree(Files.readString(cli.runDir().resolve("manifest.json"))).get("changes");
        assertThat(changes.get("previous_run_date").isNull()).isTrue();
        assertThat(changes.get("items")).isEmpty();
        assertThat(RunCommandIntegrationTests.pdfText(cli.runDir().resolve("pdf/patient-relations-manager-vs-patient-account-manager.pdf")))
                .doesNotContain(" since 20");
    }
}
