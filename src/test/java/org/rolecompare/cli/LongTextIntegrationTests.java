package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text value longer than the PDF report shows: the run still completes, data-quality.csv has a
 * located pdf-text-length warning, the PDF holds the beginning of the text cut at a word with an
 * ellipsis (OpenPDF's layout time grows with the square of a paragraph, so the whole text would
 * take minutes), and the workbook keeps as much as a cell holds.
 */
class LongTextIntegrationTests {

    private static final String ROLE = "patient-relations-manager";

    @TempDir
    Path temp;

    @Test
    void aLongDescriptionIsCutForThePdfWithAWarningAndKeptInTheWorkbook() throws Exception {
        // given: words w00001 w00002 … of 7 characters each, 200,000 characters in all
        CliRun cli = new CliRun(temp).withFixture("seed");
        StringBuilder words = new StringBuilder();
        for (int i = 1; words.length() < 200_000; i++) {
            words.append(String.format("w%05d ", i));
        }
        String description = words.substring(0, 199_993) + "TAILEND";
        replaceDescription(cli.input().resolve("roles.csv"), description);

        // when
        CliRun.Result result = cli.run();

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<CSVRecord> findings = RunCommandIntegrationTests.readCsv(cli.runDir().resolve("data-quality.csv"));
        assertThat(findings).filteredOn(f -> f.get("rule").equals("pdf-text-length")).singleElement().satisfies(f -> {
            assertThat(List.of(f.get("file"), f.get("line"), f.get("column"), f.get("role_id"), f.get("severity")))
                    .containsExactly("roles.csv", "2", "description", ROLE, "warning");
            assertThat(f.get("message")).isEqualTo("description is 200,000 characters long; the PDF report shows the first 5,000"
                    + " (the workbook keeps up to 32,767)");
        });
        String pdf = RunCommandIntegrationTests.pdfText(cli.runDir().resolve("pdf").resolve(ROLE + "-vs-patient-account-manager.pdf"));
        assertThat(pdf).contains("w00001 w00002", "w00713 w00714\u2026").doesNotContain("w00715", "TAILEND");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(cli.runDir().resolve("comparisons.xlsx")))) {
            Cell cell = RunCommandIntegrationTests.rowByHeader(wb.getSheet("Roles"), 1).get("description");
            assertThat(cell.getStringCellValue()).hasSize(32_767).isEqualTo(description.substring(0, 32_767));
        }
    }

    /** Rewrites roles.csv with the role's description replaced (each row then on one line). */
    private static void replaceDescription(Path roles, String description) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(roles, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180.parse(reader)) {
                rows.add(new ArrayList<>(record.toList()));
            }
        }
        int column = rows.get(0).indexOf("description");
        for (List<String> row : rows) {
            if (row.get(0).equals(ROLE)) {
                row.set(column, description);
            }
        }
        try (Writer writer = Files.newBufferedWriter(roles, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecords(rows);
        }
    }
}
