package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The logging set up before Spring starts ({@link EarlyLogging}) keeps the console to the command's
 * own words: no Logback status lines about a missing configuration file, no debug output of a
 * default configuration, whatever the command.
 */
class EarlyLoggingIntegrationTests {

    @TempDir
    Path temp;

    @Test
    void versionPrintsOnlyTheVersion() throws Exception {
        // given
        ChildRun child = ChildRun.start(temp.resolve("version"), "--version");

        // when
        int code = child.exitCode();

        // then
        assertThat(code).isZero();
        assertThat(child.out()).isEqualTo("role-compare 0.1.0" + System.lineSeparator());
        assertThat(child.err()).isEmpty();
    }

    @Test
    void usageErrorIsOneLineAndTheUsageWithoutLoggingNoise() throws Exception {
        // given
        ChildRun child = ChildRun.start(temp.resolve("usage"), "run", "--bogus");

        // when
        int code = child.exitCode();

        // then
        assertThat(code).isEqualTo(64);
        assertThat(child.err()).startsWith("role-compare: unknown option --bogus" + System.lineSeparator() + "Usage: role-compare run")
                .doesNotContain("logback").doesNotContain("DEBUG").doesNotContain("INFO");
        assertThat(child.out()).isEmpty();
    }
}
