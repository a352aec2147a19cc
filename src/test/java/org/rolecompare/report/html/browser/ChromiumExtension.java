package org.rolecompare.report.html.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless {@link Chromium} for a test class, on a fresh profile in a temporary folder of the
 * class, which also holds the class's run folders ({@link #folder}), and the sites it serves them as;
 * everything is closed and deleted after the class. Register it as a static field:
 * {@code @RegisterExtension static final ChromiumExtension CHROMIUM = new ChromiumExtension();}.
 *
 * <p>Where Chromium or ChromeDriver is missing, every test of the class is skipped before anything of
 * the class runs, and one line on the console says why and how to install them, because a test
 * runner's summary counts skipped tests without saying why, and a browser test that silently never
 * runs is worse than a failing one. Where {@value Chromium#REQUIREMENT} is {@code required} the class
 * runs instead, and fails on the missing browser, as CI should.
 */
final class ChromiumExtension implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {

    private final List<LoopbackSite> sites = new ArrayList<>();
    private Path temp;
    private Chromium chromium;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        ConditionEvaluationResult result = evaluate(System.getenv(Chromium.REQUIREMENT), Chromium.BINARY, Chromium.DRIVER);
        if (result.isDisabled() && context.getTestMethod().isEmpty()) {
            System.err.println("role-compare: " + context.getDisplayName() + " skipped: " + result.getReason().orElseThrow());
        }
        return result;
    }

    /** Whether tests that need {@code executables} run, given the value of {@value Chromium#REQUIREMENT}. */
    static ConditionEvaluationResult evaluate(String requirement, Path... executables) {
        Optional<String> missing = Chromium.missing(executables);
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
        }
        if ("required".equals(requirement)) {
            return ConditionEvaluationResult.enabled(Chromium.REQUIREMENT + "=required, so the tests run and fail: " + missing.get());
        }
        return ConditionEvaluationResult.disabled(missing.get() + " (set " + Chromium.REQUIREMENT + "=required to make this a failure)");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        temp = Files.createTempDirectory("role-compare-browser-");
        chromium = Chromium.start(folder("profile"));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        sites.forEach(LoopbackSite::close);
        if (temp != null) {
            try (Stream<Path> files = Files.walk(temp)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** A folder {@code name} in the class's temporary folder, deleted after the class. */
    Path folder(String name) {
        return temp.resolve(name);
    }

    /** Serves {@code runFolder} on loopback until the class ends. */
    LoopbackSite serve(Path runFolder) throws IOException {
        LoopbackSite site = LoopbackSite.serve(runFolder);
        sites.add(site);
        return site;
    }

    BrowserPage openOverHttp(LoopbackSite site, String page) {
        return chromium.openOverHttp(site, page);
    }

    BrowserPage openAsFile(LoopbackSite site, String page) {
        return chromium.openAsFile(site, page);
    }
}
