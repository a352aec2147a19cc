package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the nightly job on real-style data of our own making ({@code fixtures/real-style}: official
 * plural titles such as "Registered Nurses" and "Physicians, All Other", a 90-character title with a
 * short title, top-coded salaries without a maximum, sparse demographics, unknown skill shares) and
 * reads page 1 of every PDF as a manager would. Everything here was wrong on such data before:
 * "registered nurseses", "a nurse practitioners has", "What does a registered nurses do?",
 * "Nurse Practitioners pays", the seed's source on every report, and "-" rows unknown for both roles.
 * The fixture's {@code source.txt} names its source.
 */
class RealStyleReportsIntegrationTests {

    @TempDir
    static Path temp;

    private static CliRun.Result result;
    private static List<String> titles;
    private static List<Path> pdfs;

    @BeforeAll
    static void runTheJobOnce() throws IOException {
        CliRun cli = new CliRun(temp).withFixture("real-style");
        result = cli.run();
        titles = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(cli.input().resolve("roles.csv"))) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                titles.add(r.get("title"));
            }
        }
        try (Stream<Path> files = Files.list(cli.runDir().resolve("pdf"))) {
            pdfs = files.sorted().toList();
        }
    }

    @Test
    void everyComparisonIsPublished() {
        // then
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(pdfs).hasSize(20);
    }

    @Test
    void pageOneNeverInflectsATitleTwice() throws IOException {
        for (Path pdf : pdfs) {
            // given
            String page = pageOne(pdf);

            // then
            for (String title : titles) {
                String prose = title.toLowerCase(Locale.ROOT);
                assertThat(page).as(pdf.getFileName() + ": " + title).doesNotContainIgnoringCase(", all others");
                if (title.endsWith("s")) {
                    assertThat(page).as(pdf.getFileName() + ": doubled plural of " + title)
                            .doesNotContainIgnoringCase(prose + "es ")
                            .doesNotContainIgnoringCase(prose + "s ");
                    assertThat(page).as(pdf.getFileName() + ": article before the plural " + title)
                            .doesNotContainPattern(Pattern.compile("(?i)\\b(a|an) " + Pattern.quote(prose) + "\\b"));
                }
            }
        }
    }

    @Test
    void pluralSubjectsTakePluralVerbs() throws IOException {
        for (Path pdf : pdfs) {
            // given
            String page = pageOne(pdf).replaceAll("\\s+", " ");

            // then
            for (String title : titles) {
                if (!title.endsWith("s")) {
                    continue;
                }
                for (String verb : List.of("pays", "has", "takes", "asks", "grows", "shrinks", "earns", "does")) {
                    assertThat(page).as(pdf.getFileName().toString()).doesNotContain(title + " " + verb + " ")
                            .doesNotContainIgnoringCase(title.toLowerCase(Locale.ROOT) + " " + verb + " ");
                }
            }
            assertThat(page).as(pdf.getFileName().toString())
                    .doesNotContainPattern(Pattern.compile("What does (a|an) [^?]*\\b(nurses|practitioners|workers|cooks|physicians|drivers|officers) do\\?"));
        }
    }

    @Test
    void theNurseComparisonReadsAsAManagerExpects() throws IOException {
        // given
        String page = pageOne(pdfs.stream().filter(p -> p.getFileName().toString()
                .equals("registered-nurses-vs-nurse-practitioners.pdf")).findFirst().orElseThrow()).replaceAll("\\s+", " ");

        // then
        assertThat(page)
                .contains("The differences between registered nurses and nurse practitioners can be seen in a few details.")
                .contains("a nurse practitioner has an average salary of $121,610, which is higher than the $86,070 average"
                        + " annual salary of a registered nurse.")
                .contains("Nurse Practitioners pay 41.3% more ($35,540 a year)");
    }

    @Test
    void everyReportNamesTheSourceOfItsInput() throws IOException {
        for (Path pdf : pdfs) {
            // then
            assertThat(pageOne(pdf).replaceAll("\\s+", " ")).as(pdf.getFileName().toString())
                    .contains("Source: role-compare test data, real-style export of our own making")
                    .doesNotContain("seed data");
        }
    }

    @Test
    void noTableRowIsUnknownForBothRoles() throws IOException {
        for (Path pdf : pdfs) {
            // given
            String text = allPages(pdf);

            // then
            assertThat(text.lines()).as(pdf.getFileName().toString())
                    .noneMatch(line -> line.strip().endsWith(" - -") || line.strip().equals("- -"));
        }
    }

    @Test
    void theWebPageOfASparsePairSaysWhatItsPdfSays() throws IOException {
        // given
        Path run = pdfs.get(0).getParent().getParent();
        String pair = "physicians-all-other-vs-registered-nurses";
        String pdf = RunCommandIntegrationTests.pdfText(run.resolve("pdf").resolve(pair + ".pdf"));

        // when
        Document page = Jsoup.parse(Files.readString(run.resolve("html").resolve("compare").resolve(pair + ".html")));

        // then
        assertThat(page.selectFirst("h1").text()).isEqualTo("Physicians, All Other vs Registered Nurses");
        assertThat(page.select("section#salary tr").eachText()).contains("Salary range $132,000 or more $47,000 \u2013 $138,000");
        List<String> sentences = new ArrayList<>(page.select("#key-differences li, p.note, p.coverage-note, p.absent").eachText());
        assertThat(sentences).anySatisfy(note -> assertThat(note).startsWith("Not known for either role:"));
        for (String sentence : sentences) {
            assertThat(pdf).as("in the PDF").contains(sentence);
        }
        assertThat(page.text()).doesNotContain("null", "NaN");
    }

    private static String pageOne(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            return stripper.getText(doc);
        }
    }

    private static String allPages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
