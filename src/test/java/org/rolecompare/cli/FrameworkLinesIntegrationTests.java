package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A run that fails on a file prints role-compare's own lines on the console and one message naming
 * the file (README), not the frameworks' lines about it: Spring Batch's "Encountered an error
 * executing step", its rolled-back chunk, the steps a resumed run skips, Spring's context that
 * failed to start. Those go to the log file, with their stack traces. The console is what the
 * logging framework writes to {@code System.out}, outside the command's own writers.
 */
@ExtendWith(OutputCaptureExtension.class)
class FrameworkLinesIntegrationTests {

    /** What the frameworks' console lines began with, after the time and level. */
    private static final String[] FRAMEWORK_LOGGERS = {" AbstractStep - ", " ChunkOrientedStep - ", " SimpleStepHandler - ",
            " GenericApplicationContext - ", " TaskletStep - "};

    @TempDir
    Path temp;

    @Test
    void aMissingFileIsRoleComparesLinesOnTheConsoleAndTheStepsErrorInTheLogFile(CapturedOutput console) throws IOException {
        // given
        CliRun cli = new CliRun(temp).withFixture("missing-roles-file");

        // when
        CliRun.Result result = cli.run();

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("role-compare: roles.csv is missing");
        assertThat(console.getAll()).contains(" INFO  role-compare - inspectInput: failed").doesNotContain(FRAMEWORK_LOGGERS);
        assertThat(log(cli)).contains("ERROR [main] org.springframework.batch.core.step.AbstractStep - Encountered an error executing step"
                + " inspectInput in job comparisonJob", "\tat ");
    }

    @Test
    void anUnterminatedQuoteRollsItsChunkBackInTheLogFileOnly(CapturedOutput console) throws IOException {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        Files.writeString(cli.input().resolve("skills.csv"), "\"unterminated,skill" + System.lineSeparator(), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        // when
        CliRun.Result result = cli.run();

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("role-compare: skills.csv");
        assertThat(console.getAll()).doesNotContain(FRAMEWORK_LOGGERS);
        assertThat(log(cli)).contains("Rolling back chunk transaction");
    }

    @Test
    void aResumedRunSaysNothingOnTheConsoleOfTheStepsItSkips(CapturedOutput console) throws IOException {
        // given: a run that failed after its loads
        CliRun cli = new CliRun(temp).withFixture("mostly-rejected");
        cli.run();

        // when
        CliRun.Result result = cli.run();

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(console.getAll()).doesNotContain(FRAMEWORK_LOGGERS);
        assertThat(log(cli)).contains("Step already complete or not restartable");
    }

    @Test
    void aDamagedDatabaseIsOneLineWithoutSpringsContextWarning(CapturedOutput console) throws IOException {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        Path file = cli.database().resolveSibling("role-compare.mv.db");
        Files.createDirectories(file.getParent());
        Files.write(file, "garbage ".repeat(2000).getBytes(StandardCharsets.US_ASCII));

        // when
        CliRun.Result result = cli.run();

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("role-compare: the job database " + file + " is damaged");
        assertThat(console.getAll()).doesNotContain(FRAMEWORK_LOGGERS).doesNotContain("Error creating bean");
        assertThat(log(cli)).contains("Error creating bean");
    }

    private static String log(CliRun cli) throws IOException {
        return Files.readString(cli.output().resolve("logs").resolve("role-compare.log"));
    }
}
