package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The line of {@code deploy/crontab}, run as cron runs it ({@code /bin/sh -c}) in a fresh install
 * folder with a stand-in for the launcher: the first night must find a log to write to, and the log
 * must end with the run's own exit code, which is what monitoring reads. Both once went wrong: the
 * log's folder did not exist before the first run made it, and the code logged was {@code date}'s.
 */
@EnabledOnOs(OS.LINUX)
class CrontabLineTests {

    private static final Path CRONTAB = Path.of("deploy/crontab");

    @Test
    void aFreshInstallLogsTheRunAndItsExitCode(@TempDir Path install) throws Exception {
        // given a folder with only a launcher that prints a line and exits 2 (some rows rejected)
        Path launcher = install.resolve("role-compare");
        Files.writeString(launcher, "#!/bin/sh\necho \"ran $*\"\nexit 2\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        String command = cronCommand().replace("cd /opt/role-compare", "cd '" + install + "'");

        // when cron runs the line
        Process process = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        // then the log holds the run's output, then a dated line with the run's own exit code
        List<String> log = Files.readAllLines(install.resolve("output/logs/cron.log"), StandardCharsets.UTF_8);
        assertThat(log).hasSize(2);
        assertThat(log.get(0)).isEqualTo("ran run --job=jobs/nightly.yml");
        assertThat(log.get(1)).matches("\\d{4}-\\d{2}-\\d{2}T\\S+ exit 2");
    }

    /** The command of the crontab's one schedule line: the text after its five time fields. */
    private static String cronCommand() throws IOException {
        List<String> lines = Files.readAllLines(CRONTAB, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
        assertThat(lines).hasSize(1);
        String[] fields = lines.get(0).split(" ", 6);
        assertThat(fields).hasSize(6);
        return fields[5];
    }
}
