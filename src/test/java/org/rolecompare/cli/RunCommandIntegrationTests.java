package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.files.Fingerprints;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the nightly job end to end through the command line, on the seed data and on a feed with a
 * defect, and reads every output back as its user would: the workbook with POI, the PDF's text
 * with PDFBox, data-quality.csv and manifest.json as files.
 */
class RunCommandIntegrationTests {

    private static final String SEED_PDF = "pdf/patient-relations-manager-vs-patient-account-manager.pdf";

    @TempDir
    Path temp;

    @Test
    void seedRunPublishesTheFourOutputsWithTheSpecMetrics() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");

        // when
        CliRun.Result result = cli.run();

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("comparisons 1 written, 0 rejected, 0 skipped").contains("0 errors");
        Path run = cli.runDir();
        assertThat(run.resolve("comparisons.xlsx")).isRegularFile();
        assertThat(run.resolve(SEED_PDF)).isRegularFile();
        assertThat(run.resolve("data-quality.csv")).isRegularFile();
        assertThat(run.resolve("manifest.json")).isRegularFile();
        assertThat(cli.output().resolve(".staging")).isEmptyDirectory();
        assertThat(readCsv(run.resolve("data-quality.csv"))).isEmpty();
        assertThat(temp.resolve("db").resolve("role-compare.mv.db")).as("job repository on the --database file").isRegularFile();
    }

    @Test
    void aRunEndsItsLogWithTheWallTimeCpuTimePeakHeapAndMaxRssItUsed() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");

        // when
        cli.run();

        // then
        List<String> log = Files.readAllLines(cli.output().resolve("logs").resolve("role-compare.log"));
        assertThat(log.get(log.size() - 1))
                .matches(".* role-compare - run: wall \\d+\\.\\d s, CPU \\d+\\.\\d s, peak heap \\d+ MB(, max RSS \\d+ MB)?");
    }

    @Test
    void seedWorkbookCarriesEveryMetricAsNumbers() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");

        // when
        cli.run();

        // then
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(cli.runDir().resolve("comparisons.xlsx")))) {
            assertThat(IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList())
                    .containsExactly("Summary", "Comparisons", "Changes", "Roles", "Skills", "Demographics", "Data quality",
                            "Rejected rows", "Definitions");
            Sheet sheet = wb.getSheet("Comparisons");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Map<String, Cell> row = rowByHeader(sheet, 1);
            assertThat(row.get("left_role_id").getStringCellValue()).isEqualTo("patient-relations-manager");
            assertThat(row.get("right_role_id").getStringCellValue()).isEqualTo("patient-account-manager");
            assertNumber(row, "salary_diff", 27144, 1e-9, "$#,##0");
            assertNumber(row, "salary_ratio", 1.622, 0.0005, null);
            assertThat(row.get("higher_paid").getStringCellValue()).isEqualTo("patient-account-manager");
            assertNumber(row, "hourly_diff", 13.05, 1e-9, null);
            assertNumber(row, "salary_range_overlap", 0.634, 0.0005, null);
            assertNumber(row, "growth_diff_pp", 32, 1e-9, null);
            assertNumber(row, "job_count_ratio", 1.972, 0.0005, null);
            assertThat(row.get("left_years_to_become").getStringCellValue()).isEqualTo("2-4");
            assertThat(row.get("right_years_to_become").getStringCellValue()).isEqualTo("4-6");
            assertThat(row.get("longer_to_become").getStringCellValue()).isEqualTo("patient-account-manager");
            assertNumber(row, "experience_diff", 2, 1e-9, null);
            assertNumber(row, "age_diff", 7, 1e-9, null);
            assertThat(row.get("same_degree").getBooleanCellValue()).isTrue();
            assertThat(row.get("same_major").getBooleanCellValue()).isTrue();
            assertThat(row.get("same_college").getBooleanCellValue()).isTrue();
            assertNumber(row, "gender_distance_pp", 0.6, 1e-9, null);
            assertNumber(row, "race_distance_pp", 7.95, 1e-9, null);
            assertNumber(row, "female_share_diff_pp", 0.6, 1e-9, null);
            assertNumber(row, "lgbt_share_diff_pp", 5, 1e-9, null);
            assertThat(row.get("shared_skills").getStringCellValue()).isEqualTo("Patients, Patient Care");
            assertNumber(row, "skill_jaccard", 0.2, 1e-9, null);
            assertNumber(row, "skill_weighted_overlap", 26, 1e-9, null);
            assertThat(row.get("report").getHyperlink().getAddress()).isEqualTo(SEED_PDF);
            assertThat(wb.getSheet("Roles").getLastRowNum()).isEqualTo(2);
            assertThat(wb.getSheet("Skills").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(wb.getSheet("Skills").getLastRowNum()).isPositive();
            assertThat(wb.getSheet("Demographics").getLastRowNum()).isPositive();
            assertThat((Object) wb.getSheet("Data quality").getRow(1)).as("no finding rows").isNull();
        }
        List<CSVRecord> csv = readCsv(cli.runDir().resolve("comparisons.csv"));
        assertThat(csv).hasSize(1);
        assertThat(csv.get(0).get("salary_diff")).isEqualTo("27144");
        assertThat(csv.get(0).get("report")).isEqualTo(SEED_PDF);
    }

    @Test
    void seedReportReadsLikeTheSeedPage() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");

        // when
        cli.run();

        // then
        String text = pdfText(cli.runDir().resolve(SEED_PDF));
        assertThat(text).contains("Patient Relations Manager vs Patient Account Manager");
        assertThat(text).contains("The differences between patient relations managers and patient account managers can be seen"
                + " in a few details. While it typically takes 2-4 years to become a patient relations manager, becoming a"
                + " patient account manager usually requires 4-6 years. Additionally, a patient account manager has an average"
                + " salary of $70,777, which is higher than the $43,633 average annual salary of a patient relations manager.");
        assertThat(text).contains("The top three skills for a patient relations manager include patients, schedule appointments"
                + " and patient care. The most important skills for a patient account manager are patients, customer service"
                + " and patient accounts.");
        assertThat(text).containsSubsequence(
                "Patient Relations Manager vs Patient Account Manager overview",
                "What does a patient relations manager do?",
                "What does a patient account manager do?",
                "Patient Relations Manager vs Patient Account Manager salary",
                "Patient Relations Manager vs Patient Account Manager education",
                "Patient Relations Manager vs Patient Account Manager demographics",
                "Patient Relations Manager vs Patient Account Manager responsibilities",
                "Patient Relations Manager vs Patient Account Manager skills");
        assertThat(text).contains("$70,777", "$43,633", "$20.98", "$34.03", "77,096", "152,009", "Bachelor's Degree, 50%",
                "University of Pennsylvania", "Male, 20.8%", "Patients, 39%");
        assertThat(text).doesNotContain("null", "NaN");
    }

    @Test
    void manifestRecordsInputsOutputsCountsAndExitCode() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");

        // when
        cli.run();

        // then
        JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(cli.runDir().resolve("manifest.json")));
        assertThat(manifest.get("run_date").asString()).isEqualTo(CliRun.RUN_DATE);
        assertThat(manifest.get("job").asString()).isEqualTo("nightly");
        assertThat(manifest.get("exit_code").asInt()).isZero();
        JsonNode roles = manifest.get("inputs").get(0);
        assertThat(roles.get("file").asString()).isEqualTo("roles.csv");
        assertThat(roles.get("rows_read").asLong()).isEqualTo(2);
        assertThat(roles.get("sha256").asString()).isEqualTo(Fingerprints.sha256(cli.input().resolve("roles.csv")));
        JsonNode counts = manifest.get("counts");
        assertThat(counts.get("roles_accepted").asLong()).isEqualTo(2);
        assertThat(counts.get("comparisons_written").asLong()).isEqualTo(1);
        assertThat(counts.get("findings_error").asLong()).isZero();
        Map<String, JsonNode> outputs = new HashMap<>();
        manifest.get("outputs").forEach(o -> outputs.put(o.get("path").asString(), o));
        assertThat(outputs).containsOnlyKeys("comparisons.xlsx", "comparisons.csv", "data-quality.csv", SEED_PDF, "html/index.html",
                "html/compare/patient-relations-manager-vs-patient-account-manager.html", "html/roles/patient-relations-manager.html",
                "html/roles/patient-account-manager.html", "html/assets/site.css", "html/assets/filter.js");
        Path pdf = cli.runDir().resolve(SEED_PDF);
        assertThat(outputs.get(SEED_PDF).get("size").asLong()).isEqualTo(Files.size(pdf));
        assertThat(outputs.get(SEED_PDF).get("sha256").asString()).isEqualTo(Fingerprints.sha256(pdf));
    }

    @Test
    void roleWithSalaryOutsideItsRangeIsRejectedAndItsComparisonSkipped() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("salary-outside-range");

        // when
        CliRun.Result result = cli.run();

        // then
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(2);
        assertThat(result.out()).contains("comparisons 1 written, 0 rejected, 1 skipped");
        List<CSVRecord> findings = readCsv(cli.runDir().resolve("data-quality.csv"));
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("file")).isEqualTo("roles.csv");
            assertThat(f.get("line")).isEqualTo("4");
            assertThat(f.get("column")).isEqualTo("average_salary");
            assertThat(f.get("role_id")).isEqualTo("medical-receptionist");
            assertThat(f.get("rule")).isEqualTo("salary-range");
            assertThat(f.get("severity")).isEqualTo("error");
            assertThat(f.get("value")).isEqualTo("90000");
        });
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("file")).isEqualTo("comparisons.csv");
            assertThat(f.get("line")).isEqualTo("3");
            assertThat(f.get("column")).isEqualTo("right_role_id");
            assertThat(f.get("rule")).isEqualTo("role-rejected");
            assertThat(f.get("message")).contains("comparison skipped");
        });
        assertThat(cli.runDir().resolve(SEED_PDF)).isRegularFile();
        assertThat(cli.runDir().resolve("pdf/patient-relations-manager-vs-medical-receptionist.pdf")).doesNotExist();
        JsonNode counts = JsonMapper.builder().build().readTree(Files.readString(cli.runDir().resolve("manifest.json"))).get("counts");
        assertThat(counts.get("comparisons_requested").asLong()).isEqualTo(2);
        assertThat(counts.get("comparisons_skipped").asLong()).isEqualTo(1);
        assertThat(counts.get("roles_rejected").asLong()).isEqualTo(1);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(cli.runDir().resolve("comparisons.xlsx")))) {
            assertThat(wb.getSheet("Comparisons").getLastRowNum()).isEqualTo(1);
            assertThat(wb.getSheet("Data quality").getLastRowNum()).isEqualTo(findings.size());
            Sheet rejected = wb.getSheet("Rejected rows");
            assertThat(rejected.getLastRowNum()).isEqualTo(2);
            Map<String, Cell> role = rowByHeader(rejected, 1);
            assertThat(role.get("file").getStringCellValue()).isEqualTo("roles.csv");
            assertThat(role.get("line").getNumericCellValue()).isEqualTo(4);
            assertThat(role.get("finding").getStringCellValue()).startsWith("salary-range: average_salary 90000");
            assertThat(role.get("row").getStringCellValue()).startsWith("medical-receptionist,Medical Receptionist,");
            assertThat(rowByHeader(rejected, 2).get("file").getStringCellValue()).isEqualTo("comparisons.csv");
        }
    }

    @Test
    void duplicatePairIsReportedOnceAndTheReversedPairSeparately() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("duplicate-comparisons");

        // when
        CliRun.Result result = cli.run();

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("comparisons 2 written, 0 rejected, 1 skipped").contains("2 warnings");
        List<CSVRecord> findings = readCsv(cli.runDir().resolve("data-quality.csv"));
        assertThat(findings).extracting(f -> f.get("line") + " " + f.get("rule") + " " + f.get("severity"))
                .containsExactly("3 duplicate-comparison warning", "4 duplicate-comparison warning");
        assertThat(findings.get(0).get("message")).contains("already listed on line 2").contains("reported once");
        assertThat(cli.runDir().resolve(SEED_PDF)).isRegularFile();
        assertThat(cli.runDir().resolve("pdf/patient-account-manager-vs-patient-relations-manager.pdf")).isRegularFile();
    }

    @Test
    void aPairWhoseReportNameIsTakenIsSkippedInsteadOfOverwritingTheOtherReport() throws Exception {
        // given: nurse-vs-aide / clerk and nurse / aide-vs-clerk would both be nurse-vs-aide-vs-clerk.pdf
        CliRun cli = new CliRun(temp).withFixture("report-name-collision");

        // when
        CliRun.Result result = cli.run();

        // then
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.out()).contains("comparisons 2 written, 0 rejected, 1 skipped");
        List<CSVRecord> findings = readCsv(cli.runDir().resolve("data-quality.csv"));
        assertThat(findings).extracting(f -> f.get("line") + " " + f.get("rule") + " " + f.get("severity"))
                .containsExactly("3 report-name-collision error");
        assertThat(findings.get(0).get("message")).isEqualTo("the report nurse-vs-aide-vs-clerk.pdf would overwrite the report"
                + " of line 2 (nurse-vs-aide / clerk); this comparison is skipped: rename a role id so that it has no 'vs' part");
        String text = pdfText(cli.runDir().resolve("pdf/nurse-vs-aide-vs-clerk.pdf"));
        assertThat(text).contains("Patient Relations Manager").contains("Patient Account Manager");
        assertThat(cli.runDir().resolve("pdf/nurse-vs-clerk.pdf")).isRegularFile();
        try (Stream<Path> pdfs = Files.list(cli.runDir().resolve("pdf"))) {
            assertThat(pdfs).hasSize(2);
        }
    }

    @Test
    void missingFileFailsWithOneClearLineAndPublishesNothing() {
        // given
        CliRun cli = new CliRun(temp).withFixture("missing-roles-file");

        // when
        CliRun.Result result = cli.run();

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("role-compare: roles.csv is missing").doesNotContain("Exception", "\tat ");
        assertThat(cli.runDir()).doesNotExist();
    }

    @Test
    void tooManyRejectedRolesFailTheRunAndPublishNothing() {
        // given
        CliRun cli = new CliRun(temp).withFixture("mostly-rejected");

        // when
        CliRun.Result result = cli.run();

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("2 of 3 roles were rejected").contains("nothing was published");
        assertThat(cli.runDir()).doesNotExist();
    }

    @Test
    void theSameRunDateOnTheSameInputRunsOnce() {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        cli.run();

        // when
        CliRun.Result again = cli.run();

        // then
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already completed on this input; nothing to do");
        assertThat(cli.runDir().resolve("manifest.json")).isRegularFile();
    }

    @Test
    void changedInputOnTheSameDateReplacesTheRunFolder() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        cli.run();
        String before = Files.readString(cli.runDir().resolve("manifest.json"));
        Files.writeString(cli.input().resolve("comparisons.csv"),
                "left_role_id,right_role_id\npatient-account-manager,patient-relations-manager\n");

        // when
        CliRun.Result result = cli.run();

        // then
        assertThat(result.exitCode()).isZero();
        assertThat(Files.readString(cli.runDir().resolve("manifest.json"))).isNotEqualTo(before);
        assertThat(cli.runDir().resolve("pdf/patient-account-manager-vs-patient-relations-manager.pdf")).isRegularFile();
        assertThat(cli.runDir().resolve(SEED_PDF)).doesNotExist();
    }

    private static void assertNumber(Map<String, Cell> row, String column, double expected, double tolerance, String format) {
        Cell cell = row.get(column);
        assertThat(cell).as(column).isNotNull();
        assertThat(cell.getCellType()).as(column).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(column).isCloseTo(expected, within(tolerance));
        if (format != null) {
            assertThat(cell.getCellStyle().getDataFormatString()).as(column).isEqualTo(format);
        }
    }

    static Map<String, Cell> rowByHeader(Sheet sheet, int rowIndex) {
        Row header = sheet.getRow(0);
        Row row = sheet.getRow(rowIndex);
        Map<String, Cell> cells = new HashMap<>();
        for (Cell h : header) {
            cells.put(h.getStringCellValue(), row.getCell(h.getColumnIndex()));
        }
        return cells;
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    static List<CSVRecord> readCsv(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
