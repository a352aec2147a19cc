package org.rolecompare.report.html.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** What the browser tests do where Chromium is missing: skip, saying how to install it, unless CI requires them. */
class ChromiumTests {

    @TempDir
    Path dir;

    @Test
    void aMissingBrowserSkipsTheTestsAndSaysHowToInstallIt() {
        // given
        Path missing = dir.resolve("chromium");

        // then
        assertThatThrownBy(() -> Chromium.requireInstalled(null, missing))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("[" + missing + "] is missing")
                .hasMessageContaining("apt-get install chromium chromium-driver")
                .hasMessageContaining("set ROLE_COMPARE_BROWSER_TESTS=required to make this a failure");
    }

    @Test
    void aMissingBrowserFailsTheTestsWhereTheyAreRequired() {
        // given
        Path missing = dir.resolve("chromedriver");

        // then
        assertThatThrownBy(() -> Chromium.requireInstalled("required", missing))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("[" + missing + "] is missing")
                .hasMessageContaining("apt-get install chromium chromium-driver")
                .hasMessageContaining("ROLE_COMPARE_BROWSER_TESTS=required, so this is a failure, not a skip");
    }

    @Test
    void anInstalledBrowserNeitherSkipsNorFails() throws IOException {
        // given
        Path installed = Files.createFile(dir.resolve("chromium"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));

        // then
        assertThatCode(() -> Chromium.requireInstalled("required", installed)).doesNotThrowAnyException();
    }
}
