package org.rolecompare.report.html.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.io.TempDir;

/** What the browser tests do where Chromium is missing: skip, saying how to install it, unless CI requires them. */
class ChromiumTests {

    @TempDir
    Path dir;

    @Test
    void aMissingBrowserSkipsTheTestsAndSaysHowToInstallIt() {
        // given
        Path missing = dir.resolve("chromium");

        // when
        ConditionEvaluationResult result = ChromiumExtension.evaluate(null, missing);

        // then
        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValue("the browser tests need Chromium and ChromeDriver, and [" + missing + "] is missing:"
                + " install them with `apt-get install chromium chromium-driver` (set ROLE_COMPARE_BROWSER_TESTS=required to make"
                + " this a failure)");
    }

    @Test
    void aMissingBrowserFailsTheTestsWhereTheyAreRequired() {
        // given
        Path missing = dir.resolve("chromedriver");

        // when
        ConditionEvaluationResult result = ChromiumExtension.evaluate("required", missing);

        // then
        assertThat(result.isDisabled()).isFalse();
        assertThatThrownBy(() -> Chromium.requireInstalled(missing))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("is missing: install them with `apt-get install chromium chromium-driver`");
    }

    @Test
    void anInstalledBrowserRunsTheTests() throws IOException {
        // given
        Path installed = Files.createFile(dir.resolve("chromium"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));

        // when
        ConditionEvaluationResult result = ChromiumExtension.evaluate(null, installed);

        // then
        assertThat(result.isDisabled()).isFalse();
    }
}
