package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs that never claim more than happened: a feed that lists no pairs fails instead of publishing
 * an empty run with exit 0, and an input folder that does not exist is named as such before
 * anything starts (before Spring starts: no output folder, log or database is created), instead of
 * an internal step error about its first file. The jar started outside its installation, with no
 * job file asked for and none in the folder, runs on the built-in defaults and says so, rather than
 * failing on a job file nobody named.
 */
class HonestRunsIntegrationTests {

    @TempDir
    Path temp;

    @Test
    void aComparisonsFileWithoutPairsFailsAndPublishesNothing() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        Files.writeString(cli.input().resolve("comparisons.csv"), "left_role_id,right_role_id\n");

        // when
        CliRun.Result result = cli.run();

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("role-compare: comparisons.csv lists no pairs: nothing to compare; check the feed"
                + System.lineSeparator());
        assertThat(cli.runDir()).doesNotExist();
    }

    @Test
    void aMissingInputFolderIsAUsageErrorBeforeAnythingStarts() {
        // given
        CliRun cli = new CliRun(temp);
        Path missing = temp.resolve("missing").resolve("dir");

        // when
        CliRun.Result result = CliRun.execute("run", "--job=jobs/nightly.yml", "--input=" + missing, "--output=" + cli.output(),
                "--database=" + cli.database(), "--run-date=" + CliRun.RUN_DATE);

        // then
        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).isEqualTo("role-compare: --input " + missing + " does not exist" + System.lineSeparator());
        assertThat(result.out()).isEmpty();
        assertThat(cli.output()).doesNotExist();
        assertThat(cli.database().getParent()).doesNotExist();
    }

    @Test
    void validateOfAMissingInputFolderIsAUsageError() {
        // given
        Path missing = temp.resolve("missing");

        // when
        CliRun.Result result = CliRun.execute("validate", "--input=" + missing);

        // then
        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).isEqualTo("role-compare: --input " + missing + " does not exist" + System.lineSeparator());
    }

    @Test
    void outsideTheInstallationWithoutAJobFileTheRunUsesTheBuiltInDefaults() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));

        // when
        ChildRun child = ChildRun.startIn(elsewhere, temp.resolve("console"), "run", "--input=" + cli.input(),
                "--run-date=" + CliRun.RUN_DATE);
        int exitCode = child.exitCode();

        // then
        assertThat(exitCode).as(child.err()).isZero();
        assertThat(child.out().lines().findFirst())
                .hasValue("role-compare: no job file given and no jobs/nightly.yml here: using the built-in defaults");
        assertThat(child.out()).contains("role-compare: starting the nightly run of " + CliRun.RUN_DATE + " on " + cli.input());
        assertThat(elsewhere.resolve("output").resolve(CliRun.RUN_DATE).resolve("manifest.json")).isRegularFile();
        assertThat(elsewhere.resolve("data").resolve("role-compare.mv.db")).isRegularFile();
    }

    @Test
    void anExplicitJobFileThatDoesNotExistStaysAUsageError() {
        // when
        CliRun.Result result = CliRun.execute("run", "--job=missing.yml");

        // then
        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).isEqualTo("role-compare: job file missing.yml does not exist" + System.lineSeparator());
        assertThat(result.out()).isEmpty();
    }
}
