package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.job.FaultInjection;
import org.rolecompare.publish.Manifest;
import org.rolecompare.publish.RunPublisher;

/**
 * An unfinished run resumes only with the web-page setting ({@code report.html}, {@code --no-html})
 * and the PDF setting ({@code report.pdf}) it was started with, so what it publishes is consistent: a run without pages has no
 * {@code html/} and no page links, a run with pages has every page its links name. Each first
 * attempt runs in a child JVM and is stopped after its report step: a folder where the workbook
 * belongs makes the workbook step fail. A resume with the other setting is refused (exit 64) before
 * it writes anything, with one line naming both settings and what to give; resuming with the run's
 * own setting, or deleting the staging folder as the line says and running afresh, publishes a
 * consistent folder.
 */
class OutputSettingsResumeIntegrationTests {

    private static final int ROLES = 20;
    private static final int COMPARISONS = 60;
    private static final Path JOB = Path.of("jobs/nightly.yml");

    @TempDir
    Path temp;

    @Test
    void aRunStartedWithoutPagesIsNotResumedWithThemAndPublishesNoSite() throws Exception {
        // given
        CliRun cli = new CliRun(temp);
        GeneratedInput.write(cli.input(), ROLES, COMPARISONS);
        Path staging = stopAfterTheReportStep(cli, "--no-html");

        // when
        CliRun.Result withPages = cli.run();
        boolean pagesStaged = Files.exists(staging.resolve("html"));
        CliRun.Result withoutPages = cli.run("--no-html");

        // then
        assertThat(withPages.exitCode()).as(withPages.out() + withPages.err()).isEqualTo(64);
        assertThat(withPages.err()).contains("role-compare: the unfinished run of " + CliRun.RUN_DATE + " was started without web pages"
                + " (--no-html or report.html: false), but this command asks for them (report.html: true in job file " + JOB
                + "); give the same command with --no-html to resume it, or, to publish it with web pages, delete its staging folder "
                + staging + " and run this command again: the run then starts afresh.");
        assertThat(pagesStaged).isFalse();
        assertThat(withoutPages.exitCode()).as(withoutPages.out() + withoutPages.err()).isZero();
        assertThat(withoutPages.out()).doesNotContain("afresh");
        Path run = cli.runDir();
        assertThat(PublishedFolder.pdfs(run)).hasSize(COMPARISONS);
        assertThat(run.resolve("html")).doesNotExist();
        assertThat(manifestPaths(run)).noneMatch(path -> path.startsWith("html/"));
        assertThat(RunCommandIntegrationTests.readCsv(run.resolve("comparisons.csv"))).hasSize(COMPARISONS)
                .allSatisfy(row -> assertThat(row.get("page")).isEmpty());
        assertThat(workbookPages(run)).hasSize(COMPARISONS).allSatisfy(page -> assertThat(page).isEmpty());
        PublishedFolder.assertMatchesManifest(run);
    }

    @Test
    void aRunStartedWithPagesIsNotResumedWithoutThemAndStartsAfreshOnceItsStagingFolderIsDeleted() throws Exception {
        // given
        CliRun cli = new CliRun(temp);
        GeneratedInput.write(cli.input(), ROLES, COMPARISONS);
        Path staging = stopAfterTheReportStep(cli);
        CliRun.Result refused = cli.run("--no-html");
        RunPublisher.deleteTree(staging);

        // when
        CliRun.Result afresh = cli.run("--no-html");

        // then
        assertThat(refused.exitCode()).as(refused.out() + refused.err()).isEqualTo(64);
        assertThat(refused.err()).contains("role-compare: the unfinished run of " + CliRun.RUN_DATE + " was started with web pages"
                + " (report.html: true), but this command asks for none (--no-html); give the same command without --no-html to resume"
                + " it, or, to publish it without web pages, delete its staging folder " + staging
                + " and run this command again: the run then starts afresh.");
        assertThat(afresh.exitCode()).as(afresh.out() + afresh.err()).isZero();
        assertThat(afresh.out()).contains("starting this input's run afresh");
        Path run = cli.runDir();
        assertThat(run.resolve("html")).doesNotExist();
        assertThat(manifestPaths(run)).noneMatch(path -> path.startsWith("html/"));
        assertThat(RunCommandIntegrationTests.readCsv(run.resolve("comparisons.csv"))).allSatisfy(row -> assertThat(row.get("page")).isEmpty());
        PublishedFolder.assertMatchesManifest(run);
    }

    @Test
    void aRunStartedWithPagesResumedWithThemLinksOnlyPagesItPublished() throws Exception {
        // given
        CliRun cli = new CliRun(temp);
        GeneratedInput.write(cli.input(), ROLES, COMPARISONS);
        stopAfterTheReportStep(cli);

        // when
        CliRun.Result resumed = cli.run();

        // then
        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
        Path run = cli.runDir();
        List<CSVRecord> rows = RunCommandIntegrationTests.readCsv(run.resolve("comparisons.csv"));
        assertThat(rows).hasSize(COMPARISONS).allSatisfy(row -> assertThat(run.resolve(row.get("page"))).isRegularFile());
        assertThat(workbookPages(run)).containsExactlyElementsOf(rows.stream().map(row -> row.get("page")).toList());
        assertThat(run.resolve("html").resolve("index.html")).isRegularFile();
    }

    @Test
    void aRunStartedWithPdfsIsNotResumedWithoutThem() throws Exception {
        // given a run stopped after its report step, and a job file that now turns the PDFs off
        CliRun cli = new CliRun(temp);
        GeneratedInput.write(cli.input(), ROLES, COMPARISONS);
        Path staging = stopAfterTheReportStep(cli);
        Path pdfOff = Files.writeString(temp.resolve("pdf-off.yml"),
                Files.readString(JOB).replaceFirst("(?m)^report:\n", "report:\n  pdf: false\n"));

        // when
        CliRun.Result refused = CliRun.execute("run", "--job=" + pdfOff, "--input=" + cli.input(), "--output=" + cli.output(),
                "--database=" + cli.database(), "--run-date=" + CliRun.RUN_DATE);
        CliRun.Result resumed = cli.run();

        // then
        assertThat(refused.exitCode()).as(refused.out() + refused.err()).isEqualTo(64);
        assertThat(refused.err()).contains("role-compare: the unfinished run of " + CliRun.RUN_DATE + " was started with report.pdf: true,"
                + " but job file " + pdfOff + " now says report.pdf: false; set report.pdf: true again to resume it, or, to publish it"
                + " with report.pdf: false, delete its staging folder " + staging + " and run this command again: the run then starts afresh.");
        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
        Path run = cli.runDir();
        assertThat(PublishedFolder.pdfs(run)).hasSize(COMPARISONS);
        assertThat(RunCommandIntegrationTests.readCsv(run.resolve("comparisons.csv")))
                .allSatisfy(row -> assertThat(run.resolve(row.get("report"))).isRegularFile());
        PublishedFolder.assertMatchesManifest(run);
    }

    /**
     * Runs the first attempt in a child JVM (its reports paused, so the staging folder is there
     * before the report step ends) and makes its workbook step fail with a folder where the workbook
     * belongs; the report step completes, nothing after it does. Returns the staging folder, the
     * obstacle removed.
     */
    private Path stopAfterTheReportStep(CliRun cli, String... extra) throws Exception {
        Process child = CrashRestartIntegrationTests.startChild(cli, JOB, FaultInjection.reportDelayJvmOptions(50), extra);
        CrashRestartIntegrationTests.awaitStagedReports(cli, child, 1);
        Path staging = PublishIntegrationTests.onlyStagingFolder(cli);
        Path obstacle = Files.createDirectories(staging.resolve("comparisons.xlsx").resolve("not-a-workbook"));
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(cli.output().resolveSibling("child.log"));
        assertThat(child.exitValue()).as(log).isEqualTo(1);
        assertThat(log).contains("pdfReports: completed").contains("workbook: failed").doesNotContain("webPages");
        RunPublisher.deleteTree(obstacle.getParent());
        return staging;
    }

    private static List<String> manifestPaths(Path run) throws IOException {
        return Manifest.read(run.resolve(Manifest.FILE_NAME)).outputs().stream().map(Manifest.Output::path).toList();
    }

    /** The Comparisons sheet's page column, a row per comparison: each cell's link, or its text when it has none. */
    private static List<String> workbookPages(Path run) throws IOException {
        try (InputStream in = Files.newInputStream(run.resolve("comparisons.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Comparisons");
            int column = HtmlSiteIntegrationTests.column(sheet.getRow(0), "page");
            List<String> pages = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Cell cell = sheet.getRow(r).getCell(column);
                pages.add(cell == null ? "" : cell.getHyperlink() != null ? cell.getHyperlink().getAddress() : cell.getStringCellValue());
            }
            return pages;
        }
    }
}
