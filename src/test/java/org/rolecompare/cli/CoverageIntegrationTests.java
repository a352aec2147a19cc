package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Coverage on real-style data (top-coded salaries, sparse demographics, unknown skill shares),
 * through the real command line: per field, how many accepted roles have it known, in manifest.json
 * and in the workbook's Summary sheet, with the numbers counted by hand from the fixture's files.
 */
class CoverageIntegrationTests {

    @TempDir
    Path temp;

    @Test
    void theManifestAndTheSummarySheetSayHowManyRolesHaveEachField() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("real-style");

        // when
        CliRun.Result result = cli.run();

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode coverage = JsonMapper.builder().build().readTree(Files.readString(cli.runDir().resolve("manifest.json"))).get("coverage");
        assertThat(knownOf(coverage, "salary_max")).isEqualTo("26 of 34");
        assertThat(knownOf(coverage, "salary_min")).isEqualTo("34 of 34");
        assertThat(knownOf(coverage, "description")).isEqualTo("30 of 34");
        assertThat(knownOf(coverage, "lgbt_share")).isEqualTo("7 of 34");
        assertThat(knownOf(coverage, "job_satisfaction")).isEqualTo("0 of 34");
        assertThat(knownOf(coverage, "demographics")).isEqualTo("12 of 34");
        assertThat(knownOf(coverage, "demographics:gender")).isEqualTo("12 of 34");
        assertThat(knownOf(coverage, "demographics:race")).isEqualTo("6 of 34");
        assertThat(knownOf(coverage, "skills")).isEqualTo("31 of 34");
        assertThat(knownOf(coverage, "skill_shares")).isEqualTo("7 of 34");
        assertThat(knownOf(coverage, "responsibilities")).isEqualTo("28 of 34");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(cli.runDir().resolve("comparisons.xlsx")))) {
            Map<String, Row> block = coverageBlock(wb.getSheet("Summary"));
            assertThat(block).containsKeys("description", "salary_max", "demographics:race", "skill_shares");
            Row salaryMax = block.get("salary_max");
            assertThat(salaryMax.getCell(1).getNumericCellValue()).isEqualTo(26);
            assertThat(salaryMax.getCell(2).getNumericCellValue()).isEqualTo(34);
            assertThat(salaryMax.getCell(3).getNumericCellValue()).isCloseTo(76.47, within(0.005));
            assertThat(block.get("skill_shares").getCell(1).getNumericCellValue()).isEqualTo(7);
        }
    }

    private static String knownOf(JsonNode coverage, String field) {
        JsonNode c = coverage.get(field);
        return c.get("known").asLong() + " of " + c.get("of").asLong();
    }

    /** The rows under the Summary's "Coverage" header, by field name. */
    private static Map<String, Row> coverageBlock(Sheet summary) {
        Map<String, Row> rows = new HashMap<>();
        boolean inBlock = false;
        for (Row row : summary) {
            Cell first = row.getCell(0);
            String label = first == null || first.getCellType() != CellType.STRING ? "" : first.getStringCellValue();
            if (label.equals("Coverage")) {
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Roles known");
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Of accepted");
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Known %");
                inBlock = true;
            } else if (inBlock && !label.isEmpty()) {
                rows.put(label, row);
            } else if (inBlock) {
                break;
            }
        }
        return rows;
    }
}
