package org.rolecompare.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.changes.RoleChange;
import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.SeedProfiles;
import org.rolecompare.files.FileCount;
import org.rolecompare.files.RunFacts;
import org.rolecompare.validate.Finding;
import org.rolecompare.validate.Rule;

class WorkbookWriterTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 27);
    private static final String SEED_PDF = "pdf/patient-relations-manager-vs-patient-account-manager.pdf";
    private static final String SEED_PAGE = "html/compare/patient-relations-manager-vs-patient-account-manager.html";
    private static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";

    @TempDir
    Path dir;

    @Test
    void writesTheNineSheetsInOrderWithDocumentProperties() throws IOException {
        // given
        Path target = dir.resolve("comparisons.xlsx");

        // when
        WorkbookResult result = WorkbookWriter.write(seedSource(), target);

        // then
        try (XSSFWorkbook workbook = open(target)) {
            assertThat(sheetNames(workbook))
                    .containsExactly("Summary", "Comparisons", "Changes", "Roles", "Skills", "Demographics",
                            "Data quality", "Rejected rows", "Definitions");
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("role-compare comparisons 2026-11-27");
            assertThat(core.getCreator()).isEqualTo("role-compare");
            assertThat(core.getCreated()).isEqualTo(Date.from(RUN_DATE.atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        assertThat(result.comparisonRows()).isEqualTo(2);
    }

    @Test
    void comparisonHeadersAreTheMetricIds() throws IOException {
        // given
        WorkbookSource source = seedSource();

        // when
        try (XSSFWorkbook workbook = writeAndOpen(source)) {
            // then
            assertThat(texts(workbook.getSheet("Comparisons").getRow(0))).containsExactly(
                    "left_title", "right_title", "left_role_id", "right_role_id", "salary_diff", "salary_ratio",
                    "higher_paid", "hourly_diff", "salary_range_overlap", "growth_diff_pp", "job_count_ratio",
                    "left_years_to_become", "right_years_to_become", "longer_to_become", "experience_diff",
                    "age_diff", "same_degree", "same_major", "same_college", "gender_distance_pp",
                    "race_distance_pp", "female_share_diff_pp", "lgbt_share_diff_pp", "shared_skills",
                    "skill_jaccard", "skill_weighted_overlap", "report", "page");
        }
    }

    @Test
    void seedPairMetricsAreNumbersRoundedToTheirPrecisionWithFormats() throws IOException {
        // given
        WorkbookSource source = seedSource();

        // when
        try (XSSFWorkbook workbook = writeAndOpen(source)) {
            // then
            Sheet sheet = workbook.getSheet("Comparisons");
            assertNumber(sheet, 1, "salary_diff", 27144, "$#,##0");
            assertNumber(sheet, 1, "salary_ratio", 1.6221, "0.00");
            assertNumber(sheet, 1, "hourly_diff", 13.05, "$#,##0.00");
            assertNumber(sheet, 1, "salary_range_overlap", 0.6341, "0.00");
            assertNumber(sheet, 1, "growth_diff_pp", 32, "0.0 \"pp\"");
            assertNumber(sheet, 1, "job_count_ratio", 1.9717, "0.00");
            assertNumber(sheet, 1, "experience_diff", 2, "0.0");
            assertNumber(sheet, 1, "age_diff", 7, "0.0");
            assertNumber(sheet, 1, "gender_distance_pp", 0.6, "0.0 \"pp\"");
            assertNumber(sheet, 1, "race_distance_pp", 7.95, "0.0 \"pp\"");
            assertNumber(sheet, 1, "female_share_diff_pp", 0.6, "0.0 \"pp\"");
            assertNumber(sheet, 1, "lgbt_share_diff_pp", 5, "0.0 \"pp\"");
            assertNumber(sheet, 1, "skill_jaccard", 0.2, "0.00");
            assertNumber(sheet, 1, "skill_weighted_overlap", 26, "0.0");
            assertThat(cell(sheet, 1, "salary_ratio").getNumericCellValue()).as("stored rounded, not 1.62211…")
                    .isEqualTo(1.6221);
            assertThat(cell(sheet, 1, "race_distance_pp").getNumericCellValue()).isEqualTo(7.95);
            assertThat(cell(sheet, 1, "same_degree").getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(cell(sheet, 1, "same_degree").getBooleanCellValue()).isTrue();
            assertThat(cell(sheet, 1, "shared_skills").getStringCellValue()).isEqualTo("Patients, Patient Care");
            assertThat(cell(sheet, 1, "higher_paid").getStringCellValue()).isEqualTo("patient-account-manager");
            assertThat(cell(sheet, 1, "longer_to_become").getStringCellValue()).isEqualTo("patient-account-manager");
            assertThat(cell(sheet, 1, "left_years_to_become").getStringCellValue()).isEqualTo("2-4");
            assertThat(cell(sheet, 1, "right_years_to_become").getStringCellValue()).isEqualTo("4-6");
        }
    }

    @Test
    void unknownMetricsLeaveCellsEmpty() throws IOException {
        // given
        WorkbookSource source = seedSource();

        // when
        try (XSSFWorkbook workbook = writeAndOpen(source)) {
            // then
            Sheet sheet = workbook.getSheet("Comparisons");
            for (String header : List.of("hourly_diff", "salary_range_overlap", "growth_diff_pp", "job_count_ratio",
                    "right_years_to_become", "longer_to_become", "age_diff", "same_degree", "gender_distance_pp",
                    "female_share_diff_pp", "shared_skills", "skill_weighted_overlap", "report", "page")) {
                assertThat(cell(sheet, 2, header).getCellType()).as(header).isEqualTo(CellType.BLANK);
            }
            assertNumber(sheet, 2, "salary_diff", 50000 - 43633, "$#,##0");
            assertThat(cell(sheet, 2, "higher_paid").getStringCellValue()).isEqualTo("minimal-role");
        }
    }

    @Test
    void sheetsHaveFrozenHeadersAndStyledTablesWithoutSheetFilters() throws IOException {
        // given
        WorkbookSource source = seedSource();

        // when
        try (XSSFWorkbook workbook = writeAndOpen(source)) {
            // then
            PaneInformation comparisons = workbook.getSheet("Comparisons").getPaneInformation();
            assertThat(comparisons.isFreezePane()).isTrue();
            assertThat(comparisons.getVerticalSplitPosition()).isEqualTo((short) 2);
            assertThat(comparisons.getHorizontalSplitPosition()).isEqualTo((short) 1);
            for (String name : List.of("Comparisons", "Changes", "Roles", "Skills", "Demographics", "Data quality")) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isFalse();
                assertThat(sheet.getTables()).as(name).hasSize(1);
                XSSFTable table = sheet.getTables().get(0);
                assertThat(table.getStyleName()).isEqualTo("TableStyleMedium2");
                assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo(table.getCTTable().getRef());
                assertThat(table.getColumns()).extracting(XSSFTableColumn::getName)
                        .containsExactlyElementsOf(texts(sheet.getRow(0)));
            }
            assertThat(tableRef(workbook, "Comparisons")).isEqualTo("A1:AB3");
            assertThat(tableRef(workbook, "Changes")).isEqualTo("A1:H2");
            assertThat(tableRef(workbook, "Roles")).isEqualTo("A1:X5");
            assertThat(tableRef(workbook, "Skills")).isEqualTo("A1:D5");
            assertThat(tableRef(workbook, "Demographics")).isEqualTo("A1:D4");
            assertThat(tableRef(workbook, "Data quality")).isEqualTo("A1:I3");
            assertThat(workbook.getSheet("Comparisons").getTables().get(0).getName()).isEqualTo("Comparisons");
            assertThat(workbook.getSheet("Data quality").getTables().get(0).getName()).isEqualTo("Data_quality");
            assertThat(workbook.getSheet("Roles").getColumnWidth(4)).as("description").isEqualTo(60 * 256);
        }
    }

    @Test
    void comparisonsFreezeTheHeaderAndTheTwoTitleColumnsShowingShortTitles() throws IOException {
        // given: an official 87-character title with a short title, beside a role without one
        ComparisonRow seed = seedRow();
        Role official = new Role("press-operators", "Cutting, Punching, and Press Machine Setters, Operators, and Tenders, "
                + "Metal and Plastic", null, null, 40000, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, "Press Machine Operators", "press machine operator");
        ComparisonRow row = new ComparisonRow(seed.left(), official, seed.metrics(), null);
        WorkbookSource source = new TestSource(facts(), List.of(), List.of(row), List.of(official), List.of());

        // when
        try (XSSFWorkbook workbook = writeAndOpen(source)) {
            // then
            XSSFSheet sheet = workbook.getSheet("Comparisons");
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getVerticalSplitPosition()).as("frozen columns").isEqualTo((short) 2);
            assertThat(pane.getHorizontalSplitPosition()).as("frozen rows").isEqualTo((short) 1);
            assertThat(texts(sheet.getRow(0)).subList(0, 4))
                    .containsExactly("left_title", "right_title", "left_role_id", "right_role_id");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Patient Relations Manager");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Press Machine Operators");
            assertThat(sheet.getColumnWidth(0) + sheet.getColumnWidth(1)).as("frozen width")
                    .isLessThanOrEqualTo(2 * TableWriter.FROZEN_MAX_CHARS * 256);
            Sheet roles = workbook.getSheet("Roles");
            assertThat(cell(roles, 1, "title").getStringCellValue()).startsWith("Cutting, Punching");
            assertThat(cell(roles, 1, "short_title").getStringCellValue()).isEqualTo("Press Machine Operators");
            assertThat(cell(roles, 1, "singular_title").getStringCellValue()).isEqualTo("press machine operator");
        }
    }

    @Test
    void anEmptyTableSpansOneBlankRowAsExcelRequires() throws IOException {
        // given
        WorkbookSource source = new TestSource(facts(), List.of(), List.of(), List.of(), List.of());

        // when
        try (XSSFWorkbook workbook = writeAndOpen(source)) {
            // then
            assertThat(tableRef(workbook, "Data quality")).isEqualTo("A1:I2");
            assertThat((Object) workbook.getSheet("Data quality").getRow(1)).as("no fake finding row").isNull();
        }
    }

    @Test
    void skillsAndDemographicsAreLongTablesOfNumbers() throws IOException {
        // given
        WorkbookSource source = seedSource();

        // when
        try (XSSFWorkbook workbook = writeAndOpen(source)) {
            // then
            Sheet skills = workbook.getSheet("Skills");
            assertThat(texts(skills.getRow(0))).containsExactly("role_id", "rank", "skill", "share");
            assertThat(cell(skills, 2, "role_id").getStringCellValue()).isEqualTo("patient-relations-manager");
            assertNumber(skills, 2, "rank", 2, "#,##0");
            assertThat(cell(skills, 2, "skill").getStringCellValue()).isEqualTo("Schedule Appointments");
            assertNumber(skills, 2, "share", 12.5, "0.0");
            assertThat(cell(skills, 4, "share").getCellType()).isEqualTo(CellType.BLANK);
            Sheet demographics = workbook.getSheet("Demographics");
            assertThat(texts(demographics.getRow(0))).containsExactly("role_id", "dimension", "category", "share");
            assertThat(cell(demographics, 1, "dimension").getStringCellValue()).isEqualTo("gender");
            assertThat(cell(demographics, 1, "category").getStringCellValue()).isEqualTo("Female");
            assertNumber(demographics, 1, "share", 79.2, "0.0");
        }
    }

    @Test
    void reportColumnLinksToThePdfRelativeToTheWorkbook() throws IOException {
        // given
        WorkbookSource source = seedSource();

        // when
        try (XSSFWorkbook workbook = writeAndOpen(source)) {
            // then
            Cell report = cell(workbook.getSheet("Comparisons"), 1, "report");
            assertThat(report.getStringCellValue())
                    .isEqualTo("patient-relations-manager-vs-patient-account-manager.pdf");
            assertThat(report.getHyperlink().getType()).isEqualTo(HyperlinkType.FILE);
            assertThat(report.getHyperlink().getAddress()).isEqualTo(SEED_PDF);
        }
    }

    @Test
    void pageColumnLinksToTheWebPageBesideThePdfLink() throws IOException {
        // given
        WorkbookSource source = seedSource();

        // when
        try (XSSFWorkbook workbook = writeAndOpen(source)) {
            // then
            Cell page = cell(workbook.getSheet("Comparisons"), 1, "page");
            assertThat(page.getColumnIndex()).isEqualTo(cell(workbook.getSheet("Comparisons"), 1, "report").getColumnIndex() + 1);
            assertThat(page.getStringCellValue()).isEqualTo("patient-relations-manager-vs-patient-account-manager.html");
            assertThat(page.getHyperlink().getType()).isEqualTo(HyperlinkType.FILE);
            assertThat(page.getHyperlink().getAddress()).isEqualTo(SEED_PAGE);
        }
    }

    @Test
    void aPdfPathWithSpacesBecomesAValidLinkAddress() throws IOException {
        // given
        ComparisonRow seed = seedRow();
        ComparisonRow spaced = new ComparisonRow(seed.left(), seed.right(), seed.metrics(), "pdf/a b.pdf");
        WorkbookSource source = new TestSource(facts(), List.of(), List.of(spaced), List.of(), List.of());

        // when
        try (XSSFWorkbook workbook = writeAndOpen(source)) {
            // then
            Cell report = cell(workbook.getSheet("Comparisons"), 1, "report");
            assertThat(report.getStringCellValue()).isEqualTo("a b.pdf");
            assertThat(report.getHyperlink().getAddress()).isEqualTo("pdf/a%20b.pdf");
        }
    }

    @Test
    void linksBeyondTheInMemoryLimitBecomeHyperlinkFormulas() throws IOException {
        // given
        Path target = dir.resolve("comparisons.xlsx");
        WorkbookSource source = new TestSource(facts(), List.of(), List.of(seedRow(), seedRow()), List.of(), List.of());

        // when
        WorkbookWriter.write(source, target, new Limits(1_000, 1));

        // then
        try (XSSFWorkbook workbook = open(target)) {
            Sheet sheet = workbook.getSheet("Comparisons");
            assertThat(cell(sheet, 1, "report").getHyperlink().getAddress()).isEqualTo(SEED_PDF);
            Cell second = cell(sheet, 2, "report");
            assertThat(second.getHyperlink()).isNull();
            assertThat(second.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(second.getCellFormula()).isEqualTo("HYPERLINK(\"" + SEED_PDF
                    + "\",\"patient-relations-manager-vs-patient-account-manager.pdf\")");
            assertThat(second.getCachedFormulaResultType()).isEqualTo(CellType.STRING);
            assertThat(second.getStringCellValue()).isEqualTo("patient-relations-manager-vs-patient-account-manager.pdf");
        }
    }

    @Test
    void textIsStoredAsTextMadeSafeAndCutToTheCellLimit() throws IOException {
        // given
        Path target = dir.resolve("comparisons.xlsx");

        // when
        WorkbookResult result = WorkbookWriter.write(seedSource(), target);

        // then
        try (XSSFWorkbook workbook = open(target)) {
            Sheet roles = workbook.getSheet("Roles");
            Row odd = roles.getRow(3);
            assertThat(odd.getCell(0).getStringCellValue()).isEqualTo("odd-role");
            assertThat(odd.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(odd.getCell(1).getStringCellValue()).isEqualTo(FORMULA);
            assertThat(cell(roles, 3, "description").getStringCellValue()).hasSize(32_767);
            assertThat(cell(roles, 3, "common_degree").getStringCellValue()).isEqualTo("Bachelor's Degree");
        }
        assertThat(result.truncatedCells()).isEqualTo(1);
    }

    @Test
    void rolesSheetHasOneTypedRowPerRole() throws IOException {
        // given
        WorkbookSource source = seedSource();

        // when
        try (XSSFWorkbook workbook = writeAndOpen(source)) {
            // then
            Sheet roles = workbook.getSheet("Roles");
            assertThat(texts(roles.getRow(0))).hasSize(24)
                    .startsWith("role_id", "title", "short_title", "singular_title", "description")
                    .endsWith("best_paying_industry");
            assertThat(roles.getLastRowNum()).isEqualTo(4);
            assertNumber(roles, 1, "average_salary", 43633, "$#,##0");
            assertNumber(roles, 1, "job_count", 77096, "#,##0");
            assertNumber(roles, 1, "growth_rate", -4, "0.0");
            assertThat(cell(roles, 1, "years_to_become").getStringCellValue()).isEqualTo("2-4");
            assertThat(cell(roles, 1, "job_satisfaction").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(cell(roles, 4, "hourly_rate").getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void summaryShowsRunFactsAsRealDatesAndNumbers() throws IOException {
        // given
        WorkbookSource source = seedSource();

        // when
        try (XSSFWorkbook workbook = writeAndOpen(source)) {
            // then
            Sheet summary = workbook.getSheet("Summary");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("role-compare run summary");
            Cell runDate = valueOf(summary, "Run date");
            assertThat(runDate.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(runDate.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(RUN_DATE);
            assertThat(runDate.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(valueOf(summary, "Input folder").getStringCellValue()).isEqualTo("input");
            Row roles = rowOf(summary, "roles.csv");
            assertThat(List.of(roles.getCell(1).getNumericCellValue(), roles.getCell(2).getNumericCellValue(),
                    roles.getCell(3).getNumericCellValue())).containsExactly(4.0, 3.0, 1.0);
            assertThat(valueOf(summary, "Comparisons written").getNumericCellValue()).isEqualTo(2);
            assertThat(valueOf(summary, "Comparisons written").getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(valueOf(summary, "Error findings").getNumericCellValue()).isEqualTo(1);
            assertThat(valueOf(summary, "Warning findings").getNumericCellValue()).isEqualTo(1);
            assertThat(valueOf(summary, "Info findings").getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void summaryLinksEveryOtherSheetAndChartsTheSalaryRatios() throws IOException {
        // given
        WorkbookSource source = seedSource();

        // when
        try (XSSFWorkbook workbook = writeAndOpen(source)) {
            // then
            XSSFSheet summary = workbook.getSheet("Summary");
            for (String name : List.of("Comparisons", "Changes", "Roles", "Skills", "Demographics", "Data quality",
                    "Definitions")) {
                Cell link = rowOf(summary, name).getCell(0);
                assertThat(link.getHyperlink().getType()).as(name).isEqualTo(HyperlinkType.DOCUMENT);
                assertThat(link.getHyperlink().getAddress()).as(name).isEqualTo("'" + name + "'!A1");
            }
            int header = SummarySheet.CHART_DATA_ROW;
            assertThat(summary.getRow(header).getCell(SummarySheet.CHART_COLUMN).getStringCellValue())
                    .isEqualTo("Salary ratio (right \u00f7 left)");
            List<String> bins = new ArrayList<>();
            double counted = 0;
            for (int r = header + 1; summary.getRow(r) != null && summary.getRow(r).getCell(SummarySheet.CHART_COLUMN) != null; r++) {
                bins.add(summary.getRow(r).getCell(SummarySheet.CHART_COLUMN).getStringCellValue());
                counted += summary.getRow(r).getCell(SummarySheet.CHART_COLUMN + 1).getNumericCellValue();
            }
            assertThat(bins).as("ratios 1.1459 and 1.6221 in equal bins of 0.05")
                    .startsWith("1.10\u20131.15").endsWith("1.60\u20131.65").hasSize(11);
            assertThat(counted).isEqualTo(2);
            var charts = summary.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            var series = charts.get(0).getChartSeries().get(0).getSeries(0);
            int first = header + 2;
            assertThat(series.getValuesData().getDataRangeReference())
                    .isEqualTo("Summary!$G$" + first + ":$G$" + (first + 10));
            assertThat(series.getShapeProperties().getFillProperties()).isNotNull();
        }
    }

    @Test
    void dataQualityListsFindingsWithErrorsStandingOut() throws IOException {
        // given
        WorkbookSource source = seedSource();

        // when
        try (XSSFWorkbook workbook = writeAndOpen(source)) {
            // then
            Sheet sheet = workbook.getSheet("Data quality");
            assertThat(texts(sheet.getRow(0))).containsExactly(
                    "file", "line", "column", "role_id", "rule", "severity", "value", "expected", "message");
            Row error = sheet.getRow(1);
            assertThat(error.getCell(0).getStringCellValue()).isEqualTo("roles.csv");
            assertThat(error.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(error.getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(IntStream.range(2, 9).mapToObj(c -> error.getCell(c).getStringCellValue())).containsExactly("average_salary", "bad-role", "type", "error",
                    "abc", "money such as 43633", "average_salary is not an amount of money.");
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("warning");
            assertThat(sheet.getRow(2).getCell(8).getStringCellValue()).isEqualTo("Hourly rate does not match.");
            var formatting = sheet.getSheetConditionalFormatting();
            assertThat(formatting.getNumConditionalFormattings()).isEqualTo(1);
            assertThat(formatting.getConditionalFormattingAt(0).getRule(0).getFormula1()).isEqualTo("$F2=\"error\"");
        }
    }

    @Test
    void leavesNoTemporaryFileAndReplacesAnOldWorkbook() throws IOException {
        // given
        Path target = dir.resolve("comparisons.xlsx");
        Files.writeString(target, "old");

        // when
        WorkbookWriter.write(seedSource(), target);

        // then
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
        try (XSSFWorkbook workbook = open(target)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(9);
        }
    }

    @Test
    void aFailingSourceLeavesTheOldWorkbookAndNoTemporaryFile() throws IOException {
        // given
        Path target = dir.resolve("comparisons.xlsx");
        Files.writeString(target, "old");
        WorkbookSource failing = new TestSource(facts(), List.of(), List.of(seedRow()), List.of(), List.of()) {
            @Override
            public void roles(Consumer<Role> sink) {
                throw new IllegalStateException("database gone");
            }
        };

        // when / then
        assertThatThrownBy(() -> WorkbookWriter.write(failing, target)).hasMessage("database gone");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
        assertThat(Files.readString(target)).isEqualTo("old");
    }

    @Test
    void aFailingSourceLeavesNoStreamingTemporaryFiles(@TempDir Path poiTemp) throws IOException {
        // given
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));
        WorkbookSource failing = new TestSource(facts(), List.of(), List.of(seedRow()), List.of(), List.of()) {
            @Override
            public void findings(Consumer<Finding> sink) {
                throw new IllegalStateException("database gone");
            }
        };

        try {
            // when
            Throwable thrown = catchThrowable(() -> WorkbookWriter.write(failing, dir.resolve("comparisons.xlsx")));

            // then
            assertThat(thrown).hasMessage("database gone");
            try (Stream<Path> files = Files.list(poiTemp)) {
                assertThat(files).isEmpty();
            }
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
    }

    @Test
    void aFullSheetContinuesOnANumberedSheet() throws IOException {
        // given
        Path target = dir.resolve("comparisons.xlsx");
        List<ComparisonRow> rows = List.of(seedRow(), seedRow(), seedRow());
        WorkbookSource source = new TestSource(facts(), List.of("gender"), rows, List.of(), List.of());

        // when
        WorkbookResult result = WorkbookWriter.write(source, target, new Limits(2, 10));

        // then
        try (XSSFWorkbook workbook = open(target)) {
            assertThat(sheetNames(workbook))
                    .containsExactly("Summary", "Comparisons", "Comparisons (2)", "Changes", "Roles", "Skills",
                            "Demographics", "Data quality", "Rejected rows", "Definitions");
            Sheet second = workbook.getSheet("Comparisons (2)");
            assertThat(second.getRow(0).getCell(0).getStringCellValue()).isEqualTo("left_title");
            assertThat(second.getLastRowNum()).isEqualTo(1);
            assertThat(workbook.getSheet("Comparisons").getTables().get(0).getCTTable().getRef()).isEqualTo("A1:AA3");
            XSSFTable continued = workbook.getSheet("Comparisons (2)").getTables().get(0);
            assertThat(continued.getName()).isEqualTo("Comparisons_2");
            assertThat(continued.getCTTable().getRef()).isEqualTo("A1:AA2");
            assertThat(rowOf(workbook.getSheet("Summary"), "Comparisons (2)").getCell(0).getHyperlink().getAddress())
                    .isEqualTo("'Comparisons (2)'!A1");
        }
        assertThat(result.comparisonRows()).isEqualTo(3);
    }

    // ---- fixtures

    /** A source from lists: fine for tests, where nothing needs streaming. */
    static class TestSource implements WorkbookSource {
        private final RunFacts facts;
        private final List<String> dimensions;
        private final List<ComparisonRow> comparisons;
        private final List<Role> roles;
        private final List<Finding> findings;
        private List<SkillEntry> skills = List.of();
        private List<DemographicEntry> demographics = List.of();
        private Optional<LocalDate> previousRunDate = Optional.empty();
        private List<RoleChange> changes = List.of();

        TestSource(RunFacts facts, List<String> dimensions, List<ComparisonRow> comparisons, List<Role> roles,
                   List<Finding> findings) {
            this.facts = facts;
            this.dimensions = dimensions;
            this.comparisons = comparisons;
            this.roles = roles;
            this.findings = findings;
        }

        TestSource withLongTables(List<SkillEntry> skills, List<DemographicEntry> demographics) {
            this.skills = skills;
            this.demographics = demographics;
            return this;
        }

        TestSource withChanges(Optional<LocalDate> previousRunDate, List<RoleChange> changes) {
            this.previousRunDate = previousRunDate;
            this.changes = changes;
            return this;
        }

        @Override
        public RunFacts facts() {
            return facts;
        }

        @Override
        public List<String> dimensions() {
            return dimensions;
        }

        @Override
        public void comparisons(Consumer<ComparisonRow> sink) {
            comparisons.forEach(sink);
        }

        @Override
        public Optional<LocalDate> previousRunDate() {
            return previousRunDate;
        }

        @Override
        public void changes(Consumer<RoleChange> sink) {
            changes.forEach(sink);
        }

        @Override
        public void roles(Consumer<Role> sink) {
            roles.forEach(sink);
        }

        @Override
        public void skills(Consumer<SkillEntry> sink) {
            skills.forEach(sink);
        }

        @Override
        public void demographics(Consumer<DemographicEntry> sink) {
            demographics.forEach(sink);
        }

        @Override
        public void findings(Consumer<Finding> sink) {
            findings.forEach(sink);
        }
    }

    static WorkbookSource seedSource() {
        RoleProfile left = SeedProfiles.patientRelationsManager();
        RoleProfile right = SeedProfiles.patientAccountManager();
        RoleProfile minimal = SeedProfiles.minimal("minimal-role", "Minimal Role", 50000);
        ComparisonRow withMinimal = new ComparisonRow(left.role(), minimal.role(),
                MetricsCalculator.compute(left, minimal), null);
        List<Role> roles = List.of(left.role(), right.role(), oddRole(), minimal.role());
        List<Finding> findings = List.of(
                Finding.of("roles.csv", 3, "average_salary", "bad-role", Rule.TYPE, "abc", "money such as 43633",
                        "average_salary is not an amount of money."),
                Finding.of("roles.csv", 5, "hourly_rate", "odd-role", Rule.HOURLY_VS_YEARLY, "20", "about 21.00",
                        "Hourly rate\u0007 does not match."));
        List<SkillEntry> skills = List.of(
                new SkillEntry("patient-relations-manager", 1, "Patients", 39.0),
                new SkillEntry("patient-relations-manager", 2, "Schedule Appointments", 12.5),
                new SkillEntry("patient-account-manager", 1, "Patients", 22.0),
                new SkillEntry("odd-role", 1, "Ranked without share", null));
        List<DemographicEntry> demographics = List.of(
                new DemographicEntry("patient-relations-manager", "gender", "Female", 79.2),
                new DemographicEntry("patient-relations-manager", "gender", "Male", 20.8),
                new DemographicEntry("patient-account-manager", "gender", "Female", 78.6));
        return new TestSource(facts(), List.of("gender", "race"), List.of(seedRow(), withMinimal), roles, findings)
                .withLongTables(skills, demographics);
    }

    static ComparisonRow seedRow() {
        RoleProfile left = SeedProfiles.patientRelationsManager();
        RoleProfile right = SeedProfiles.patientAccountManager();
        return new ComparisonRow(left.role(), right.role(), MetricsCalculator.compute(left, right), SEED_PDF, SEED_PAGE);
    }

    /** A role whose title looks like a formula, with a 40,000-character description and a control character. */
    private static Role oddRole() {
        return new Role("odd-role", FORMULA, "d".repeat(40_000), null, 1000, null, null, null, null, null, null,
                "Bachelor's\u0000 Degree", null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static RunFacts facts() {
        return new RunFacts(RUN_DATE, "nightly", "input",
                List.of(new FileCount("roles.csv", "abc", 4, 3, 1), new FileCount("comparisons.csv", "def", 2, 2, 0)),
                4, 3, 1, 2, 2, 0, 0, 1, 1, 2, List.of());
    }

    // ---- reading back

    private XSSFWorkbook writeAndOpen(WorkbookSource source) throws IOException {
        Path target = dir.resolve("comparisons.xlsx");
        WorkbookWriter.write(source, target);
        return open(target);
    }

    static String tableRef(XSSFWorkbook workbook, String sheet) {
        return workbook.getSheet(sheet).getTables().get(0).getCTTable().getRef();
    }

    static XSSFWorkbook open(Path file) throws IOException {
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    static Cell cell(Sheet sheet, int row, String header) {
        int column = texts(sheet.getRow(0)).indexOf(header);
        assertThat(column).as("column " + header).isNotNegative();
        return sheet.getRow(row).getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
    }

    static void assertNumber(Sheet sheet, int row, String header, double value, String format) {
        Cell cell = cell(sheet, row, header);
        assertThat(cell.getCellType()).as(header).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(header).isCloseTo(value, within(1e-9));
        assertThat(cell.getCellStyle().getDataFormatString()).as(header).isEqualTo(format);
    }

    static Row rowOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row labelled " + label);
    }

    static Cell valueOf(Sheet sheet, String label) {
        return rowOf(sheet, label).getCell(1);
    }
}
