package org.rolecompare.report.html.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One page open in {@link Chromium}, with the checks every published page must pass: nothing on the
 * console at error level, no request for anything but the run folder, every {@code href} and
 * {@code src} resolving to a file inside the run folder, and no serious or critical axe-core
 * violation. Each check fails with every offence listed, so one run of a test says all that is wrong
 * with a page. Requests are the browser's own record of them (the DevTools {@code
 * Network.requestWillBeSent} events of ChromeDriver's performance log), so a request the page makes
 * from a script counts as much as one from its markup.
 *
 * <p>Two things the browser does by itself are not the page's: over HTTP it asks the server for
 * {@code /favicon.ico} when a page names no icon, and the run folder has none at its root (that 404
 * is left out of the console errors; any other failed load, an icon the page names included,
 * counts); and its own pages ({@code chrome://}, such as the new-tab page of a fresh profile) load
 * their resources from inside the browser (left out of the requests).
 */
final class BrowserPage {

    /** Where the screenshots go, for a person to look at: {@code target/screenshots/} of the module. */
    static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");

    /** The tallest screenshot taken; a longer page is cut there (Chromium's own limit is 16,384 pixels). */
    private static final int MAX_SCREENSHOT_HEIGHT = 12_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String READ_LINKS = "const links = [];"
            + "for (const e of document.querySelectorAll('*')) {"
            + "  for (const a of e.attributes) {"
            + "    if (a.localName === 'href' || a.localName === 'src') links.push([e.localName, a.localName, a.value]);"
            + "  }"
            + "}"
            + "return JSON.stringify({links: links, ids: Array.from(document.querySelectorAll('[id]'), e => e.id)});";

    private static final String RUN_AXE = "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']})"
            + "  .then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
            + "      helpUrl: v.helpUrl, nodes: v.nodes.map(n => n.target.join(' ') + ' ' + n.html)})))))"
            + "  .catch(e => done(JSON.stringify({error: String(e)})));";

    private static String axeSource;

    private final ChromeDriver driver;
    private final LoopbackSite site;
    private final String path;
    private final List<String> requests = new ArrayList<>();
    private final List<String> consoleErrors = new ArrayList<>();

    BrowserPage(ChromeDriver driver, LoopbackSite site, String path) {
        this.driver = driver;
        this.site = site;
        this.path = path;
    }

    /** One axe-core violation: its rule, impact, help text and the elements it found. */
    record AxeViolation(String id, String impact, String help, String helpUrl, List<String> nodes) {

        boolean seriousOrCritical() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + " [" + helpUrl + "]\n      " + String.join("\n      ", nodes);
        }
    }

    String title() {
        return driver.getTitle();
    }

    /** The page's visible text, as a reader sees it. */
    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /**
     * The text of each element {@code selector} finds that a reader can see, in page order: one script
     * for all of them, as asking the driver element by element takes seconds on a list of hundreds.
     */
    List<String> visibleTexts(String selector) {
        List<?> texts = (List<?>) driver.executeScript("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".filter(e => e.checkVisibility()).map(e => e.innerText.trim());", selector);
        return texts.stream().map(String.class::cast).toList();
    }

    /** Waits, up to ten seconds, until {@code selector} finds an element a reader can see. */
    void waitUntilVisible(String selector) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !visibleTexts(selector).isEmpty());
    }

    /** Every URL the page asked for since it was opened, in order. */
    List<String> requests() {
        readLogs();
        return List.copyOf(requests);
    }

    /** The console's error-level messages since the page was opened (script errors, failed loads, console.error). */
    List<String> consoleErrors() {
        readLogs();
        return List.copyOf(consoleErrors);
    }

    /** The page's {@code href}s and {@code src}s that do not resolve to a file inside the run folder, with why. */
    List<String> brokenLinks() {
        JsonNode found = JSON.readTree((String) driver.executeScript(READ_LINKS));
        List<PageLinks.Link> links = new ArrayList<>();
        found.path("links").forEach(l -> links.add(new PageLinks.Link(l.get(0).asString(), l.get(1).asString(), l.get(2).asString())));
        Set<String> ids = new HashSet<>();
        found.path("ids").forEach(id -> ids.add(id.asString()));
        return PageLinks.misses(site.root(), path, links, ids);
    }

    /** The requests that went anywhere but the run folder's server, a file, inline data or the blank page. */
    List<String> requestsLeavingTheMachine() {
        return requests().stream().filter(url -> !PageLinks.staysOnTheMachine(url, site.port())).toList();
    }

    /** Runs axe-core (from the class path, never the network) in the page and returns every violation. */
    List<AxeViolation> axeViolations() {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof axe !== 'undefined';"))) {
            driver.executeScript(axeSource());
        }
        JsonNode result = JSON.readTree((String) driver.executeAsyncScript(RUN_AXE));
        if (result.has("error")) {
            throw new IllegalStateException("axe-core failed on " + path + ": " + result.get("error").asString());
        }
        List<AxeViolation> violations = new ArrayList<>();
        for (JsonNode v : result) {
            List<String> nodes = new ArrayList<>();
            v.path("nodes").forEach(n -> nodes.add(n.asString()));
            violations.add(new AxeViolation(v.path("id").asString(""), v.path("impact").asString(""), v.path("help").asString(""),
                    v.path("helpUrl").asString(""), nodes));
        }
        return violations;
    }

    /** Fails, naming every offence, unless the page passes each of the checks above. */
    void assertPassesEveryCheck() {
        List<String> problems = new ArrayList<>();
        consoleErrors().forEach(e -> problems.add("console error: " + e));
        requestsLeavingTheMachine().forEach(url -> problems.add("request leaving the run folder: " + url));
        brokenLinks().forEach(link -> problems.add("broken link: " + link));
        axeViolations().stream().filter(AxeViolation::seriousOrCritical).forEach(v -> problems.add("axe violation: " + v));
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " problem(s) on " + driver.getCurrentUrl() + ":\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    /** Writes a screenshot of the whole page to {@code target/screenshots/NAME.png} and returns its path. */
    Path screenshot(String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> size = (Map<?, ?>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(MAX_SCREENSHOT_HEIGHT, ((Number) size.get("height")).doubleValue());
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops what the browser logged before this page was opened. */
    void forgetEarlierLogs() {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
    }

    private void readLogs() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !entry.getMessage().startsWith(site.httpUrl("favicon.ico "))) {
                consoleErrors.add(entry.getMessage());
            }
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if (message.path("method").asString("").equals("Network.requestWillBeSent")
                    && !message.path("params").path("documentURL").asString("").startsWith("chrome://")) {
                requests.add(message.path("params").path("request").path("url").asString(""));
            }
        }
    }

    private static synchronized String axeSource() {
        if (axeSource == null) {
            try (InputStream in = BrowserPage.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the class path (test dependency com.deque.html.axe-core:selenium)");
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }
}
