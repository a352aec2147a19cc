package org.rolecompare.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.cli.RoleCompareCommand;
import org.rolecompare.job.FaultInjection;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cluster mode end to end, with real processes against the real PostgreSQL and RabbitMQ on
 * loopback: a manager JVM ({@code run}) and worker JVMs ({@code worker}) sharing one job file.
 * These are the promises an operator relies on: every report is rendered exactly once and whole,
 * even when a worker is killed mid-partition; a manager that times out fails cleanly and the next
 * run sends only the partitions that did not finish; and the outputs are those of the one-machine
 * mode on the same input. Tagged {@code cluster}: run with {@code mvn -B test -Pcluster}.
 */
@Tag("cluster")
class ClusterIntegrationTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneOffset.UTC);
    private static final String RUN_DATE = "2026-11-27";
    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration RUN = Duration.ofSeconds(300);
    private static final int COMPARISONS = 600;
    private static final String READY = "is taking report partitions";

    @TempDir
    Path root;

    private ClusterServices services;
    private final List<ChildJvm> processes = new ArrayList<>();

    @BeforeEach
    void services() throws Exception {
        services = ClusterServices.create();
    }

    /** Generated input with a few defective rows, so rejected rows and findings go through PostgreSQL too. */
    private void generate(int comparisons) {
        cli("generate", "--roles=150", "--comparisons=" + comparisons, "--seed=11", "--defects=0.02", "--output=" + input());
    }

    @AfterEach
    void stop() throws Exception {
        for (ChildJvm p : processes) {
            p.close();
        }
        services.close();
    }

    @Test
    void twoWorkersRenderEveryReportOnceAndTheOutputsMatchAOneMachineRun() throws Exception {
        // given
        generate(COMPARISONS);
        Path job = jobFile("cluster.yml", root.resolve("output"), "5m");
        readyWorker("w1", job);
        readyWorker("w2", job);

        // when
        int code = manager("manager", job).awaitExit(RUN);

        // then
        assertThat(code).as(processes.get(2).console()).isIn(0, 2);
        long accepted = acceptedComparisons();
        assertThat(accepted).isGreaterThan(500);
        assertEveryReportOnceAndWhole(root.resolve("output").resolve(RUN_DATE), accepted);
        assertThat(partitions()).allSatisfy(p -> assertThat(p.status()).isEqualTo("COMPLETED"));
        assertThat(processes.get(0).console()).contains("completed, ");
        assertThat(processes.get(1).console()).contains("completed, ");

        // and: the same input on one machine (H2) publishes the same outputs
        Path single = root.resolve("single");
        Path h2Job = root.resolve("h2.yml");
        Files.writeString(h2Job, "name: it\ninput: " + input() + "\noutput: " + single
                + "\nreport:\n  threads: 1\n  data-source: \"Source: cluster test\"\n");
        assertThat(cli("run", "--job=" + h2Job, "--database=" + root.resolve("h2db"), "--run-date=" + RUN_DATE)).isEqualTo(code);
        Path clusterRun = root.resolve("output").resolve(RUN_DATE);
        Path singleRun = single.resolve(RUN_DATE);
        for (String file : List.of("comparisons.csv", "data-quality.csv")) {
            assertThat(Files.readAllBytes(clusterRun.resolve(file))).as(file).isEqualTo(Files.readAllBytes(singleRun.resolve(file)));
        }
        assertThat(cells(clusterRun.resolve("comparisons.xlsx"))).isEqualTo(cells(singleRun.resolve("comparisons.xlsx")));
        assertThat(manifest(clusterRun)).isEqualTo(manifest(singleRun));
        assertThat(pdfBytes(clusterRun)).isEqualTo(pdfBytes(singleRun));
    }

    @Test
    void pairsOfRelatedRolesFoundOnPostgresqlAreRenderedByAWorkerAsOnOneMachine() throws Exception {
        // given: roles in families, no pair listed
        cli("generate", "--roles=60", "--comparisons=0", "--family-size=10", "--seed=11", "--output=" + input());
        Path job = jobFile("cluster.yml", root.resolve("output"), "5m");
        readyWorker("w1", job);

        // when
        int code = manager("manager", job, "--pairs=related").awaitExit(RUN);

        // then: the worker's reports and pages carry the related line, read from the staging tables on PostgreSQL
        assertThat(code).as(processes.get(1).console()).isZero();
        Path clusterRun = root.resolve("output").resolve(RUN_DATE);
        long accepted = acceptedComparisons();
        assertThat(accepted).isGreaterThan(60);
        assertEveryReportOnceAndWhole(clusterRun, accepted);
        String firstPdf = pdfBytes(clusterRun).keySet().iterator().next();
        try (PDDocument pdf = Loader.loadPDF(clusterRun.resolve("pdf").resolve(firstPdf).toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Related: 0.");
        }
        assertThat(Files.readString(clusterRun.resolve("html/compare").resolve(firstPdf.replace(".pdf", ".html"))))
                .contains("id=\"related-note\">Related: 0.");

        // and: the same input on one machine (H2) finds the same related roles and publishes the same outputs
        Path single = root.resolve("single");
        Path h2Job = root.resolve("h2.yml");
        Files.writeString(h2Job, "name: it\ninput: " + input() + "\noutput: " + single
                + "\nreport:\n  threads: 1\n  data-source: \"Source: cluster test\"\npairs:\n  from: related\n");
        assertThat(cli("run", "--job=" + h2Job, "--database=" + root.resolve("h2db"), "--run-date=" + RUN_DATE)).isZero();
        Path singleRun = single.resolve(RUN_DATE);
        for (String file : List.of("related.csv", "comparisons.csv", "data-quality.csv")) {
            assertThat(Files.readAllBytes(clusterRun.resolve(file))).as(file).isEqualTo(Files.readAllBytes(singleRun.resolve(file)));
        }
        assertThat(cells(clusterRun.resolve("comparisons.xlsx"))).isEqualTo(cells(singleRun.resolve("comparisons.xlsx")));
        assertThat(manifest(clusterRun)).isEqualTo(manifest(singleRun));
        assertThat(pdfBytes(clusterRun)).isEqualTo(pdfBytes(singleRun));
    }

    @Test
    void aWorkerKilledMidPartitionLosesAndDoublesNoReport() throws Exception {
        // given: partitions of two chunks (over 1,600 reports), slowed down so that a chunk takes a second
        generate(1_700);
        Path job = jobFile("cluster.yml", root.resolve("output"), "5m");
        ChildJvm victim = readyWorker("w1", job, FaultInjection.reportDelayJvmOptions(20));
        ChildJvm survivor = readyWorker("w2", job, FaultInjection.reportDelayJvmOptions(20));
        ChildJvm manager = manager("manager", job);

        // when: w1 is killed with -9 in the second chunk of a partition, after its first chunk committed
        victim.awaitLine("pdfReportsWorker:p\\d+ of job execution \\d+: started", RUN);
        String partition = lastStarted(victim.console());
        awaitCommitted(partition, 50);
        victim.kill9();
        int code = manager.awaitExit(RUN);

        // then: another worker resumed it after the committed chunk, and every report is there once
        assertThat(code).as(manager.console()).isIn(0, 2);
        long accepted = acceptedComparisons();
        assertThat(accepted).isGreaterThan(1_600);
        assertEveryReportOnceAndWhole(root.resolve("output").resolve(RUN_DATE), accepted);
        assertThat(partitions()).allSatisfy(p -> assertThat(p.status()).isEqualTo("COMPLETED"));
        assertThat(survivor.console()).contains(partition + " of job execution 1: resuming from its last committed chunk"
                + " (50 reports were committed)");
        assertThat(partitions()).filteredOn(p -> p.name().equals(partition)).singleElement()
                .satisfies(p -> assertThat(p.written()).isEqualTo(100));
    }

    @Test
    void aWorkerStoppedBySigtermHandsBackThePartitionItCannotFinishInTime() throws Exception {
        // given: slow partitions (about 5 s each) and workers that get 1 s to finish on SIGTERM
        generate(300);
        Path job = jobFile("cluster.yml", root.resolve("output"), "5m");
        Files.writeString(job, Files.readString(job).replace("worker-stop-timeout: 30s", "worker-stop-timeout: 1s"));
        ChildJvm stopping = readyWorker("w1", job, FaultInjection.reportDelayJvmOptions(100));
        ChildJvm other = readyWorker("w2", job, FaultInjection.reportDelayJvmOptions(100));
        ChildJvm manager = manager("manager", job);

        // when: w1 is sent SIGTERM in the middle of a partition
        stopping.awaitLine("pdfReportsWorker:p\\d+ of job execution \\d+: started", RUN);
        String partition = lastStarted(stopping.console());
        Thread.sleep(1_000);
        int stopped = stopping.terminate(RUN);
        int code = manager.awaitExit(RUN);

        // then: w1 exits at once, its partition goes back to the queue, w2 finishes it, and nothing is lost or doubled
        assertThat(stopped).isEqualTo(143);
        assertThat(stopping.console()).contains("is stopping: no new partitions")
                .contains("1 partition(s) still running after the stop timeout; handing them back");
        assertThat(code).as(manager.console()).isIn(0, 2);
        assertThat(other.console()).contains(partition + " of job execution 1: resuming from its last committed chunk");
        assertEveryReportOnceAndWhole(root.resolve("output").resolve(RUN_DATE), acceptedComparisons());
        assertThat(partitions()).allSatisfy(p -> assertThat(p.status()).isEqualTo("COMPLETED"));
    }

    @Test
    void aRestartAfterAManagerTimeoutRendersOnlyTheUnfinishedPartitions() throws Exception {
        // given: one slow worker and a manager that waits only a few seconds
        generate(COMPARISONS);
        Path job = jobFile("cluster.yml", root.resolve("output"), "8s");
        ChildJvm slow = readyWorker("slow", job, FaultInjection.reportDelayJvmOptions(50));
        ChildJvm first = manager("manager-1", job);
        int failed = first.awaitExit(RUN);
        assertThat(failed).as(first.console()).isEqualTo(1);
        assertThat(first.console()).contains("(cluster.timeout); nothing was published")
                .doesNotContain("Exception:");
        assertThat(root.resolve("output").resolve(RUN_DATE)).doesNotExist();
        // the worker finishes the partition it holds and discards the requests of the ended run
        slow.awaitLine("discarded the request for pdfReportsWorker:p\\d+ .*has ended", RUN);
        assertThat(slow.terminate(RUN)).isEqualTo(143);
        List<String> doneBefore = partitions().stream().filter(p -> p.status().equals("COMPLETED")).map(Partition::name).toList();
        List<String> all = partitions().stream().map(Partition::name).distinct().sorted().toList();
        assertThat(doneBefore).isNotEmpty().hasSizeLessThan(all.size());

        // when: workers are back and the same run is started again
        Files.writeString(job, Files.readString(job).replace("timeout: 8s", "timeout: 5m"));
        readyWorker("w1", job);
        readyWorker("w2", job);
        ChildJvm second = manager("manager-2", job);
        int code = second.awaitExit(RUN);

        // then: only the unfinished partitions ran again, and every report is there once
        assertThat(code).as(second.console()).isIn(0, 2);
        assertThat(second.console()).contains("report partitions of ended runs as failed").contains("pdfReports: sent " + (all.size() - doneBefore.size()) + " partitions");
        long lastExecution = services.jdbc().queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
        List<String> rerun = services.jdbc().queryForList("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?"
                + " AND STEP_NAME LIKE 'pdfReportsWorker:%' ORDER BY STEP_NAME", String.class, lastExecution);
        List<String> expected = all.stream().filter(p -> !doneBefore.contains(p)).toList();
        assertThat(rerun).isEqualTo(expected);
        assertEveryReportOnceAndWhole(root.resolve("output").resolve(RUN_DATE), acceptedComparisons());
    }

    @Test
    void aManagerStoppedBySigtermEndsStoppedAndTheNextRunResumes() throws Exception {
        // given: one worker, slowed down, and a manager that is sent SIGTERM once a partition is done
        generate(COMPARISONS);
        Path job = jobFile("cluster.yml", root.resolve("output"), "5m");
        ChildJvm worker = readyWorker("w1", job, FaultInjection.reportDelayJvmOptions(50));
        ChildJvm first = manager("manager-1", job);
        worker.awaitLine("completed, 50 reports", RUN);

        // when
        int stopped = first.terminate(RUN);

        // then: stopped, nothing published, and the worker drops the stopped run's requests
        assertThat(stopped).as(first.console()).isEqualTo(143);
        assertThat(first.console()).contains("the run was stopped");
        assertThat(root.resolve("output").resolve(RUN_DATE)).doesNotExist();
        worker.awaitLine("discarded the request for pdfReportsWorker:p\\d+ .*has ended \\(STOPPED\\)", RUN);

        // and when: the same run is started again (on a worker that is not slowed down), it completes with every report once
        worker.terminate(RUN);
        readyWorker("w2", job);
        ChildJvm second = manager("manager-2", job);
        int code = second.awaitExit(RUN);
        assertThat(code).as(second.console()).isIn(0, 2);
        assertEveryReportOnceAndWhole(root.resolve("output").resolve(RUN_DATE), acceptedComparisons());
    }

    // ---- helpers -------------------------------------------------------------------------------

    private record Partition(String name, String status, long written) {
    }

    private Path input() {
        return root.resolve("input");
    }

    private Path jobFile(String name, Path output, String timeout) throws IOException {
        Path file = root.resolve(name);
        Files.writeString(file, services.jobFile(input(), output, timeout));
        return file;
    }

    private ChildJvm worker(String name, Path job, List<String> jvmOptions) throws IOException {
        ChildJvm p = ChildJvm.start(name, root, jvmOptions, "worker", "--job=" + job, "--name=" + name);
        processes.add(p);
        return p;
    }

    /** A worker that has said it is taking partitions. */
    private ChildJvm readyWorker(String name, Path job) throws IOException, InterruptedException {
        return readyWorker(name, job, List.of());
    }

    /** A worker started with the given JVM options (fault injection) that has said it is taking partitions. */
    private ChildJvm readyWorker(String name, Path job, List<String> jvmOptions) throws IOException, InterruptedException {
        ChildJvm p = worker(name, job, jvmOptions);
        p.awaitLine(READY, START);
        return p;
    }

    private ChildJvm manager(String name, Path job, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("run", "--job=" + job, "--run-date=" + RUN_DATE));
        args.addAll(List.of(extra));
        ChildJvm p = ChildJvm.start(name, root, args.toArray(String[]::new));
        processes.add(p);
        return p;
    }

    private static String lastStarted(String console) {
        Matcher m = Pattern.compile("(pdfReportsWorker:p\\d+) of job execution \\d+: started").matcher(console);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    /** Waits until the partition has committed at least {@code reports} reports. */
    private void awaitCommitted(String partition, long reports) throws InterruptedException {
        Instant end = Instant.now().plus(RUN);
        while (Instant.now().isBefore(end)) {
            List<Long> written = services.jdbc().queryForList("SELECT WRITE_COUNT FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = ?",
                    Long.class, partition);
            if (!written.isEmpty() && written.get(0) >= reports) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(partition + " did not commit " + reports + " reports within " + RUN);
    }

    private static int cli(String... args) {
        StringWriter out = new StringWriter();
        int code = RoleCompareCommand.execute(CLOCK, new PrintWriter(out, true), new PrintWriter(out, true), args);
        if (code != 0 && code != 2) {
            throw new AssertionError("role-compare " + String.join(" ", args) + " exited " + code + ":\n" + out);
        }
        return code;
    }

    private long acceptedComparisons() {
        return services.jdbc().queryForObject("SELECT COUNT(*) FROM rc_comparison WHERE status = 'ACCEPTED'", Long.class);
    }

    /** The worker step executions of the run's latest job execution… and of the earlier ones, by name. */
    private List<Partition> partitions() {
        return services.jdbc().query("SELECT s.STEP_NAME, s.STATUS, s.WRITE_COUNT FROM BATCH_STEP_EXECUTION s"
                + " WHERE s.STEP_NAME LIKE 'pdfReportsWorker:%' AND s.JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID)"
                + " FROM BATCH_JOB_EXECUTION) ORDER BY s.STEP_NAME", (rs, i) -> new Partition(rs.getString(1), rs.getString(2), rs.getLong(3)));
    }

    /**
     * One PDF per accepted comparison, nothing else in the folder (no leftover temporary file of a
     * killed worker), each a whole document; and the committed write counts of the run's partitions,
     * over all its executions, add up to exactly the accepted comparisons: a resumed partition
     * starts after its last committed chunk, so no report was committed twice or never.
     */
    private void assertEveryReportOnceAndWhole(Path run, long accepted) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(run.resolve("pdf"))) {
            files = list.sorted().toList();
        }
        assertThat(files).hasSize((int) accepted).allSatisfy(f -> assertThat(f.getFileName().toString()).endsWith(".pdf"));
        for (Path f : files) {
            try (PDDocument pdf = Loader.loadPDF(f.toFile())) {
                assertThat(pdf.getNumberOfPages()).as(f.toString()).isPositive();
            }
        }
        Long written = services.jdbc().queryForObject("SELECT SUM(WRITE_COUNT) FROM BATCH_STEP_EXECUTION"
                + " WHERE STEP_NAME LIKE 'pdfReportsWorker:%'", Long.class);
        assertThat(written).as(allPartitions()).isEqualTo(accepted);
    }

    /** Every worker step execution of every job execution, for a failure message. */
    private String allPartitions() {
        return String.join("\n", services.jdbc().query("SELECT JOB_EXECUTION_ID, STEP_NAME, STATUS, WRITE_COUNT, COMMIT_COUNT"
                + " FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'pdfReportsWorker:%' ORDER BY JOB_EXECUTION_ID, STEP_NAME",
                (rs, i) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " written " + rs.getLong(4)
                        + " commits " + rs.getLong(5)));
    }

    private static Map<String, String> cells(Path workbook) throws IOException {
        Map<String, String> cells = new TreeMap<>();
        DataFormatter format = new DataFormatter(Locale.US);
        try (Workbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.put(sheet.getSheetName() + "!" + cell.getAddress(), format.formatCellValue(cell));
                    }
                }
            }
        }
        return cells;
    }

    /** The manifest without what differs between any two runs: times, the output folder and the run's own ids. */
    private static JsonNode manifest(Path run) throws IOException {
        JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(run.resolve("manifest.json"), StandardCharsets.UTF_8));
        ObjectNode copy = (ObjectNode) manifest.deepCopy();
        copy.remove(List.of("started_at", "finished_at", "outputs", "run"));
        return copy;
    }

    /** Each PDF's SHA-256, by file name. */
    private static Map<String, String> pdfBytes(Path run) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> list = Files.list(run.resolve("pdf"))) {
            for (Path f : list.toList()) {
                hashes.put(f.getFileName().toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
            }
        }
        return hashes;
    }
}
