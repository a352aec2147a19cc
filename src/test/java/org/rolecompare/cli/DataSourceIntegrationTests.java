package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.files.Fingerprints;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The source line under each report's title, through the real command line: it comes from
 * {@code --data-source}, else the input folder's {@code source.txt}, else the job file, so a folder
 * from another feed never inherits the seed's source. Without any, the reports print no source line
 * and the run says so once in its log. The PDFs are read back with PDFBox, as a reader sees them.
 */
class DataSourceIntegrationTests {

    private static final String SEED_PDF = "pdf/patient-relations-manager-vs-patient-account-manager.pdf";
    private static final String NO_SOURCE_LINE = "no data source given (";
    private static final String BLS = "U.S. Bureau of Labor Statistics, OEWS May 2024";

    @TempDir
    Path temp;

    @Test
    void aRunWithoutAnySourcePrintsNoSourceLineAndLogsThatOnce() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");

        // when
        CliRun.Result result = cli.run();

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(RunCommandIntegrationTests.pdfText(cli.runDir().resolve(SEED_PDF))).doesNotContain("Source:");
        List<String> hits = log(cli).stream().filter(l -> l.contains(NO_SOURCE_LINE)).toList();
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0)).endsWith("no data source given (" + cli.input().resolve("source.txt")
                + " or --data-source); reports print no source line");
    }

    @Test
    void theInputsSourceTxtIsPrintedUnderTheTitleAndListedInTheManifest() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        Files.writeString(cli.input().resolve("source.txt"), BLS + "\nas-of: 2024-05-31\n", StandardCharsets.UTF_8);

        // when
        CliRun.Result result = cli.run();

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(RunCommandIntegrationTests.pdfText(cli.runDir().resolve(SEED_PDF)))
                .contains("Source: " + BLS)
                .doesNotContain("seed data");
        assertThat(log(cli)).noneMatch(l -> l.contains(NO_SOURCE_LINE));
        JsonNode inputs = JsonMapper.builder().build().readTree(Files.readString(cli.runDir().resolve("manifest.json"))).get("inputs");
        JsonNode source = inputs.get(inputs.size() - 1);
        assertThat(source.get("file").asString()).isEqualTo("source.txt");
        assertThat(source.get("sha256").asString()).isEqualTo(Fingerprints.sha256(cli.input().resolve("source.txt")));
    }

    @Test
    void theDataSourceOptionWinsOverSourceTxtAndTheJobFile() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        Files.writeString(cli.input().resolve("source.txt"), BLS + "\n", StandardCharsets.UTF_8);
        Path job = Files.writeString(temp.resolve("job.yml"), "name: nightly\nreport:\n  data-source: \"Source: the job file\"\n");

        // when
        CliRun.Result result = CliRun.execute("run", "--job=" + job, "--input=" + cli.input(), "--output=" + cli.output(),
                "--database=" + cli.database(), "--run-date=" + CliRun.RUN_DATE, "--data-source=U.S. Census Bureau, ACS 2023");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(RunCommandIntegrationTests.pdfText(cli.runDir().resolve(SEED_PDF)))
                .contains("Source: U.S. Census Bureau, ACS 2023")
                .doesNotContain("Bureau of Labor Statistics", "the job file");
    }

    @Test
    void theJobFilesSourceAppliesOnlyToAnInputWithoutSourceTxt() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        Path job = Files.writeString(temp.resolve("job.yml"), "name: nightly\nreport:\n  data-source: \"Source: the job file\"\n");

        // when
        CliRun.Result result = CliRun.execute("run", "--job=" + job, "--input=" + cli.input(), "--output=" + cli.output(),
                "--database=" + cli.database(), "--run-date=" + CliRun.RUN_DATE);

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(RunCommandIntegrationTests.pdfText(cli.runDir().resolve(SEED_PDF))).contains("Source: the job file")
                .doesNotContain("Source: Source:");
    }

    @Test
    void aChangedSourceTxtIsANewRunOfTheSameDate() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        Files.writeString(cli.input().resolve("source.txt"), BLS + "\n", StandardCharsets.UTF_8);
        cli.run();
        Files.writeString(cli.input().resolve("source.txt"), "U.S. Bureau of Labor Statistics, OEWS May 2025\n", StandardCharsets.UTF_8);

        // when
        CliRun.Result result = cli.run();

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).doesNotContain("already completed");
        assertThat(RunCommandIntegrationTests.pdfText(cli.runDir().resolve(SEED_PDF))).contains("OEWS May 2025");
    }

    @Test
    void aSourceTxtWithABadAsOfDateStopsTheRunNamingTheLine() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        Files.writeString(cli.input().resolve("source.txt"), BLS + "\nas-of: May 2024\n", StandardCharsets.UTF_8);

        // when
        CliRun.Result result = cli.run();

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("source.txt line 2: as-of 'May 2024' is not a date as YYYY-MM-DD");
        assertThat(cli.runDir()).doesNotExist();
    }

    private static List<String> log(CliRun cli) throws Exception {
        return Files.readAllLines(cli.output().resolve("logs").resolve("role-compare.log"), StandardCharsets.UTF_8);
    }

    @Test
    void aChangedSourceAloneDoesNotRedoAPublishedDateAndTheRunSaysHowToApplyIt() throws Exception {
        // given a published run of the seed
        CliRun cli = new CliRun(temp).withFixture("seed");
        assertThat(cli.run().exitCode()).isZero();

        // when the same date runs again with only --data-source changed
        CliRun.Result again = cli.run("--data-source=" + BLS);

        // then nothing is redone, and the operator is told why the source did not change and what to do
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("already completed on this input; nothing to do")
                .contains("role-compare: note: the data source (--data-source, source.txt, report.data-source) differs from the"
                        + " published run's, and only a new run applies settings; delete " + cli.runDir() + " to publish "
                        + cli.runDir().getFileName() + " again with them.");
        assertThat(RunCommandIntegrationTests.pdfText(cli.runDir().resolve(SEED_PDF))).doesNotContain(BLS);

        // and when the same command runs once more after the folder is deleted, the source is applied
        FileSystemUtils.deleteRecursively(cli.runDir());
        CliRun.Result redone = cli.run("--data-source=" + BLS);
        assertThat(redone.exitCode()).as(redone.err()).isZero();
        assertThat(RunCommandIntegrationTests.pdfText(cli.runDir().resolve(SEED_PDF))).contains("Source: " + BLS);
    }

    @Test
    void anUnchangedRerunPrintsNoNote() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        assertThat(cli.run("--data-source=" + BLS).exitCode()).isZero();

        // when
        CliRun.Result again = cli.run("--data-source=" + BLS);

        // then
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("nothing to do").doesNotContain("note:");
    }
}
