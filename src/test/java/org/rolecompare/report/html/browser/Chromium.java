package org.rolecompare.report.html.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium driven through ChromeDriver, started once per test class because start-up takes
 * a second or two. It runs on a fresh profile with every background service off, and all traffic
 * that is not for loopback goes to a proxy port nobody listens on: a page that asks for anything on
 * another machine gets an error inside the browser instead of reaching out, while its
 * {@link BrowserPage} checks still see the request and name it.
 *
 * <p>Chromium and its driver come from Debian ({@code apt-get install chromium chromium-driver}).
 * Where they are missing the browser tests skip ({@link ChromiumExtension}), saying how to install
 * them, so {@code mvn -B test} still passes on a developer's machine without a browser; CI sets
 * {@value #REQUIREMENT}{@code =required} so that a missing browser fails the build instead.
 */
final class Chromium implements AutoCloseable {

    static final String REQUIREMENT = "ROLE_COMPARE_BROWSER_TESTS";
    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;

    private Chromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * Starts Chromium on a new profile in {@code profile}. {@link ChromiumExtension} skips a test class
     * before this where Chromium is missing; where the tests are required it does not, and this fails
     * saying what is missing.
     */
    static Chromium start(Path profile) {
        requireInstalled(BINARY, DRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--disable-default-apps", "--disable-extensions", "--proxy-server=http://127.0.0.1:9", "--window-size=1280,900",
                "--hide-scrollbars", "--lang=en-US", "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        driver.get("about:blank");
        return new Chromium(driver);
    }

    /** Fails, saying which of {@code executables} are missing and how to install them, unless all are there. */
    static void requireInstalled(Path... executables) {
        missing(executables).ifPresent(Assertions::fail);
    }

    /** Which of {@code executables} are missing and how to install them, or empty when all are there. */
    static Optional<String> missing(Path... executables) {
        List<Path> missing = Stream.of(executables).filter(path -> !Files.isExecutable(path)).toList();
        return missing.isEmpty() ? Optional.empty() : Optional.of("the browser tests need Chromium and ChromeDriver, and " + missing
                + " is missing: install them with `apt-get install chromium chromium-driver`");
    }

    /** Opens {@code page} of {@code site} over its loopback server. */
    BrowserPage openOverHttp(LoopbackSite site, String page) {
        return open(site, page, site.httpUrl(page));
    }

    /** Opens {@code page} of {@code site} as a file, the way a browser opened on the folder does. */
    BrowserPage openAsFile(LoopbackSite site, String page) {
        return open(site, page, site.fileUrl(page));
    }

    private BrowserPage open(LoopbackSite site, String page, String url) {
        BrowserPage opened = new BrowserPage(driver, site, page);
        opened.forgetEarlierLogs();
        driver.get(url);
        return opened;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
