package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.job.FaultInjection;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs whose pairs come from related roles (job file {@code pairs.from: related} or {@code both}),
 * through the real command line, with every output read back as its user reads it: related.csv, the
 * reports in pdf/ (their text with PDFBox), the workbook's Related and Summary sheets with POI, the
 * manifest, and the closing line. On the seed the two roles find each other; on generated roles in
 * families of ten, the related roles come from the role's own family; a pair that is both listed and
 * found gets one report; and a run that failed part-way resumes to the very files of a run that did not.
 */
class RelatedIntegrationTests {

    private static final String LISTED_PDF = "patient-relations-manager-vs-patient-account-manager.pdf";
    /** The seed pair as found: the role with the smaller id on the left. */
    private static final String FOUND_PDF = "patient-account-manager-vs-patient-relations-manager.pdf";

    @TempDir
    Path temp;

    @Test
    void theSeedsTwoRolesFindEachOtherAndGetOneReportWhenPairsComeFromRelatedRoles() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        Files.writeString(cli.input().resolve("comparisons.csv"), "left_role_id,right_role_id\n", StandardCharsets.UTF_8);

        // when
        CliRun.Result result = runWithJob(cli, "pairs:\n  from: related\n");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("comparisons 1 written (0 listed, 1 from related roles), 0 rejected, 0 skipped");
        Path run = cli.runDir();
        assertThat(pdfs(run)).containsExactly(FOUND_PDF);
        List<CSVRecord> related = RunCommandIntegrationTests.readCsv(run.resolve("related.csv"));
        assertThat(related).hasSize(2);
        assertThat(related.get(0).get("role_id")).isEqualTo("patient-account-manager");
        assertThat(related.get(0).get("related_role_id")).isEqualTo("patient-relations-manager");
        assertThat(related.get(1).get("role_id")).isEqualTo("patient-relations-manager");
        assertThat(related.get(1).get("related_role_id")).isEqualTo("patient-account-manager");
        assertThat(related).allSatisfy(r -> {
            assertThat(r.get("rank")).isEqualTo("1");
            assertThat(r.get("shared_skills")).isEqualTo("Patients; Patient Care");
        });
        double score = Double.parseDouble(related.get(0).get("score"));
        assertThat(score).isBetween(0.2, 1.0);
        assertThat(related.get(1).get("score")).as("the score is symmetric").isEqualTo(related.get(0).get("score"));
        assertThat(Files.readString(run.resolve("related.csv"))).startsWith("role_id,related_role_id,rank,score,shared_skills,reason\r\n");
        assertThat(RunCommandIntegrationTests.pdfText(run.resolve("pdf").resolve(FOUND_PDF)))
                .contains(String.format(Locale.ROOT, "Related: %.2f \u2014 shared skills Patients, Patient Care", score))
                .containsSubsequence("Report date: 2026-11-27", "Related: 0.", "Patients");
        assertThat(Files.readString(run.resolve("html/compare/" + FOUND_PDF.replace(".pdf", ".html"))))
                .as("the web page says what the PDF says")
                .contains(String.format(Locale.ROOT, "Related: %.2f \u2014 shared skills Patients, Patient Care", score));
        JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(run.resolve("manifest.json")));
        assertThat(manifest.get("counts").get("comparisons_written").asLong()).isEqualTo(1);
        assertThat(manifest.get("counts").get("comparisons_from_related").asLong()).isEqualTo(1);
        assertThat(manifest.get("inputs").findValuesAsString("file")).as("comparisons.csv is not read")
                .doesNotContain("comparisons.csv");
        assertThat(manifest.get("outputs").findValuesAsString("path")).contains("related.csv", "pdf/" + FOUND_PDF);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(run.resolve("comparisons.xlsx")))) {
            assertThat(IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList())
                    .containsExactly("Summary", "Comparisons", "Changes", "Roles", "Related", "Skills", "Demographics",
                            "Data quality", "Rejected rows", "Definitions");
            XSSFSheet sheet = wb.getSheet("Related");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Map<String, Cell> first = RunCommandIntegrationTests.rowByHeader(sheet, 1);
            assertThat(first.get("role_id").getStringCellValue()).isEqualTo("patient-account-manager");
            assertThat(first.get("title").getStringCellValue()).isEqualTo("Patient Account Manager");
            assertThat(first.get("related_title").getStringCellValue()).isEqualTo("Patient Relations Manager");
            assertThat(first.get("score").getNumericCellValue()).isCloseTo(score, within(1e-9));
            assertThat(first.get("shared_skills").getStringCellValue()).isEqualTo("Patients; Patient Care");
            assertThat(sheet.getTables()).as("a filterable table").hasSize(1);
            Map<String, Double> summary = summaryCounts(wb.getSheet("Summary"));
            assertThat(summary).containsEntry("Comparisons written", 1.0)
                    .containsEntry("Comparisons written of listed pairs", 0.0)
                    .containsEntry("Comparisons written of related roles", 1.0);
            assertThat(definedColumns(wb.getSheet("Definitions"), "Related")).contains("score");
        }
    }

    @Test
    void pairsFromRelatedRolesNeedNoComparisonsFileAndTheRunOptionOverridesTheJobFile() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        Files.delete(cli.input().resolve("comparisons.csv"));

        // when
        CliRun.Result result = cli.run("--pairs=related");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(pdfs(cli.runDir())).containsExactly(FOUND_PDF);
    }

    @Test
    void bothNeedsTheComparisonsFileAndABadPairsOptionIsAUsageError() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        Files.delete(cli.input().resolve("comparisons.csv"));

        // when
        CliRun.Result both = cli.run("--pairs=both");
        CliRun.Result bad = cli.run("--pairs=found");

        // then
        assertThat(both.exitCode()).isEqualTo(1);
        assertThat(both.err()).contains("comparisons.csv is missing");
        assertThat(bad.exitCode()).isEqualTo(64);
        assertThat(bad.err()).contains("--pairs must be listed, related or both, not 'found'");
    }

    @Test
    void aListedPairThatIsAlsoFoundGetsOneReportAsListed() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");

        // when
        CliRun.Result result = runWithJob(cli, "pairs:\n  from: both\n");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("comparisons 1 written (1 listed, 0 from related roles)");
        assertThat(pdfs(cli.runDir())).containsExactly(LISTED_PDF);
        List<CSVRecord> related = RunCommandIntegrationTests.readCsv(cli.runDir().resolve("related.csv"));
        assertThat(related).hasSize(2);
        assertThat(RunCommandIntegrationTests.pdfText(cli.runDir().resolve("pdf").resolve(LISTED_PDF)))
                .as("the listed pair's report says how related its roles are")
                .contains(String.format(Locale.ROOT, "Related: %.2f \u2014 shared skills Patients, Patient Care",
                        Double.parseDouble(related.get(0).get("score"))));
        assertThat(RunCommandIntegrationTests.readCsv(cli.runDir().resolve("comparisons.csv"))).hasSize(1);
    }

    @Test
    void generatedRolesFindTheirOwnFamilyAndEachUnorderedPairGetsOneReport() throws Exception {
        // given
        CliRun cli = new CliRun(temp);
        CliRun.Result generated = CliRun.execute("generate", "--roles=200", "--comparisons=0", "--family-size=10", "--seed=7",
                "--output=" + cli.input());
        assertThat(generated.exitCode()).as(generated.err()).isZero();

        // when
        CliRun.Result result = runWithJob(cli, "pairs:\n  from: related\n  related:\n    per-role: 5\n    min-score: 0.2\n");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        Map<String, String> family = new HashMap<>();
        RunCommandIntegrationTests.readCsv(cli.input().resolve("families.csv")).forEach(r -> family.put(r.get("role_id"), r.get("family")));
        List<CSVRecord> related = RunCommandIntegrationTests.readCsv(cli.runDir().resolve("related.csv"));
        assertThat(related).hasSizeGreaterThan(200 * 4);
        long own = related.stream().filter(r -> family.get(r.get("role_id")).equals(family.get(r.get("related_role_id")))).count();
        assertThat((double) own / related.size()).as("share of related roles from the role's own family").isGreaterThanOrEqualTo(0.9);
        Set<String> unordered = new HashSet<>();
        for (CSVRecord r : related) {
            String a = r.get("role_id");
            String b = r.get("related_role_id");
            unordered.add(a.compareTo(b) < 0 ? a + "-vs-" + b + ".pdf" : b + "-vs-" + a + ".pdf");
        }
        assertThat(pdfs(cli.runDir())).hasSize(unordered.size()).containsExactlyInAnyOrderElementsOf(unordered);
        assertThat(RunCommandIntegrationTests.readCsv(cli.runDir().resolve("comparisons.csv"))).hasSize(unordered.size());
        assertThat(result.out()).contains("comparisons " + String.format("%,d", unordered.size()) + " written (0 listed, "
                + String.format("%,d", unordered.size()) + " from related roles)");
    }

    @Test
    void aFailedRunOfRelatedPairsResumesToTheSameOutputsAsARunThatNeverFailed() throws Exception {
        // given
        CliRun clean = new CliRun(temp.resolve("clean"));
        CliRun cli = new CliRun(temp.resolve("restarted"));
        for (CliRun each : List.of(clean, cli)) {
            CliRun.Result generated = CliRun.execute("generate", "--roles=60", "--comparisons=0", "--family-size=10", "--seed=11",
                    "--output=" + each.input());
            assertThat(generated.exitCode()).as(generated.err()).isZero();
        }
        assertThat(clean.run("--pairs=related").exitCode()).isZero();
        CliRun.Result failed = FaultInjection.failingAfterReports(40, () -> cli.run("--pairs=related"));
        assertThat(failed.exitCode()).as(failed.out()).isEqualTo(1);
        assertThat(cli.runDir()).doesNotExist();

        // when
        CliRun.Result resumed = cli.run("--pairs=related");

        // then
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(pdfs(cli.runDir())).hasSizeGreaterThan(40).isEqualTo(pdfs(clean.runDir()));
        for (String file : List.of("related.csv", "comparisons.csv")) {
            assertThat(Files.readString(cli.runDir().resolve(file))).as(file).isEqualTo(Files.readString(clean.runDir().resolve(file)));
        }
        for (String pdf : pdfs(clean.runDir())) {
            assertThat(Files.readAllBytes(cli.runDir().resolve("pdf").resolve(pdf))).as(pdf)
                    .isEqualTo(Files.readAllBytes(clean.runDir().resolve("pdf").resolve(pdf)));
        }
    }

    /** Runs with the nightly job file's settings plus {@code yaml}, on this run's folders. */
    private CliRun.Result runWithJob(CliRun cli, String yaml) throws IOException {
        Path job = Files.writeString(temp.resolve("job.yml"), "name: nightly\n" + yaml, StandardCharsets.UTF_8);
        return CliRun.execute("run", "--job=" + job, "--input=" + cli.input(), "--output=" + cli.output(),
                "--database=" + cli.database(), "--run-date=" + CliRun.RUN_DATE);
    }

    private static List<String> pdfs(Path run) throws IOException {
        try (Stream<Path> files = Files.list(run.resolve("pdf"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The Summary sheet's counts, by label. */
    private static Map<String, Double> summaryCounts(Sheet summary) {
        Map<String, Double> counts = new HashMap<>();
        for (Row row : summary) {
            Cell label = row.getCell(0);
            Cell value = row.getCell(1);
            if (label != null && value != null && value.getCellType() == CellType.NUMERIC) {
                counts.put(label.getStringCellValue(), value.getNumericCellValue());
            }
        }
        return counts;
    }

    /** The columns the Definitions sheet defines for {@code sheet}. */
    private static List<String> definedColumns(Sheet definitions, String sheet) {
        return IntStream.rangeClosed(1, definitions.getLastRowNum()).mapToObj(definitions::getRow)
                .filter(r -> r.getCell(0).getStringCellValue().equals(sheet)).map(r -> r.getCell(1).getStringCellValue()).toList();
    }
}
