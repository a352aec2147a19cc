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
import org.rolecompare.job.FaultInjection;
import org.rolecompare.publish.RunPublisher;

/**
 * Publishing survives crashes and neighbours, and a run that would do nothing checks the folder
 * first: a restart after a crash just after the publish rename keeps the published run whole; a
 * staging folder that lacks committed reports is never published, and an unfinished run whose
 * staging folder is gone starts afresh; two job repositories writing to
 * one output folder stage apart; starting over after a kill publishes only the new input's reports
 * and removes the abandoned staging folder; a crash between the two renames of a replacing publish
 * is undone by the next run; and "already completed on this input" holds only while the published
 * folder holds this input's run, unchanged (else it is published again). The crashes happen in
 * child JVMs: killed with {@code kill -9}, or halted as abruptly at a named crash point
 * ({@link FaultInjection#crashAtJvmOptions}) where a kill from outside cannot hit the instant. Every
 * test reads the published folder back: the PDFs it holds and the manifest's hashes.
 */
class PublishIntegrationTests {

    private static final int ROLES = 20;
    private static final int COMPARISONS = 120;
    private static final int HALTED = FaultInjection.HALTED;

    @TempDir
    Path temp;

    @Test
    void aRestartAfterACrashJustAfterThePublishRenameKeepsTheWholeRun() throws Exception {
        // given
        CliRun cli = new CliRun(temp);
        GeneratedInput.write(cli.input(), ROLES, COMPARISONS);
        Process child = CrashRestartIntegrationTests.startChild(cli, job(), crashAt(FaultInjection.AFTER_PUBLISH_RENAME));
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(childLog(cli)).isEqualTo(HALTED);
        assertThat(PublishedFolder.pdfs(cli.runDir())).hasSize(COMPARISONS);

        // when
        CliRun.Result restarted = CrashRestartIntegrationTests.run(cli, job());

        // then
        assertThat(restarted.exitCode()).as(restarted.out() + restarted.err()).isZero();
        assertThat(restarted.out()).contains("recovered execution 1").contains("published " + cli.runDir());
        assertThat(PublishedFolder.pdfs(cli.runDir())).isEqualTo(PublishedFolder.generatedReports(ROLES, COMPARISONS));
        assertThat(cli.runDir().resolve("comparisons.xlsx")).isRegularFile();
        assertThat(cli.runDir().resolve("comparisons.csv")).isRegularFile();
        assertThat(PublishedFolder.assertMatchesManifest(cli.runDir())).isGreaterThan(COMPARISONS);
        assertThat(log(cli)).contains("already holds this run");
        assertThat(PublishedFolder.stagingEntries(cli.output())).isEmpty();
    }

    @Test
    void aStagingFolderThatLacksCommittedReportsIsNeverPublished() throws Exception {
        // given
        CliRun cli = new CliRun(temp);
        GeneratedInput.write(cli.input(), ROLES, COMPARISONS);
        Process child = CrashRestartIntegrationTests.startChild(cli, job(), crashAt(FaultInjection.BEFORE_PUBLISH));
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(childLog(cli)).isEqualTo(HALTED);
        Path stagedPdfs = onlyStagingFolder(cli).resolve("pdf");
        Files.delete(stagedPdfs.resolve(PublishedFolder.generatedReports(ROLES, COMPARISONS).get(0)));

        // when
        CliRun.Result restarted = CrashRestartIntegrationTests.run(cli, job());

        // then
        assertThat(restarted.exitCode()).isEqualTo(1);
        assertThat(restarted.err()).contains("holds " + (COMPARISONS - 1) + " PDF reports, but the report step committed " + COMPARISONS);
        assertThat(cli.runDir()).doesNotExist();
    }

    @Test
    void anUnfinishedRunWhoseStagingFolderIsGoneStartsAfresh() throws Exception {
        // given
        CliRun cli = new CliRun(temp);
        GeneratedInput.write(cli.input(), ROLES, COMPARISONS);
        Process child = CrashRestartIntegrationTests.startChild(cli, job(), crashAt(FaultInjection.BEFORE_PUBLISH));
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(childLog(cli)).isEqualTo(HALTED);
        Path staging = onlyStagingFolder(cli);
        RunPublisher.deleteTree(staging);

        // when
        CliRun.Result again = CrashRestartIntegrationTests.run(cli, job());

        // then
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("the staging folder of the unfinished run of " + CliRun.RUN_DATE + " (" + staging
                + ") is gone; starting this input's run afresh.");
        assertThat(PublishedFolder.pdfs(cli.runDir())).isEqualTo(PublishedFolder.generatedReports(ROLES, COMPARISONS));
        PublishedFolder.assertMatchesManifest(cli.runDir());
        assertThat(PublishedFolder.stagingEntries(cli.output())).isEmpty();
    }

    @Test
    void twoJobRepositoriesWritingToOneOutputFolderStageApart() throws Exception {
        // given
        CliRun a = new CliRun(temp.resolve("a"));
        CliRun c = new CliRun(temp.resolve("c"));
        GeneratedInput.write(a.input(), ROLES, COMPARISONS);
        GeneratedInput.write(c.input(), ROLES, 90);
        Path output = a.output();
        // 300 ms per report on two threads: A renders for about 18 s, still running when C has published
        Process runA = CrashRestartIntegrationTests.startChild(a, job(), FaultInjection.reportDelayJvmOptions(300));
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
        Process child = CrashRestartIntegrationTests.startChild(cli, job(), FaultInjection.reportDelayJvmOptions(50));
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

    @Test
    void aCrashBetweenTheRenamesOfAReplacingPublishIsUndoneByTheNextRun() throws Exception {
        // given
        CliRun cli = new CliRun(temp);
        GeneratedInput.write(cli.input(), ROLES, 60);
        assertThat(CrashRestartIntegrationTests.run(cli, job()).exitCode()).isZero();
        GeneratedInput.write(cli.input(), ROLES, 50);
        Process child = CrashRestartIntegrationTests.startChild(cli, job(), crashAt(FaultInjection.BETWEEN_REPLACE_RENAMES));
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(childLog(cli)).isEqualTo(HALTED);
        Path aside = cli.output().resolve("." + CliRun.RUN_DATE + ".replaced");
        assertThat(cli.runDir()).doesNotExist();
        assertThat(aside).isDirectory();

        // when
        CliRun.Result result = CrashRestartIntegrationTests.run(cli, job());

        // then
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(log(cli)).contains("put back " + cli.runDir());
        assertThat(aside).doesNotExist();
        assertThat(PublishedFolder.pdfs(cli.runDir())).isEqualTo(PublishedFolder.generatedReports(ROLES, 50));
        PublishedFolder.assertMatchesManifest(cli.runDir());
    }

    @Test
    void runningAnInputAgainAfterAnotherInputOfTheSameDatePublishesItAgain() throws Exception {
        // given
        CliRun cli = new CliRun(temp);
        GeneratedInput.write(cli.input(), ROLES, 10);
        Path roles = cli.input().resolve("roles.csv");
        String inputA = Files.readString(roles);
        assertThat(cli.run().exitCode()).isZero();
        Files.writeString(roles, inputA.replace(",43000,", ",45000,"));
        assertThat(cli.run().exitCode()).isIn(0, 2);
        Files.writeString(roles, inputA);

        // when
        CliRun.Result again = cli.run();

        // then
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("the published folder of " + CliRun.RUN_DATE + " holds another input's run;"
                + " publishing this input again.").doesNotContain("nothing to do");
        assertThat(PublishedFolder.manifest(cli.runDir()).path("inputs").findValuesAsString("sha256"))
                .contains(PublishedFolder.sha256(roles));
        assertThat(PublishedFolder.pdfs(cli.runDir())).isEqualTo(PublishedFolder.generatedReports(ROLES, 10));
        PublishedFolder.assertMatchesManifest(cli.runDir());
        assertThat(cli.run().out()).contains("already completed on this input; nothing to do");
    }

    @Test
    void aDeletedRunFolderIsPublishedAgainRatherThanReportedDone() throws Exception {
        // given
        CliRun cli = new CliRun(temp);
        GeneratedInput.write(cli.input(), ROLES, 10);
        assertThat(cli.run().exitCode()).isZero();
        RunPublisher.deleteTree(cli.runDir());

        // when
        CliRun.Result again = cli.run();

        // then
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("the published folder of " + CliRun.RUN_DATE + " is missing; publishing this input again.")
                .contains("published " + cli.runDir());
        assertThat(PublishedFolder.pdfs(cli.runDir())).isEqualTo(PublishedFolder.generatedReports(ROLES, 10));
        PublishedFolder.assertMatchesManifest(cli.runDir());
    }

    @Test
    void aRunFolderChangedSincePublishingIsPublishedAgain() throws Exception {
        // given
        CliRun cli = new CliRun(temp);
        GeneratedInput.write(cli.input(), ROLES, 10);
        assertThat(cli.run().exitCode()).isZero();
        Files.delete(cli.runDir().resolve("pdf").resolve(PublishedFolder.generatedReports(ROLES, 10).get(3)));

        // when
        CliRun.Result again = cli.run();

        // then
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("no longer matches its manifest (pdf/" + PublishedFolder.generatedReports(ROLES, 10).get(3)
                + " is missing); publishing this input again.");
        assertThat(PublishedFolder.pdfs(cli.runDir())).isEqualTo(PublishedFolder.generatedReports(ROLES, 10));
        PublishedFolder.assertMatchesManifest(cli.runDir());
    }

    /** A job file that renders on two threads, so the kill points do not depend on the machine's cores. */
    private Path job() throws IOException {
        Path job = temp.resolve("two-threads.yml");
        if (!Files.exists(job)) {
            Files.writeString(job, "report:\n  threads: 2\n");
        }
        return job;
    }

    private static List<String> crashAt(String point) {
        return FaultInjection.crashAtJvmOptions(point);
    }

    /** The run's one staging folder in {@code OUTPUT/.staging}. */
    static Path onlyStagingFolder(CliRun cli) throws IOException {
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
