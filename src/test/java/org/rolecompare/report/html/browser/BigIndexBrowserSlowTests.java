package org.rolecompare.report.html.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The index of a big run in headless Chromium: past 3,000 roles it lists no roles itself but links a
 * page per initial, and its filter loads the compact list of every role ({@code html/data/roles.js})
 * only when first used, with a script element, so it works from disk too, where browsers refuse
 * {@code fetch()}. Publishing the 3,100 roles this needs takes about 30 s on two cores, so these tests
 * run only when asked: {@code mvn -B test -Dtest=BigIndexBrowserSlowTests -Drolecompare.slow=true}.
 */
@Tag("slow")
@EnabledIfSystemProperty(named = "rolecompare.slow", matches = "true")
class BigIndexBrowserSlowTests {

    private static final String DATA = "html/data/roles.js";
    private static final String RESULTS = "#filter-results li a";

    @RegisterExtension
    static final ChromiumExtension CHROMIUM = new ChromiumExtension();

    private static LoopbackSite bigRun;

    @BeforeAll
    static void publishABigRun() throws IOException {
        bigRun = CHROMIUM.serve(PublishedRuns.generated(CHROMIUM.folder("big"), 3_100, 100));
    }

    @Test
    void theFilterLoadsTheListOfRolesWhenFirstUsedFromDisk() throws IOException {
        // given
        List<String> expected = PublishedRuns.matching(PublishedRuns.titles(CHROMIUM.folder("big")), "zurich");
        BrowserPage page = CHROMIUM.openAsFile(bigRun, PublishedRuns.INDEX);
        assertThat(page.requests()).doesNotContain(bigRun.fileUrl(DATA));

        // when
        page.find(By.id("filter")).sendKeys("zurich");
        page.waitUntilVisible(RESULTS);

        // then
        assertThat(expected).isNotEmpty();
        assertThat(page.visibleTexts(RESULTS)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(page.find(By.id("filter-status")).getText()).isEqualTo(expected.size() + " roles match.");
        assertThat(page.requests()).contains(bigRun.fileUrl(DATA));
        page.assertPassesEveryCheck();
    }

    @Test
    void theFilterFindsRolesByPartOfTheirTitleOverHttp() throws IOException {
        // given
        List<String> expected = PublishedRuns.matching(PublishedRuns.titles(CHROMIUM.folder("big")), "Senior Tax");
        BrowserPage page = CHROMIUM.openOverHttp(bigRun, PublishedRuns.INDEX);

        // when
        page.find(By.id("filter")).sendKeys("Senior Tax");
        page.waitUntilVisible(RESULTS);

        // then
        assertThat(expected).isNotEmpty();
        assertThat(page.visibleTexts(RESULTS)).containsExactlyInAnyOrderElementsOf(expected);
        page.assertPassesEveryCheck();
        page.screenshot("index-big-run");
    }

    @Test
    void theIndexListsNoRoleItselfAndEveryLetterPagePassesEveryCheck() {
        // given
        BrowserPage index = CHROMIUM.openOverHttp(bigRun, PublishedRuns.INDEX);
        index.assertPassesEveryCheck();
        List<String> letters = index.findAll(By.cssSelector("nav.letters a")).stream().map(a -> a.getDomAttribute("href")).toList();

        // when
        BrowserPage letter = CHROMIUM.openAsFile(bigRun, "html/" + letters.get(0));

        // then
        assertThat(index.findAll(By.cssSelector("#role-list li"))).isEmpty();
        assertThat(letters).isNotEmpty().allSatisfy(href -> assertThat(href).matches("letters/[a-z#]\\.html"));
        letter.assertPassesEveryCheck();
        assertThat(letter.findAll(By.cssSelector("main li a[href^='../roles/']"))).hasSizeGreaterThan(100);
    }
}
