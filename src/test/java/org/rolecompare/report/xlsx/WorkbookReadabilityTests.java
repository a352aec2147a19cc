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
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.RoleProfile;

/**
 * What makes the workbook read right for analysts on real data, checked as they see it after
 * opening the file: a Definitions sheet explaining every Comparisons column (whose headers stay
 * machine names) and the header comments that repeat the meaning; print setup that gives readable
 * pages (landscape, one page wide, header row on every page, sheet name and page numbers); an
 * empty Data quality sheet that says so; and a salary-ratio chart of equal bins with axis titles
 * in words.
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
            assertThat(ratio.getCell(5).getCellStyle().getVerticalAlignment()).isEqualTo(VerticalAlignment.TOP);
            assertThat(rowOf(definitions, "salary_range_overlap").getHeightInPoints()).as("room for wrapped lines")
                    .isGreaterThanOrEqualTo(45);
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
    void rolesHeaderCellsExplainOnlyTheLessObviousColumns() throws IOException {
        // given
        WorkbookSource source = seedSource();

        // when
        try (XSSFWorkbook workbook = write(source)) {
            // then
            XSSFSheet roles = workbook.getSheet("Roles");
            List<String> headers = texts(roles.getRow(0));
            assertThat(roles.getCellComment(new CellAddress(0, headers.indexOf("salary_max"))).getString().getString())
                    .contains("top-codes");
            assertThat(roles.getCellComment(new CellAddress(0, headers.indexOf("role_id")))).isNull();
        }
    }

    @Test
    void aNoisyDifferenceIsReadBackFromTheSheetRounded() throws IOException {
        // given: 20.4 − 20.1 is 0.29999999999999716 in plain doubles
        RoleProfile left = withHourlyRate("clerk", 20.1);
        RoleProfile right = withHourlyRate("typist", 20.4);
        ComparisonRow row = new ComparisonRow(left.role(), right.role(), MetricsCalculator.compute(left, right), null);
        WorkbookSource source = new WorkbookWriterTests.TestSource(facts(), List.of(), List.of(row), List.of(), List.of());

        // when
        try (XSSFWorkbook workbook = write(source)) {
            // then
            assertThat(WorkbookWriterTests.cell(workbook.getSheet("Comparisons"), 1, "hourly_diff").getNumericCellValue())
                    .isEqualTo(0.3);
        }
    }

    @Test
    void everySheetPrintsLandscapeWithItsHeaderOnEveryPage() throws IOException {
        // given
        WorkbookSource source = seedSource();

        // when
        try (XSSFWorkbook workbook = write(source)) {
            // then
            for (String name : sheetNames(workbook)) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
                assertThat(sheet.getFitToPage()).as(name).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isBetween((short) 1, (short) PageSetup.MAX_PAGES_WIDE);
                assertThat(sheet.getPrintSetup().getFitHeight()).as(name).isZero();
                assertThat(sheet.getHeader().getCenter()).as(name).isEqualTo("&A");
                assertThat(sheet.getFooter().getCenter()).as(name).isEqualTo("Page &P of &N");
                assertThat(sheet.getMargin(PageMargin.LEFT)).as(name).isEqualTo(0.5);
                if (!name.equals("Summary")) {
                    assertThat(sheet.getRepeatingRows()).as(name).isEqualTo(CellRangeAddress.valueOf("1:1"));
                }
            }
        }
    }

    @Test
    void comparisonsPrintAcrossPagesWithTheTitlesRepeatedOnEach() throws IOException {
        // given: about 700 characters of columns, unreadable at one page wide
        WorkbookSource source = seedSource();

        // when
        try (XSSFWorkbook workbook = write(source)) {
            XSSFSheet sheet = workbook.getSheet("Comparisons");

            // then
            assertThat(sheet.getPrintSetup().getFitWidth()).isBetween((short) 2, (short) PageSetup.MAX_PAGES_WIDE);
            assertThat(sheet.getRepeatingColumns()).isEqualTo(CellRangeAddress.valueOf("A:B"));
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("left_title");
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

    @Test
    void theSalaryRatioChartHasAxisTitlesInWordsAndPrintsOnTheFirstPage() throws IOException {
        // given
        WorkbookSource source = seedSource();

        // when
        try (XSSFWorkbook workbook = write(source)) {
            // then
            XSSFSheet summary = workbook.getSheet("Summary");
            XSSFChart chart = summary.getDrawingPatriarch().getCharts().get(0);
            String xml = chart.getCTChartSpace().xmlText();
            assertThat(xml).contains("<a:t>Salary ratio (right \u00f7 left)</a:t>", "<a:t>Comparisons</a:t>",
                    "<a:t>Comparisons by salary ratio (right \u00f7 left)</a:t>")
                    .doesNotContain("salary_ratio");
            assertThat(xml).contains("<c:v>1.10\u20131.15</c:v>", "<c:v>1.60\u20131.65</c:v>");
            XSSFClientAnchor anchor = (XSSFClientAnchor) summary.getDrawingPatriarch().getShapes().get(0).getAnchor();
            assertThat(anchor.getRow1()).as("right below the title, so no page break comes before it").isEqualTo(2);
            assertThat(summary.getRowBreaks()).isEmpty();
        }
    }

    @Test
    void histogramBinsAreEqualAndNiceAndIncludeTheirLowerEdge() {
        // given
        SalaryRatioHistogram histogram = new SalaryRatioHistogram();

        // when
        for (double ratio : new double[] {0.8, 1.0, 1.15, 1.25, 1.3, 2.4}) {
            histogram.add(ratio);
        }
        histogram.add(null);

        // then
        assertThat(histogram.width()).isEqualTo(0.25);
        assertThat(histogram.labels()).containsExactly("0.75\u20131.00", "1.00\u20131.25", "1.25\u20131.50",
                "1.50\u20131.75", "1.75\u20132.00", "2.00\u20132.25", "2.25\u20132.50");
        assertThat(histogram.counts()).containsExactly(1.0, 2.0, 2.0, 0.0, 0.0, 0.0, 1.0);
    }

    @Test
    void histogramOfNoRatiosIsOneEmptyBinAroundEqualPay() {
        // given
        SalaryRatioHistogram histogram = new SalaryRatioHistogram();

        // when
        String[] labels = histogram.labels();

        // then
        assertThat(labels).containsExactly("1.00\u20131.25");
        assertThat(histogram.counts()).containsExactly(0.0);
    }

    @Test
    void histogramOfWidelySpreadRatiosUsesWholeNumberBins() {
        // given
        SalaryRatioHistogram histogram = new SalaryRatioHistogram();

        // when
        histogram.add(0.3);
        histogram.add(9.7);

        // then
        assertThat(histogram.labels()).hasSize(10).startsWith("0\u20131").endsWith("9\u201310");
    }

    private static RoleProfile withHourlyRate(String id, double hourly) {
        Role role = new Role(id, id, null, null, hourly * 2080, hourly, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
        return new RoleProfile(role, List.of(), List.of(), List.of());
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
