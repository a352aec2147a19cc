package org.rolecompare.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rolecompare.report.xlsx.WorkbookWriterTests.facts;
import static org.rolecompare.report.xlsx.WorkbookWriterTests.open;
import static org.rolecompare.report.xlsx.WorkbookWriterTests.seedRow;
import static org.rolecompare.report.xlsx.WorkbookWriterTests.seedSource;
import static org.rolecompare.report.xlsx.WorkbookWriterTests.sheetNames;
import static org.rolecompare.report.xlsx.WorkbookWriterTests.texts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What makes the workbook read right for analysts on real data, checked as they see it after
 * opening the file: a Definitions sheet explaining every Comparisons column (whose headers stay
 * machine names) and the header comments that repeat the meaning; print setup that gives readable
 * pages (landscape, one page wide, header row on every page, sheet name and page numbers); an
 * empty Data quality sheet that says so.
 */
class WorkbookReadabilityTests {

    @TempDir
    Path dir;

    @Test
    void definitionsExplainEveryComparisonsColumnInColumnOrder() throws IOException {
        // given
        WorkbookSource source = seedSource();

        // when
        try (XSSFWorkbook workbook = write(source)) {
            // then
            Sheet definitions = workbook.getSheet("Definitions");
            assertThat(texts(definitions.getRow(0)))
                    .containsExactly("sheet", "column", "meaning", "formula", "unit", "decimals", "source");
            List<String> defined = new ArrayList<>();
            for (Row row : definitions) {
                if (row.getRowNum() > 0 && text(row, 0).equals("Comparisons")) {
                    defined.add(text(row, 1));
                    assertThat(text(row, 2)).as("meaning of " + text(row, 1)).isNotBlank();
                    assertThat(text(row, 6)).as("source of " + text(row, 1)).isNotBlank();
                }
            }
            assertThat(defined).containsExactlyElementsOf(texts(workbook.getSheet("Comparisons").getRow(0)));
            Row ratio = rowOf(definitions, "salary_ratio");
            assertThat(text(ratio, 3)).isEqualTo("R average_salary \u00f7 L average_salary");
            assertThat(ratio.getCell(5).getNumericCellValue()).isEqualTo(4);
            assertThat(text(ratio, 6)).isEqualTo("roles.csv average_salary");
            assertThat(rowOf(definitions, "race_distance_pp").getCell(5).getNumericCellValue()).isEqualTo(2);
            assertThat(rowOf(definitions, "shared_skills").getCell(5)).isNull();
            assertThat(text(rowOf(definitions, "pp"), 2)).startsWith("Percentage points");
            assertThat(text(rowOf(definitions, "short_title"), 0)).isEqualTo("Roles");
            assertThat(text(rowOf(definitions, "salary_max"), 2)).contains("top-codes");
            assertThat(definitions.getRow(1).getCell(2).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void comparisonsHeaderCellsCarryTheirMeaningAsComments() throws IOException {
        // given
        WorkbookSource source = seedSource();

        // when
        try (XSSFWorkbook workbook = write(source)) {
            // then
            XSSFSheet sheet = workbook.getSheet("Comparisons");
            List<String> headers = texts(sheet.getRow(0));
            assertThat(sheet.getCellComments()).as("one comment per column, none per row").hasSize(headers.size());
            Comment ratio = sheet.getCellComment(new CellAddress(0, headers.indexOf("salary_ratio")));
            assertThat(ratio.getString().getString()).startsWith("The right role's average salary as a multiple");
            assertThat(sheet.getCellComment(new CellAddress(0, headers.indexOf("skill_weighted_overlap"))).getString()
                    .getString()).contains("shared skills");
            assertThat(sheet.getCellComments().keySet()).allMatch(address -> address.getRow() == 0);
        }
    }

    @Test
    void everySheetPrintsLandscapeOnePageWideWithItsHeaderOnEveryPage() throws IOException {
        // given
        WorkbookSource source = seedSource();

        // when
        try (XSSFWorkbook workbook = write(source)) {
            // then
            for (String name : sheetNames(workbook)) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
                assertThat(sheet.getFitToPage()).as(name).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).as(name).isZero();
                assertThat(sheet.getHeader().getCenter()).as(name).isEqualTo("&A");
                assertThat(sheet.getFooter().getCenter()).as(name).isEqualTo("Page &P of &N");
                assertThat(sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT)).as(name).isEqualTo(0.5);
                if (!name.equals("Summary")) {
                    assertThat(sheet.getRepeatingRows()).as(name).isEqualTo(CellRangeAddress.valueOf("1:1"));
                }
            }
        }
    }

    @Test
    void anEmptyDataQualitySheetSaysThereAreNoFindingsBelowItsTable() throws IOException {
        // given
        WorkbookSource source = new WorkbookWriterTests.TestSource(facts(), List.of(), List.of(seedRow()), List.of(),
                List.of());

        // when
        try (XSSFWorkbook workbook = write(source)) {
            // then
            XSSFSheet sheet = workbook.getSheet("Data quality");
            assertThat(sheet.getTables().get(0).getCTTable().getRef()).isEqualTo("A1:I2");
            assertThat((Object) sheet.getRow(1)).as("the table's blank row holds no fake finding").isNull();
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("No findings: every row of every input file passed every rule.");
        }
    }

    @Test
    void dataQualityWithFindingsHasNoNote() throws IOException {
        // given
        WorkbookSource source = seedSource();

        // when
        try (XSSFWorkbook workbook = write(source)) {
            // then
            Sheet sheet = workbook.getSheet("Data quality");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("roles.csv");
        }
    }

    private XSSFWorkbook write(WorkbookSource source) throws IOException {
        Path target = dir.resolve("comparisons.xlsx");
        WorkbookWriter.write(source, target);
        return open(target);
    }

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? "" : row.getCell(column).getStringCellValue();
    }

    private static Row rowOf(Sheet sheet, String column) {
        for (Row row : sheet) {
            if (text(row, 1).equals(column)) {
                return row;
            }
        }
        throw new AssertionError("no definition of " + column);
    }
}
