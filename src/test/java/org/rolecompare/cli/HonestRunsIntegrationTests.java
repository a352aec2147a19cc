package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs that never claim more than happened: a feed that lists no pairs fails instead of publishing
 * an empty run with exit 0, and an input folder that does not exist is named as such before
 * anything starts, instead of an internal step error about its first file.
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
}
