package org.rolecompare.report.html.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * The web pages a run publishes, in a real browser: the whole job runs once on the seed input and
 * once, without PDFs, on a generated input of 300 roles and 500 comparisons, and headless Chromium
 * reads the pages back as a person would, over a loopback web server and from disk. The seed's compare page shows the same numbers
 * and words as its PDF (read back with PDFBox), the index's filter finds roles by part of their title,
 * and every page type passes every check of {@link BrowserPage}: no console error, no request leaving
 * the run folder, every link resolving inside it, no serious or critical axe-core violation. A
 * screenshot of each page type lands in {@code target/screenshots/} for a person to look at.
 */
class WebPagesBrowserIntegrationTests {

    private static final String COMPARE = "html/compare/patient-relations-manager-vs-patient-account-manager.html";
    private static final String ROLE = "html/roles/patient-account-manager.html";
    private static final String PDF = "pdf/patient-relations-manager-vs-patient-account-manager.pdf";

    @RegisterExtension
    static final ChromiumExtension CHROMIUM = new ChromiumExtension();

    private static LoopbackSite seed;
    private static LoopbackSite generated;

    @BeforeAll
    static void publishTwoRuns() throws IOException {
        seed = CHROMIUM.serve(PublishedRuns.seed(CHROMIUM.folder("seed")));
        generated = CHROMIUM.serve(PublishedRuns.generated(CHROMIUM.folder("generated"), 300, 500));
    }

    static Stream<Arguments> pageTypes() {
        return Stream.of(Arguments.of("index", PublishedRuns.INDEX), Arguments.of("compare", COMPARE), Arguments.of("role", ROLE));
    }

    @ParameterizedTest(name = "{0} page over HTTP")
    @MethodSource("pageTypes")
    void everyPageTypePassesEveryCheckOverHttp(String type, String path) throws IOException {
        // given
        BrowserPage page = CHROMIUM.openOverHttp(seed, path);

        // when
        page.assertPassesEveryCheck();
        Path screenshot = page.screenshot(type);

        // then
        assertThat(page.requests()).first().isEqualTo(seed.httpUrl(path));
        assertThat(Files.size(screenshot)).isPositive();
    }

    @ParameterizedTest(name = "{0} page from disk")
    @MethodSource("pageTypes")
    void everyPageTypePassesEveryCheckFromDisk(String type, String path) {
        // given
        BrowserPage page = CHROMIUM.openAsFile(seed, path);

        // when
        page.assertPassesEveryCheck();

        // then
        assertThat(page.requests()).first().isEqualTo(seed.fileUrl(path));
    }

    @Test
    void theSeedComparePageShowsTheNumbersAndWordsOfItsPdf() throws IOException {
        // given
        String pdf = pdfText(seed.root().resolve(PDF));

        // when
        BrowserPage page = CHROMIUM.openOverHttp(seed, COMPARE);
        String text = oneLine(page.text());

        // then
        List<String> shared = List.of("Patient Relations Manager vs Patient Account Manager",
                "The differences between patient relations managers and patient account managers can be seen in a few details."
                        + " While it typically takes 2-4 years to become a patient relations manager, becoming a patient account"
                        + " manager usually requires 4-6 years. Additionally, a patient account manager has an average salary of"
                        + " $70,777, which is higher than the $43,633 average annual salary of a patient relations manager.",
                "Patient Account Manager pays 62.2% more ($27,144 a year)",
                "Patient Account Manager grows (28%) while Patient Relations Manager shrinks (-4%)",
                "Patient Account Manager takes 2 more years to become",
                "2 of 10 top skills shared",
                "What does a patient relations manager do?", "What does a patient account manager do?",
                "$70,777", "$43,633", "$20.98", "$34.03", "77,096", "152,009", "University of Pennsylvania");
        assertThat(pdf).contains(shared);
        assertThat(text).contains(shared);
        assertThat(page.title()).contains("Patient Relations Manager vs Patient Account Manager");
        assertThat(text).doesNotContain("null", "NaN");
    }

    @Test
    void theSeedComparePageLinksToItsPdfAndBothRolePages() {
        // given
        BrowserPage page = CHROMIUM.openAsFile(seed, COMPARE);

        // when
        List<String> targets = page.findAll(By.cssSelector("main a[href]")).stream().map(a -> a.getDomAttribute("href")).toList();

        // then
        assertThat(targets).contains("../../" + PDF, "../roles/patient-relations-manager.html", "../roles/patient-account-manager.html");
    }

    @Test
    void theIndexFilterFindsASeedRoleByPartOfItsTitle() {
        // given
        BrowserPage page = CHROMIUM.openAsFile(seed, PublishedRuns.INDEX);
        assertThat(page.visibleTexts("#role-list li a"))
                .containsExactlyInAnyOrder("Patient Account Manager", "Patient Relations Manager");

        // when
        page.find(By.id("filter")).sendKeys("account");

        // then
        assertThat(page.visibleTexts("#role-list li a")).containsExactly("Patient Account Manager");
        assertThat(page.find(By.id("filter-status")).getText()).isEqualTo("1 of 2 roles matches.");
    }

    @Test
    void theIndexFilterFindsGeneratedRolesIgnoringCaseAndAccents() throws IOException {
        // given
        List<String> titles = PublishedRuns.titles(CHROMIUM.folder("generated"));
        BrowserPage page = CHROMIUM.openOverHttp(generated, PublishedRuns.INDEX);
        assertThat(page.visibleTexts("#role-list li a")).hasSameSizeAs(titles);

        for (String query : List.of("ACCOUNT", "zurich", "senior tax")) {
            List<String> expected = PublishedRuns.matching(titles, query);

            // when
            page.find(By.id("filter")).clear();
            page.find(By.id("filter")).sendKeys(query);

            // then
            assertThat(expected).as("generated titles containing " + query).isNotEmpty().hasSizeLessThan(titles.size());
            assertThat(page.visibleTexts("#role-list li a")).as(query).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void theGeneratedIndexARolePageAndAComparePagePassEveryCheck() {
        // given
        BrowserPage index = CHROMIUM.openOverHttp(generated, PublishedRuns.INDEX);
        index.assertPassesEveryCheck();
        String rolePath = followed(PublishedRuns.INDEX, index.find(By.cssSelector("#role-list li a")).getDomAttribute("href"));
        BrowserPage role = CHROMIUM.openAsFile(generated, rolePath);
        role.assertPassesEveryCheck();
        String comparePath = followed(rolePath, role.find(By.cssSelector("main a[href*='compare/']")).getDomAttribute("href"));

        // when
        BrowserPage compare = CHROMIUM.openOverHttp(generated, comparePath);

        // then
        compare.assertPassesEveryCheck();
        assertThat(comparePath).startsWith("html/compare/").endsWith(".html");
        assertThat(compare.findAll(By.cssSelector("a[href$='.pdf']"))).as("links to PDFs of a run without PDFs").isEmpty();
    }

    /** The run-folder path a relative link of {@code page} leads to. */
    private static String followed(String page, String href) {
        return Path.of(page).resolveSibling(href).normalize().toString().replace('\\', '/');
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return oneLine(new PDFTextStripper().getText(doc));
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
