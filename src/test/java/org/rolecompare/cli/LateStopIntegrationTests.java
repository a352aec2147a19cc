package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SIGTERM after the PDF step cannot stop the run: the workbook, publish and mail steps have no
 * chunk boundary to stop at, so the run completes and publishes. The exit code must then say
 * what happened (0 here), not 143, which README documents as "stopped, nothing published", and
 * {@code history} must show the same code. Needs a child JVM: only a real process gets the signal
 * and an exit code from the JVM.
 */
class LateStopIntegrationTests {

    @TempDir
    Path temp;

    @Test
    void aSigtermAfterThePdfStepExitsWithTheCompletedRunsCode() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        ChildRun child = ChildRun.start(temp.resolve("child"), "run", "--job=jobs/nightly.yml", "--input=" + cli.input(),
                "--output=" + cli.output(), "--database=" + cli.database(), "--run-date=" + CliRun.RUN_DATE);
        child.awaitOutput("pdfReports: completed");

        // when
        child.terminate();
        int exitCode = child.exitCode();

        // then
        assertThat(exitCode).as(child.out() + child.err()).isZero();
        assertThat(child.out()).contains("role-compare: published " + cli.runDir());
        assertThat(child.err()).contains("role-compare: a stop request (SIGTERM) came too late to stop the run:"
                + " it had completed and is published (exit 0).").doesNotContain("\tat ");
        assertThat(cli.runDir().resolve("manifest.json")).isRegularFile();
        CliRun.Result history = CliRun.execute("history", "--job=jobs/nightly.yml", "--database=" + cli.database(), "--last=1");
        assertThat(history.out().strip().split("\n")[1]).startsWith(CliRun.RUN_DATE).contains("COMPLETED").endsWith(" 0  " + cli.input());
    }
}
