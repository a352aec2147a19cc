package org.rolecompare.report.html.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The browser harness on two hand-written fixture sites in {@code src/test/resources/fixtures/html/}:
 * a good one that passes every check over HTTP and from disk, and a broken one with one offence per
 * check (a missing page, a fragment no element has, an unlabelled input, a request to another port, a
 * console error), which proves that each check can fail and says what it found.
 */
class BrowserChecksIntegrationTests {

    @RegisterExtension
    static final ChromiumExtension CHROMIUM = new ChromiumExtension();

    private static LoopbackSite fixtures;

    @BeforeAll
    static void serveTheFixtures() throws IOException {
        fixtures = CHROMIUM.serve(Fixtures.copy("fixtures/html", CHROMIUM.folder("fixtures")));
    }

    @Test
    void theGoodFixturePassesEveryCheckOverHttp() {
        // given
        BrowserPage page = CHROMIUM.openOverHttp(fixtures, "good/index.html");

        // when
        page.assertPassesEveryCheck();

        // then
        assertThat(page.title()).isEqualTo("Roles - fixture site");
        assertThat(page.requests()).filteredOn(url -> !url.equals(fixtures.httpUrl("favicon.ico"))).containsExactly(
                fixtures.httpUrl("good/index.html"), fixtures.httpUrl("good/assets/site.css"), fixtures.httpUrl("good/assets/filter.js"));
    }

    @Test
    void theGoodFixturePassesEveryCheckFromDisk() {
        // given
        BrowserPage index = CHROMIUM.openAsFile(fixtures, "good/index.html");
        index.assertPassesEveryCheck();
        BrowserPage role = CHROMIUM.openAsFile(fixtures, "good/roles/registered-nurse.html");

        // when
        role.assertPassesEveryCheck();

        // then
        assertThat(role.text()).contains("Registered Nurse", "Average salary $70,000");
        assertThat(role.requests()).first().isEqualTo(fixtures.fileUrl("good/roles/registered-nurse.html"));
    }

    @Test
    void theFilterHidesTheRolesThatDoNotMatch() {
        // given
        BrowserPage page = CHROMIUM.openOverHttp(fixtures, "good/index.html");

        // when
        page.find(By.id("filter")).sendKeys("acc");

        // then
        assertThat(page.visibleTexts("#roles li")).containsExactly("Accountant");
        assertThat(page.findAll(By.cssSelector("#roles li"))).hasSize(2);
    }

    @Test
    void aScreenshotShowsTheWholePage() throws IOException {
        // given
        BrowserPage page = CHROMIUM.openOverHttp(fixtures, "good/index.html");

        // when
        Path file = page.screenshot("harness-fixture");

        // then
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(file).startsWith(BrowserPage.SCREENSHOTS);
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isBetween(200, 900);
    }

    @Test
    void eachCheckFindsTheBrokenFixturesOffence() {
        // given
        BrowserPage page = CHROMIUM.openOverHttp(fixtures, "broken/index.html");

        // when
        // then
        assertThat(page.brokenLinks()).containsExactly(
                "<a href=\"missing.html\">: no file broken/missing.html",
                "<a href=\"#nowhere\">: no element with id \"nowhere\" on this page",
                "<img src=\"http://127.0.0.1:9/pixel.png\">: an absolute URL, outside the run folder");
        assertThat(page.requestsLeavingTheMachine()).containsExactly("http://127.0.0.1:9/pixel.png");
        assertThat(page.consoleErrors()).anySatisfy(error -> assertThat(error).contains("a deliberate console error"));
        assertThat(page.axeViolations()).filteredOn(BrowserPage.AxeViolation::seriousOrCritical)
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.id()).isEqualTo("label");
                    assertThat(v.impact()).isEqualTo("critical");
                    assertThat(v.nodes()).singleElement().asString().startsWith("#unnamed <input");
                });
    }

    @Test
    void theBrokenFixtureFailsNamingEveryOffence() {
        // given
        BrowserPage page = CHROMIUM.openAsFile(fixtures, "broken/index.html");

        // when
        // then
        assertThatThrownBy(page::assertPassesEveryCheck)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("on " + fixtures.fileUrl("broken/index.html"))
                .hasMessageContaining("console error: ")
                .hasMessageContaining("request leaving the run folder: http://127.0.0.1:9/pixel.png")
                .hasMessageContaining("broken link: <a href=\"missing.html\">: no file broken/missing.html")
                .hasMessageContaining("axe violation: label (critical): Form elements must have labels");
    }
}
