package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the operator reads when the output folder, the log file or the job database is unusable,
 * or when a crashed run is recovered: one line that names the file and what to do, the documented
 * exit code, and no stack trace on the console (the traces go to the log file, if it can be
 * written). Cases where the console outside the command's own writers matters (Logback's messages
 * about its log file) run in a child JVM; the tests run as root here, so an unwritable log folder
 * is made with a regular file where {@code OUTPUT/logs} should be, and a full disk with a log file
 * that is a link to {@code /dev/full}.
 */
class RecoveryMessagesIntegrationTests {

    private static final String JOB = "--job=jobs/nightly.yml";

    @TempDir
    Path temp;

    @Test
    void anOutputFolderWhoseLogsCannotBeWrittenIsOneLineAndExitCode1() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        Files.createDirectories(cli.output());
        Files.writeString(cli.output().resolve("logs"), "not a folder");

        // when
        ChildRun child = ChildRun.start(temp.resolve("child"), "run", JOB, "--input=" + cli.input(), "--output=" + cli.output(),
                "--database=" + cli.database(), "--run-date=" + CliRun.RUN_DATE);

        // then
        assertThat(child.exitCode()).isEqualTo(1);
        assertThat(child.err()).isEqualTo("role-compare: cannot write to the output folder " + cli.output() + ": "
                + cli.output().resolve("logs") + " is a file, not a folder; check --output" + System.lineSeparator());
        assertThat(child.out()).isEmpty();
        assertThat(cli.database().resolveSibling("role-compare.mv.db")).doesNotExist();
    }

    @Test
    void aReadOnlyOutputFolderSaysPermissionDenied() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        Files.createDirectories(cli.output());
        Files.setPosixFilePermissions(cli.output(), PosixFilePermissions.fromString("r-xr-xr-x"));
        assumeFalse(Files.isWritable(cli.output()), "root writes to read-only folders; this case needs a non-root user");

        // when
        CliRun.Result result = cli.run();

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("role-compare: cannot write to the output folder " + cli.output()
                + ": permission denied; check --output" + System.lineSeparator());
    }

    @Test
    void aFullDiskUnderLogsIsOneLineAndTheRunGoesOn() throws Exception {
        // given
        assumeTrue(Files.isWritable(Path.of("/dev/full")), "needs /dev/full, whose every write fails with 'No space left on device'");
        // Logback rolls a log file last modified on an earlier day over at start (renaming the link
        // away), and a link's time is its target's: /dev/full must look written today
        Files.setLastModifiedTime(Path.of("/dev/full"), FileTime.from(Instant.now()));
        CliRun cli = new CliRun(temp).withFixture("seed");
        Path log = cli.output().resolve("logs").resolve("role-compare.log");
        Files.createDirectories(log.getParent());
        Files.createSymbolicLink(log, Path.of("/dev/full"));

        // when
        ChildRun child = ChildRun.start(temp.resolve("child"), "run", JOB, "--input=" + cli.input(), "--output=" + cli.output(),
                "--database=" + cli.database(), "--run-date=" + CliRun.RUN_DATE);

        // then
        assertThat(child.exitCode()).as(child.out() + child.err()).isZero();
        assertThat(child.err()).isEqualTo("role-compare: cannot write the log file " + log
                + " (No space left on device); the run goes on, logging to the console only" + System.lineSeparator());
        assertThat(child.out()).contains("role-compare: published " + cli.runDir()).doesNotContain("\tat ", "Exception");
        assertThat(cli.runDir().resolve("manifest.json")).isRegularFile();
    }

    @Test
    void validateWithoutOutputWhoseLogFileCannotBeOpenedIsOneLineAndTheValidationGoesOn() throws Exception {
        // given: the user's state folder, where validate without --output logs, is a file
        CliRun cli = new CliRun(temp).withFixture("seed");
        Path state = Files.writeString(temp.resolve("state"), "not a folder");
        String folder = String.valueOf(temp.resolve(Path.of("child", "tmp")));
        Files.createDirectories(Path.of(folder));

        // when
        ChildRun child = ChildRun.start(Map.of("XDG_STATE_HOME", state.toString(), "JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + folder),
                temp.resolve("child"), "validate", "--input=" + cli.input());

        // then
        assertThat(child.exitCode()).as(child.out() + child.err()).isZero();
        assertThat(child.err()).endsWith("role-compare: cannot write the log file " + state.resolve(Path.of("role-compare", "role-compare.log"))
                + " (" + state + " is a file, not a folder); the run goes on, logging to the console only" + System.lineSeparator());
        assertThat(child.out()).contains("role-compare: validated " + cli.input()).doesNotContain("\tat ", "Exception");
        try (Stream<Path> left = Files.list(Path.of(folder))) {
            assertThat(left).as("the validation's temporary folder").isEmpty();
        }
    }

    @Test
    void historyWhoseLogFileCannotBeOpenedIsOneLineAndListsTheRuns() throws Exception {
        // given a database without runs, and a state folder that cannot be made
        Path state = Files.writeString(temp.resolve("state"), "not a folder");
        Path db = temp.resolve(Path.of("db", "role-compare"));
        BatchSession.onFile(db, temp.resolve(Path.of("logs", "role-compare.log"))).close();

        // when
        ChildRun child = ChildRun.start(Map.of("XDG_STATE_HOME", state.toString()), temp.resolve("child"), "history", JOB,
                "--database=" + db);

        // then
        assertThat(child.exitCode()).as(child.out() + child.err()).isZero();
        assertThat(child.err()).endsWith("role-compare: cannot write the log file " + state.resolve(Path.of("role-compare", "history.log"))
                + " (" + state + " is a file, not a folder); the run goes on, logging to the console only" + System.lineSeparator());
        assertThat(child.out()).contains("role-compare: no runs recorded yet.").doesNotContain("\tat ", "Exception");
    }

    @Test
    void aDamagedJobDatabaseNamesTheFileAndWhatToDo() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        Path file = cli.database().resolveSibling("role-compare.mv.db");
        Files.createDirectories(file.getParent());
        Files.write(file, "garbage ".repeat(2000).getBytes(StandardCharsets.US_ASCII));
        String line = "role-compare: the job database " + file + " is damaged (H2: Store header is corrupt); move it aside and"
                + " run again \u2014 the job history is lost but the published runs are not" + System.lineSeparator();

        // when
        CliRun.Result run = cli.run();
        CliRun.Result history = CliRun.execute("history", JOB, "--database=" + cli.database());

        // then
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(line);
        assertThat(history.exitCode()).isEqualTo(1);
        assertThat(history.err()).isEqualTo(line);
        assertThat(Files.readString(cli.output().resolve("logs").resolve("role-compare.log")))
                .contains("is damaged", "MVStoreException", "\tat ");
    }

    @Test
    void aRecoveredExecutionOfChangedInputSaysANewRunStarts() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        assertThat(cli.run().exitCode()).isZero();
        leftRunning(cli, 1);
        Files.writeString(cli.input().resolve("source.txt"), "Seed survey, second edition\n");

        // when
        CliRun.Result result = cli.run();

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("role-compare: recovered execution 1 (run date " + CliRun.RUN_DATE
                + "), left running by a process that ended; a new run starts (the input changed since execution 1).")
                .doesNotContain("will resume");
    }

    /** Marks a finished execution as a process that died would have left it: running, with no end. */
    private static void leftRunning(CliRun cli, long execution) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + cli.database(), "sa", "")) {
            c.createStatement().executeUpdate("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN',"
                    + " END_TIME = NULL WHERE JOB_EXECUTION_ID = " + execution);
        }
    }
}
