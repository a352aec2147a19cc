package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.publish.Manifest;

/**
 * The web pages of a run, end to end: {@code run} on the seed input publishes {@code html/} beside
 * {@code pdf/} (the comparison's page under the PDF's base name, both roles' pages, the index and
 * the assets), the comparison page shows the PDF's words and numbers (the PDF read back as a reader
 * sees it), every relative link of every page resolves to a file inside the run folder, the workbook
 * and comparisons.csv link the page beside the PDF, the manifest lists the pages, two runs give
 * byte-identical pages, and {@code --no-html} or {@code report.html: false} publish no {@code html/}.
 */
class HtmlSiteIntegrationTests {

    private static final String PAIR = "patient-relations-manager-vs-patient-account-manager";
    private static final String PAGE = "html/compare/" + PAIR + ".html";

    @TempDir
    static Path temp;

    private static CliRun cli;
    private static CliRun.Result result;

    @BeforeAll
    static void runTheSeedOnce() {
        cli = new CliRun(temp.resolve("first")).withFixture("seed");
        result = cli.run();
    }

    @Test
    void publishesTheSitesPagesBesideThePdfs() {
        // then
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        Path run = cli.runDir();
        assertThat(run.resolve("pdf").resolve(PAIR + ".pdf")).isRegularFile();
        for (String file : List.of("html/index.html", PAGE, "html/roles/patient-relations-manager.html",
                "html/roles/patient-account-manager.html", "html/assets/site.css", "html/assets/filter.js")) {
            assertThat(run.resolve(file)).as(file).isRegularFile();
        }
        assertThat(result.out()).doesNotContain("webPages: failed");
    }

    @Test
    void theComparisonPageSaysWhatThePdfSays() throws IOException {
        // given
        String pdf = RunCommandIntegrationTests.pdfText(cli.runDir().resolve("pdf").resolve(PAIR + ".pdf"));

        // when
        Document page = parse(cli.runDir().resolve(PAGE));

        // then
        String title = page.selectFirst("h1").text();
        assertThat(title).isEqualTo("Patient Relations Manager vs Patient Account Manager");
        assertThat(pdf).contains(title);
        List<String> differences = page.select("#key-differences li").eachText();
        assertThat(differences).contains("Patient Account Manager pays 62.2% more ($27,144 a year)");
        for (String difference : differences) {
            assertThat(pdf).as("key difference in the PDF").contains(difference);
        }
        for (String number : List.of("62.2%", "$27,144", "$43,633", "$70,777", "$20.98", "$34.03", "77,096", "152,009", "79.2%")) {
            assertThat(page.text()).as(number).contains(number);
            assertThat(pdf).as(number).contains(number);
        }
        for (String paragraph : page.select("#summary p").eachText()) {
            assertThat(pdf).as("narrative in the PDF").contains(paragraph.substring(0, 60));
        }
        for (Element row : page.select("section#overview table.comparison tbody tr")) {
            assertThat(pdf).as("overview row in the PDF").contains(row.child(0).text() + " " + row.child(1).text() + " " + row.child(2).text());
        }
        assertThat(page.selectFirst("a.pdf-link").attr("href")).isEqualTo("../../pdf/" + PAIR + ".pdf");
    }

    @Test
    void everyRelativeLinkOfEveryPageResolvesInsideTheRunFolder() throws IOException {
        // given
        Path run = cli.runDir().toRealPath();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(run.resolve("html"))) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }

        // then
        assertThat(pages).hasSize(4);
        List<String> checked = new ArrayList<>();
        for (Path file : pages) {
            Document page = parse(file);
            for (Element link : page.select("[href], [src]")) {
                String address = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                URI uri = URI.create(address);
                assertThat(uri.getScheme()).as(file + ": " + address).isNull();
                assertThat(address).as(file + ": " + address).doesNotStartWith("/");
                if (uri.getPath().isEmpty()) {
                    assertThat(page.getElementById(uri.getFragment())).as(file + ": " + address).isNotNull();
                    continue;
                }
                Path target = file.getParent().resolve(uri.getPath()).normalize();
                assertThat(target).as(file + ": " + address).startsWith(run).isRegularFile();
                checked.add(address);
            }
        }
        assertThat(checked).contains("../data-quality.csv", "../comparisons.xlsx", "roles/patient-account-manager.html",
                "../compare/" + PAIR + ".html", "../../pdf/" + PAIR + ".pdf", "assets/filter.js", "../assets/site.css");
    }

    @Test
    void theWorkbookAndTheCsvLinkThePageBesideThePdfAndTheManifestListsThePages() throws IOException {
        // then
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(cli.runDir().resolve("comparisons.xlsx")))) {
            Row header = workbook.getSheet("Comparisons").getRow(0);
            Row row = workbook.getSheet("Comparisons").getRow(1);
            int report = column(header, "report");
            assertThat(header.getCell(report + 1).getStringCellValue()).isEqualTo("page");
            assertThat(row.getCell(report + 1).getHyperlink().getAddress()).isEqualTo(PAGE);
            assertThat(row.getCell(report + 1).getStringCellValue()).isEqualTo(PAIR + ".html");
        }
        List<CSVRecord> csv = RunCommandIntegrationTests.readCsv(cli.runDir().resolve("comparisons.csv"));
        assertThat(csv.get(0).get("page")).isEqualTo(PAGE);
        assertThat(Manifest.read(cli.runDir().resolve(Manifest.FILE_NAME)).outputs()).extracting(Manifest.Output::path)
                .contains("html/index.html", PAGE, "html/roles/patient-account-manager.html", "html/assets/site.css");
    }

    @Test
    void twoRunsOfTheSameInputAndDateGiveTheSameBytes() throws IOException {
        // given
        CliRun second = new CliRun(temp.resolve("second")).withFixture("seed");

        // when
        CliRun.Result again = second.run();

        // then
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        Map<String, byte[]> first = site(cli.runDir());
        assertThat(first).hasSize(6);
        Map<String, byte[]> other = site(second.runDir());
        assertThat(other.keySet()).isEqualTo(first.keySet());
        first.forEach((name, bytes) -> assertThat(other.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void noHtmlPublishesNoSiteAndNoPageLinks() throws IOException {
        // given
        CliRun off = new CliRun(temp.resolve("no-html")).withFixture("seed");

        // when
        CliRun.Result run = off.run("--no-html");

        // then
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(off.runDir().resolve("pdf").resolve(PAIR + ".pdf")).isRegularFile();
        assertThat(off.runDir().resolve("html")).doesNotExist();
        assertThat(RunCommandIntegrationTests.readCsv(off.runDir().resolve("comparisons.csv")).get(0).get("page")).isEmpty();
    }

    @Test
    void theJobFilesSwitchTurnsTheSiteOff() throws IOException {
        // given
        CliRun off = new CliRun(temp.resolve("html-false")).withFixture("seed");
        Path job = Files.writeString(temp.resolve("no-site.yml"), "name: nightly\nreport:\n  html: false\n");

        // when
        CliRun.Result run = CliRun.execute("run", "--job=" + job, "--input=" + off.input(), "--output=" + off.output(),
                "--database=" + off.database(), "--run-date=" + CliRun.RUN_DATE);

        // then
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(off.runDir().resolve("comparisons.xlsx")).isRegularFile();
        assertThat(off.runDir().resolve("html")).doesNotExist();
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
    }

    static int column(Row header, String name) {
        for (int i = 0; i < header.getLastCellNum(); i++) {
            if (name.equals(header.getCell(i).getStringCellValue())) {
                return i;
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static Map<String, byte[]> site(Path runDir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(runDir.resolve("html"))) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(runDir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
