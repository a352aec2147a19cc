package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What changed since last night: a salary raised and a role added between two runs of the same
 * job show up in the manifest's changes section and as one line in the affected report.
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
        assertThat(salary.get("change").asDouble()).isCloseTo(3.14, within(0.01));
        assertThat(salary.get("unit").asString()).isEqualTo("%");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
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
                    assertThat(row.getCell(6).getNumericCellValue()).isCloseTo(3.14, within(0.01));
                }
            }
            assertThat(salaryRow).as("Changes sheet lists the salary change").isTrue();
        }
        String report = RunCommandIntegrationTests.pdfText(cli.runDir().resolve("pdf/patient-relations-manager-vs-patient-account-manager.pdf"));
        assertThat(report).contains("Average salary of Patient Account Manager up 3.1% since 2026-11-26");
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
