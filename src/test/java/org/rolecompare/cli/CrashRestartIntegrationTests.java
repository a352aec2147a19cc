package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.RoleCompareApplication;
import org.rolecompare.job.FaultInjection;

/**
 * What an operator relies on at night: a run that fails or is killed mid-way resumes from its last
 * committed chunk (no report missing, none rendered twice, no half-written file), a second process
 * is turned away with the owner's pid, and SIGTERM stops a run cleanly so it can be restarted.
 * The kill and SIGTERM cases use a real child JVM. The report step is partitioned: 120 comparisons
 * make 3 partitions of up to 50 reports (one chunk each), 400 make 8 of 50; completed partitions
 * must never run again.
 */
class CrashRestartIntegrationTests {

    private static final int COMPARISONS = 120;
    private static final int PARTITION = 50;

    @TempDir
    Path temp;

    @Test
    void aFailedRunResumesWithExactlyTheMissingReports() throws Exception {
        // given
        CliRun cli = new CliRun(temp);
        GeneratedInput.write(cli.input(), 20, COMPARISONS);
        CliRun.Result failed = FaultInjection.failingAfterReports(70, () -> cli.run());
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("fault injected after 70 reports");
        assertThat(cli.runDir()).doesNotExist();

        // when
        CliRun.Result resumed = cli.run();

        // then
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(pdfWriteCounts(cli)).containsExactly(50L, 70L);
        List<WorkerRun> runs = workerRuns(cli);
        assertThat(runs).filteredOn(r -> r.stepName().endsWith(":p0001")).extracting(WorkerRun::status).containsExactly("COMPLETED");
        assertEachPartitionCompletedOnceAndNeverAgain(runs, COMPARISONS);
        assertAllReportsWhole(cli.runDir().resolve("pdf"), COMPARISONS);
        assertAllPagesWhole(cli.runDir().resolve("html"), COMPARISONS);
    }

    @Test
    void aKilledRunIsRecoveredAndResumesOnlyItsUnfinishedPartitions() throws Exception {
        // given
        int comparisons = 400;
        CliRun cli = new CliRun(temp);
        GeneratedInput.write(cli.input(), 30, comparisons);
        Path job = twoThreadJob();
        Process child = startChild(cli, job, FaultInjection.reportDelayJvmOptions(50));
        // two threads write at most two partitions' files before one of them commits: more proves a
        // partition completed
        awaitStagedReports(cli, child, 2 * PARTITION + 1);
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        // when
        CliRun.Result resumed = run(cli, job);

        // then
        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
        assertThat(resumed.out()).contains("recovered execution").contains("left running by a process that ended");
        List<WorkerRun> runs = workerRuns(cli);
        long firstExecution = runs.get(0).jobExecutionId();
        assertThat(runs).filteredOn(r -> r.jobExecutionId() == firstExecution && r.status().equals("COMPLETED")).isNotEmpty();
        assertThat(runs).filteredOn(r -> r.jobExecutionId() != firstExecution).isNotEmpty();
        assertEachPartitionCompletedOnceAndNeverAgain(runs, comparisons);
        assertAllReportsWhole(cli.runDir().resolve("pdf"), comparisons);
        assertAllPagesWhole(cli.runDir().resolve("html"), comparisons);
    }

    @Test
    void aSecondProcessIsTurnedAwayWithTheOwnersPid() throws Exception {
        // given
        CliRun cli = new CliRun(temp);
        GeneratedInput.write(cli.input(), 20, COMPARISONS);
        Process child = startChild(cli, Path.of("jobs/nightly.yml"), FaultInjection.reportDelayJvmOptions(100));
        try {
            awaitStagedReports(cli, child, 1);

            // when
            CliRun.Result second = cli.run();

            // then
            assertThat(second.exitCode()).isEqualTo(75);
            assertThat(second.err()).contains("another run is in progress (pid " + child.pid() + ")");
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void sigtermStopsAtAChunkBoundaryAndTheNextRunResumes() throws Exception {
        // given
        CliRun cli = new CliRun(temp);
        GeneratedInput.write(cli.input(), 20, COMPARISONS);
        Path job = twoThreadJob();
        Process child = startChild(cli, job, FaultInjection.reportDelayJvmOptions(100));
        awaitStagedReports(cli, child, 50);

        // when
        child.destroy();
        boolean ended = child.waitFor(60, TimeUnit.SECONDS);

        // then
        assertThat(ended).isTrue();
        assertThat(child.exitValue()).isEqualTo(143);
        assertThat(lastJobStatus(cli)).as(Files.readString(cli.output().resolveSibling("child.log"))).isEqualTo("STOPPED");
        CliRun.Result resumed = run(cli, job);
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        List<Long> counts = pdfWriteCounts(cli);
        assertThat(counts.stream().mapToLong(Long::longValue).sum()).as("reports written per execution: " + counts).isEqualTo(COMPARISONS);
        List<WorkerRun> runs = workerRuns(cli);
        long stopped = runs.get(0).jobExecutionId();
        assertThat(runs).filteredOn(r -> r.jobExecutionId() == stopped).extracting(WorkerRun::status)
                .containsAnyOf("STOPPED").doesNotContain("FAILED", "STARTED");
        assertEachPartitionCompletedOnceAndNeverAgain(runs, COMPARISONS);
        assertAllReportsWhole(cli.runDir().resolve("pdf"), COMPARISONS);
    }

    /** A job file that renders on exactly two threads, whatever the machine's cores. */
    private Path twoThreadJob() throws IOException {
        return Files.writeString(temp.resolve("two-threads.yml"), "report:\n  threads: 2\n");
    }

    static CliRun.Result run(CliRun cli, Path job) {
        return CliRun.execute("run", "--job=" + job, "--input=" + cli.input(), "--output=" + cli.output(),
                "--database=" + cli.database(), "--run-date=" + CliRun.RUN_DATE);
    }

    static Process startChild(CliRun cli, Path job, String... extra) throws IOException {
        return startChild(cli, job, List.of(), extra);
    }

    /** {@code run} in a child JVM started with the given JVM options (e.g. a crash point), logging to child.log. */
    static Process startChild(CliRun cli, Path job, List<String> jvmOptions, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), RoleCompareApplication.class.getName(),
                "run", "--job=" + job, "--input=" + cli.input(), "--output=" + cli.output(),
                "--database=" + cli.database(), "--run-date=" + CliRun.RUN_DATE));
        command.addAll(List.of(extra));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(cli.output().resolveSibling("child.log").toFile()).start();
    }

    /** Waits until the child has staged at least {@code count} reports; files are written just before their chunk commits. */
    static void awaitStagedReports(CliRun cli, Process child, int count) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            assertThat(child.isAlive()).as("child ended early: " + Files.readString(cli.output().resolveSibling("child.log"))).isTrue();
            if (stagedReports(cli.output()) >= count) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("child staged fewer than " + count + " reports in time");
    }

    private static long stagedReports(Path output) throws IOException {
        Path staging = output.resolve(".staging");
        if (!Files.isDirectory(staging)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(staging)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).count();
        } catch (UncheckedIOException racedWithTheWriter) {
            return 0;
        }
    }

    /** Every comparison's web page is there and whole (it ends as a page does), and no part file of a page was published. */
    private static void assertAllPagesWhole(Path siteDir, int comparisons) throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.list(siteDir.resolve("compare"))) {
            pages = files.toList();
        }
        assertThat(pages).hasSize(comparisons).allSatisfy(p -> assertThat(p.getFileName().toString()).endsWith(".html"));
        for (Path page : pages) {
            assertThat(Files.readString(page).strip()).as(page.toString()).startsWith("<!DOCTYPE html>").endsWith("</html>");
        }
        try (Stream<Path> files = Files.walk(siteDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
        assertThat(siteDir.resolve("index.html")).isRegularFile();
    }

    private static void assertAllReportsWhole(Path pdfDir, int comparisons) throws IOException {
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(pdfDir)) {
            pdfs = files.toList();
        }
        assertThat(pdfs).hasSize(comparisons).allSatisfy(p -> assertThat(p.getFileName().toString()).endsWith(".pdf"));
        for (Path pdf : pdfs) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(doc.getNumberOfPages()).as(pdf.toString()).isPositive();
            }
        }
    }

    /** Reports written by the pdfReports step of each execution, oldest first. */
    private static List<Long> pdfWriteCounts(CliRun cli) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + cli.database(), "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT WRITE_COUNT FROM BATCH_STEP_EXECUTION"
                     + " WHERE STEP_NAME = 'pdfReports' ORDER BY STEP_EXECUTION_ID")) {
            List<Long> counts = new ArrayList<>();
            while (rs.next()) {
                counts.add(rs.getLong(1));
            }
            return counts;
        }
    }

    /** One execution of one partition: its job execution, step name ({@code pdfReportsWorker:pNNNN}), status and reports written. */
    private record WorkerRun(long jobExecutionId, String stepName, String status, long written) {
    }

    /** Executions of the report step's partitions, oldest first. */
    private static List<WorkerRun> workerRuns(CliRun cli) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + cli.database(), "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT JOB_EXECUTION_ID, STEP_NAME, STATUS, WRITE_COUNT"
                     + " FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'pdfReportsWorker:%' ORDER BY STEP_EXECUTION_ID")) {
            List<WorkerRun> runs = new ArrayList<>();
            while (rs.next()) {
                runs.add(new WorkerRun(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
            }
            return runs;
        }
    }

    /**
     * Every partition's last execution completed and no execution follows a completed one, so no
     * finished partition ran again; and the partitions' committed reports add up to the comparisons,
     * so none was written twice.
     */
    private static void assertEachPartitionCompletedOnceAndNeverAgain(List<WorkerRun> runs, int comparisons) {
        Map<String, List<String>> statuses = new TreeMap<>();
        for (WorkerRun run : runs) {
            statuses.computeIfAbsent(run.stepName(), k -> new ArrayList<>()).add(run.status());
        }
        assertThat(statuses).hasSize((comparisons + PARTITION - 1) / PARTITION);
        statuses.forEach((partition, list) -> assertThat(list).as(partition + ": " + list)
                .containsOnlyOnce("COMPLETED").endsWith("COMPLETED"));
        assertThat(runs.stream().mapToLong(WorkerRun::written).sum()).as(runs.toString()).isEqualTo(comparisons);
    }

    private static String lastJobStatus(CliRun cli) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + cli.database(), "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
