package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.publish.RunPublisher;

/**
 * Staging folders belong to their runs: two job repositories writing to one output folder (each
 * with a job instance 1) stage apart and both publish whole runs, and starting over after a kill
 * (database and run folder deleted) publishes only the new input's reports and removes the
 * abandoned staging folder. The runs that are killed or overlap are child JVMs. Every test reads
 * the published folder back: the PDFs it holds and the manifest's hashes.
 */
class PublishIntegrationTests {

    private static final int ROLES = 20;
    private static final int COMPARISONS = 120;

    @TempDir
    Path temp;

    @Test
    void twoJobRepositoriesWritingToOneOutputFolderStageApart() throws Exception {
        // given
        CliRun a = new CliRun(temp.resolve("a"));
        CliRun c = new CliRun(temp.resolve("c"));
        GeneratedInput.write(a.input(), ROLES, COMPARISONS);
        GeneratedInput.write(c.input(), ROLES, 90);
        Path output = a.output();
        // 300 ms per report on two threads: A renders for about 18 s, still running when C has published
        Process runA = CrashRestartIntegrationTests.startChild(a, job(), "--report-delay-ms=300");
        try {
            CrashRestartIntegrationTests.awaitStagedReports(a, runA, 10);

            // when
            CliRun.Result runC = CliRun.execute("run", "--job=" + job(), "--input=" + c.input(), "--output=" + output,
                    "--database=" + c.database(), "--run-date=" + CliRun.RUN_DATE);

            // then
            assertThat(runC.exitCode()).as(runC.out() + runC.err()).isZero();
            assertThat(PublishedFolder.pdfs(a.runDir())).isEqualTo(PublishedFolder.generatedReports(ROLES, 90));
            PublishedFolder.assertMatchesManifest(a.runDir());
            assertThat(runA.isAlive()).as("A still running after C published").isTrue();
            assertThat(runA.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(runA.exitValue()).as(childLog(a)).isZero();
            assertThat(PublishedFolder.pdfs(a.runDir())).isEqualTo(PublishedFolder.generatedReports(ROLES, COMPARISONS));
            PublishedFolder.assertMatchesManifest(a.runDir());
            assertThat(PublishedFolder.stagingEntries(output)).isEmpty();
        } finally {
            runA.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void startingOverAfterAKillPublishesOnlyTheNewInputsReports() throws Exception {
        // given
        CliRun cli = new CliRun(temp);
        GeneratedInput.write(cli.input(), ROLES, COMPARISONS);
        Process child = CrashRestartIntegrationTests.startChild(cli, job(), "--report-delay-ms=50");
        CrashRestartIntegrationTests.awaitStagedReports(cli, child, 60);
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        RunPublisher.deleteTree(cli.database().getParent());
        RunPublisher.deleteTree(cli.runDir());
        Path abandoned = onlyStagingFolder(cli);
        int fewer = COMPARISONS - 30;
        GeneratedInput.write(cli.input(), ROLES, fewer);

        // when
        CliRun.Result result = CrashRestartIntegrationTests.run(cli, job());

        // then
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(PublishedFolder.pdfs(cli.runDir())).isEqualTo(PublishedFolder.generatedReports(ROLES, fewer));
        PublishedFolder.assertMatchesManifest(cli.runDir());
        assertThat(abandoned).doesNotExist();
        assertThat(log(cli)).contains("removed abandoned staging folder " + abandoned);
        assertThat(PublishedFolder.stagingEntries(cli.output())).isEmpty();
    }

    /** A job file that renders on two threads, so the kill points do not depend on the machine's cores. */
    private Path job() throws IOException {
        Path job = temp.resolve("two-threads.yml");
        if (!Files.exists(job)) {
            Files.writeString(job, "report:\n  threads: 2\n");
        }
        return job;
    }

    private static Path onlyStagingFolder(CliRun cli) throws IOException {
        try (Stream<Path> entries = Files.list(cli.output().resolve(".staging"))) {
            List<Path> folders = entries.filter(Files::isDirectory).toList();
            assertThat(folders).hasSize(1);
            return folders.get(0);
        }
    }

    private static String childLog(CliRun cli) throws IOException {
        return Files.readString(cli.output().resolveSibling("child.log"));
    }

    private static String log(CliRun cli) throws IOException {
        return Files.readString(cli.output().resolve("logs").resolve("role-compare.log"));
    }
}
