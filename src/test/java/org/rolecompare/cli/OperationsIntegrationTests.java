package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.job.FaultInjection;

/**
 * The operator's side of nightly runs: the schedule command runs the job at its cron times,
 * history lists what ran with its counts, exit codes and input folder (and why a run failed), or that
 * there is no database where it was pointed (creating none), retention keeps only the last runs, and
 * the job database does not grow a trace file of H2's expected start-up errors. Progress and
 * summary lines say only what is known ("starting…" before there is a rate) and group thousands
 * alike.
 */
class OperationsIntegrationTests {

    @TempDir
    Path temp;

    @Test
    void scheduleRunsTheJobAtItsCronTimeWithTheTriggerDate() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        Path job = jobFile("schedule:\n  cron: \"* * * * * *\"\n  time-zone: UTC\n", cli);

        // when
        CliRun.Result result = CliRun.execute("schedule", "--job=" + job, "--database=" + cli.database(), "--max-runs=1");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("role-compare: job scheduled next runs at").contains("ended with exit code 0")
                .contains("schedule of job scheduled ended");
        Matcher date = Pattern.compile("scheduled run for (\\d{4}-\\d{2}-\\d{2})").matcher(result.out());
        assertThat(date.find()).isTrue();
        assertThat(cli.output().resolve(date.group(1)).resolve("manifest.json")).isRegularFile();
        assertThat(Files.readString(cli.output().resolve("logs").resolve("role-compare.log")))
                .contains("scheduled run of scheduled for " + date.group(1) + " ended with exit code 0")
                .containsPattern("run: wall \\d+\\.\\d s, CPU \\d+\\.\\d s, .* \\(wall and CPU of this run; peaks of the schedule process\\)");
    }

    @Test
    void scheduleWithoutACronIsAUsageError() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        Path job = jobFile("", cli);

        // when
        CliRun.Result result = CliRun.execute("schedule", "--job=" + job);

        // then
        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).contains("has no schedule.cron");
    }

    @Test
    void historyListsRunsNewestFirstWithCountsAndExitCodes() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("salary-outside-range");
        cli.run();
        cli.runOn("2026-11-28");

        // when
        CliRun.Result result = CliRun.execute("history", "--database=" + cli.database(), "--last=5");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        String[] lines = result.out().strip().split("\n");
        assertThat(lines[0]).contains("RUN DATE", "STATUS", "DURATION", "COMPARISONS", "EXIT").endsWith("EXIT  INPUT");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("2026-11-28").contains("COMPLETED").endsWith(" 2  " + cli.input());
        assertThat(lines[2]).startsWith("2026-11-27").contains("COMPLETED")
                .matches(".*\\s2\\s+1\\s+1\\s+2\\s+1\\s+2  " + Pattern.quote(cli.input().toString()) + "$");
    }

    @Test
    void historySaysWhyARunFailedAndWhichInputItRead() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        Files.writeString(cli.input().resolve("comparisons.csv"), "left_role_id,right_role_id\n");
        assertThat(cli.run().exitCode()).isEqualTo(1);

        // when
        CliRun.Result result = CliRun.execute("history", "--database=" + cli.database(), "--last=5");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        String[] lines = result.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith(CliRun.RUN_DATE).contains(" FAILED ").endsWith(" 1  " + cli.input());
        assertThat(lines[2]).isEqualTo("            reason: comparisons.csv lists no pairs: nothing to compare; check the feed");
    }

    @Test
    void historyOfAPathWithoutADatabaseSaysSoAndCreatesNothing() {
        // given
        Path typo = temp.resolve("typo-db").resolve("rc");

        // when
        CliRun.Result result = CliRun.execute("history", "--job=jobs/nightly.yml", "--database=" + typo);

        // then
        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).isEqualTo("role-compare: --database " + typo + " names no database: " + typo + ".mv.db does not exist"
                + System.lineSeparator());
        assertThat(result.out()).isEmpty();
        assertThat(temp.resolve("typo-db")).doesNotExist();
    }

    @Test
    void historyOnAFreshInstallSaysNoRunsYetAndCreatesNothing() throws Exception {
        // given a job file whose database no run has created yet
        CliRun cli = new CliRun(temp);
        Path fresh = temp.resolve("data").resolve("role-compare");
        Path job = jobFile("database: " + fresh + "\n", cli);

        // when
        CliRun.Result result = CliRun.execute("history", "--job=" + job);

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("role-compare: no runs recorded yet (no database at " + fresh + ".mv.db; the first run creates it)."
                + System.lineSeparator());
        assertThat(temp.resolve("data")).doesNotExist();
    }

    @Test
    void historyOfADatabaseWithoutRunsSaysSo() {
        // given
        CliRun cli = new CliRun(temp);
        BatchSession.onFile(cli.database(), temp.resolve("logs").resolve("role-compare.log")).close();

        // when
        CliRun.Result result = CliRun.execute("history", "--job=jobs/nightly.yml", "--database=" + cli.database());

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("role-compare: no runs recorded yet." + System.lineSeparator());
    }

    @Test
    void retentionKeepsTheLastRunFolders() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");

        // when
        runsKeeping(2, cli, "2026-11-25", "2026-11-26", "2026-11-27");

        // then
        assertThat(cli.output().resolve("2026-11-25")).doesNotExist();
        assertThat(cli.output().resolve("2026-11-26")).isDirectory();
        assertThat(cli.output().resolve("2026-11-27")).isDirectory();
    }

    @Test
    void retentionOfOneRunSaysSoInTheSingular() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");

        // when
        runsKeeping(1, cli, "2026-11-26", "2026-11-27");

        // then
        String log = Files.readString(cli.output().resolve("logs").resolve("role-compare.log"));
        assertThat(log).contains("retention: kept 2026-11-27 (the last run by date)")
                .contains("retention: deleted " + cli.output().resolve("2026-11-26") + " (older than the last run)")
                .contains("retention: deleted the staged data of 1 older run\n")
                .doesNotContain("1 runs").doesNotContain("1 older runs");
    }

    @Test
    void retentionNeverDeletesTheBackfillItJustPublished() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        String[] args = runsKeeping(2, cli, "2026-03-01", "2026-03-02");

        // when
        CliRun.Result backfill = CliRun.execute(concat(args, "--run-date=2026-02-01"));

        // then
        assertThat(backfill.exitCode()).as(backfill.err()).isZero();
        assertThat(backfill.out()).contains("published " + cli.output().resolve("2026-02-01"));
        assertThat(cli.output().resolve("2026-02-01").resolve("manifest.json")).isRegularFile();
        assertThat(cli.output().resolve("2026-03-01")).isDirectory();
        assertThat(cli.output().resolve("2026-03-02")).isDirectory();
        assertThat(Files.readString(cli.output().resolve("logs").resolve("role-compare.log")))
                .contains("retention: kept 2026-03-02, 2026-03-01 (the last 2 runs by date) and 2026-02-01 (just published, although older)");
    }

    @Test
    void aWorkbookOnlyRunWritesNoPdfs() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        Path job = jobFile("report:\n  pdf: false\n", cli);

        // when
        CliRun.Result result = CliRun.execute("run", "--job=" + job, "--database=" + cli.database(), "--run-date=2026-11-27");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(cli.runDir().resolve("pdf")).doesNotExist();
        try (var wb = new XSSFWorkbook(Files.newInputStream(cli.runDir().resolve("comparisons.xlsx")))) {
            var row = RunCommandIntegrationTests.rowByHeader(wb.getSheet("Comparisons"), 1);
            assertThat(row.get("salary_diff").getNumericCellValue()).isEqualTo(27144);
            assertThat(row.get("report") == null || row.get("report").getStringCellValue().isEmpty()).isTrue();
        }
    }

    @Test
    void theDatabaseKeepsNoTraceFile() {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");

        // when
        CliRun.Result first = cli.runOn("2026-11-26");
        CliRun.Result second = cli.runOn("2026-11-27");

        // then
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(cli.database().resolveSibling("role-compare.mv.db")).isRegularFile();
        assertThat(cli.database().resolveSibling("role-compare.trace.db")).doesNotExist();
    }

    @Test
    void progressSaysStartingUntilTheFirstReportIsDone() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");

        // when
        CliRun.Result result = FaultInjection.withReportDelay(11_000, () -> cli.run());

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        String log = Files.readString(cli.output().resolve("logs").resolve("role-compare.log"));
        assertThat(log).contains("role-compare - pdfReports: 0 of 1 reports (0%), starting\u2026").doesNotContain("(0%), 0/s", "about ? left");
    }

    @Test
    void theSummaryGroupsThousandsAsTheStepLinesDo() throws Exception {
        // given
        CliRun cli = new CliRun(temp);
        GeneratedInput.write(cli.input(), 50, 1_000);
        Path job = jobFile("report:\n  pdf: false\n", cli);

        // when
        CliRun.Result run = CliRun.execute("run", "--job=" + job, "--database=" + cli.database(), "--run-date=" + CliRun.RUN_DATE);
        CliRun.Result validate = CliRun.execute("validate", "--input=" + cli.input());

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("role-compare: run " + CliRun.RUN_DATE + " of job scheduled completed: roles 50 accepted, 0 rejected;"
                + " comparisons 1,000 written, 0 rejected, 0 skipped; findings 0 errors, 0 warnings");
        assertThat(validate.out()).contains("roles 50 accepted, 0 rejected; comparisons 1,000 valid, 0 rejected or skipped;");
    }

    /** Runs {@code dates} in turn with a job keeping {@code keep} runs, each exiting 0; returns the command without its date. */
    private String[] runsKeeping(int keep, CliRun cli, String... dates) throws Exception {
        Path job = jobFile("retention:\n  keep-runs: " + keep + "\n", cli);
        String[] args = {"run", "--job=" + job, "--database=" + cli.database()};
        for (String date : dates) {
            assertThat(CliRun.execute(concat(args, "--run-date=" + date)).exitCode()).isZero();
        }
        return args;
    }

    private Path jobFile(String extra, CliRun cli) throws Exception {
        return Files.writeString(temp.resolve("scheduled.yml"), "name: scheduled\ninput: " + cli.input() + "\noutput: " + cli.output()
                + "\n" + extra);
    }

    private static String[] concat(String[] args, String last) {
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = last;
        return all;
    }
}
