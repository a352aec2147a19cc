package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The command line as an operator meets it: help (footers of whole lines that fit 80 columns, every
 * exit code of run listed), usage errors with exit code 64 and no stack trace (an --output that is
 * a file among them; a misspelt option or command with the closest one suggested; a missing command
 * with all of them named; a worker's --database, which it does not have), bad job files, and the
 * validate command's summary and data-quality.csv.
 */
class CommandLineIntegrationTests {

    @TempDir
    Path temp;

    @Test
    void helpListsTheCommandsAndExitCodes() {
        // when
        CliRun.Result result = CliRun.execute("--help");

        // then
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("run", "validate", "Exit codes");
    }

    @Test
    void helpFootersAreWholeLinesOfAtMost80Columns() {
        // given
        CommandLine cli = RoleCompareCommand.commandLine(CliRun.CLOCK, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), "--help");
        List<CommandLine> commands = new ArrayList<>(List.of(cli));
        cli.getSubcommands().forEach((name, command) -> {
            if (!name.equals("help")) {
                commands.add(command);
            }
        });

        for (CommandLine command : commands) {
            String name = command.getCommandSpec().name();
            // when
            CliRun.Result result = name.equals("role-compare") ? CliRun.execute("--help") : CliRun.execute(name, "--help");

            // then
            assertThat(result.exitCode()).isZero();
            List<String> printed = result.out().lines().toList();
            assertThat(printed).as(name).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
            String[] footer = command.getCommandSpec().usageMessage().footer();
            if (footer.length > 0) {
                assertThat(printed).as(name).containsSubsequence(footer);
            }
        }
    }

    @Test
    void topLevelHelpListsEveryExitCodeOfRun() {
        // when
        CliRun.Result result = CliRun.execute("--help");

        // then
        assertThat(result.out()).endsWith(String.join(System.lineSeparator(),
                "Exit codes of run (the other commands list theirs in their --help):",
                "  0    completed without errors (warnings allowed), or already completed",
                "  2    completed, but some rows or comparisons were rejected",
                "  3    published, but some mail was not delivered (see deliver)",
                "  1    failed: nothing published",
                "  64   usage error: bad option, value or job file",
                "  75   another run is in progress; try again later",
                "  143  stopped by SIGTERM; run the same command again to resume") + System.lineSeparator());
    }

    @Test
    void aMisspeltOptionGetsTheClosestOptionSuggested() {
        // when
        CliRun.Result result = CliRun.execute("run", "--imput=/srv/feed");

        // then
        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err().lines().findFirst()).hasValue("role-compare: unknown option --imput; did you mean --input?");
        assertThat(result.err()).contains("Usage: role-compare run");
    }

    @Test
    void aMisspeltCommandGetsTheClosestCommandSuggested() {
        // when
        CliRun.Result result = CliRun.execute("histroy");

        // then
        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err().lines().findFirst()).hasValue("role-compare: unknown command histroy; did you mean history?");
    }

    @Test
    void aCommandBuiltAloneHasTheSameUsageAsAmongAllCommands() {
        // given
        PrintWriter sink = new PrintWriter(new StringWriter());
        CommandLine all = RoleCompareCommand.commandLine(CliRun.CLOCK, sink, sink, "--help");
        List<String> names = all.getSubcommands().keySet().stream().filter(name -> !name.equals("help")).toList();

        for (String name : names) {
            // when
            CommandLine alone = RoleCompareCommand.commandLine(CliRun.CLOCK, sink, sink, name, "--help");

            // then
            assertThat(alone.getSubcommands().keySet()).as(name).containsExactly(name);
            assertThat(alone.getSubcommands().get(name).getUsageMessage()).as(name)
                    .isEqualTo(all.getSubcommands().get(name).getUsageMessage());
        }
        assertThat(names).containsExactly("run", "validate", "schedule", "history", "deliver", "related", "generate", "worker");
    }

    @Test
    void theHelpCommandPrintsAnotherCommandsUsage() {
        // when
        CliRun.Result result = CliRun.execute("help", "validate");

        // then
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: role-compare validate");
    }

    @Test
    void runHelpListsItsOptions() {
        // when
        CliRun.Result result = CliRun.execute("run", "--help");

        // then
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--job=FILE", "--input=DIR", "--output=DIR", "--run-date=YYYY-MM-DD");
    }

    @Test
    void unknownOptionIsAUsageError() {
        // when
        CliRun.Result result = CliRun.execute("run", "--colour=blue");

        // then
        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err().lines().findFirst()).hasValue("role-compare: unknown option --colour");
        assertThat(result.err()).contains("Usage: role-compare run");
    }

    @Test
    void badRunDateIsAUsageError() {
        // when
        CliRun.Result result = CliRun.execute("run", "--run-date=2026-13-01");

        // then
        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).contains("'2026-13-01' is not a date as YYYY-MM-DD").doesNotContain("\tat ");
    }

    @Test
    void missingCommandIsAUsageError() {
        // when
        CliRun.Result result = CliRun.execute();

        // then
        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err().lines().findFirst())
                .hasValue("role-compare: missing command: use one of run, validate, schedule, history, deliver, related, generate or worker");
        assertThat(result.err()).contains("Usage: role-compare [-hV] [COMMAND]", "Commands:");
    }

    @Test
    void unknownKeyInTheJobFileIsAUsageErrorNamingTheKey() throws Exception {
        // given
        Path job = temp.resolve("typo.yml");
        Files.writeString(job, "name: typo\nthresholds:\n  max-rejected-shares: 50%\n");

        // when
        CliRun.Result result = CliRun.execute("run", "--job=" + job, "--output=" + temp.resolve("out"));

        // then
        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).contains("unknown key 'thresholds.max-rejected-shares'");
    }

    @Test
    void anOutputThatIsAFileIsAUsageError() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        Path file = Files.writeString(temp.resolve("output.txt"), "not a folder");

        // when
        CliRun.Result result = CliRun.execute("run", "--job=jobs/nightly.yml", "--input=" + cli.input(), "--output=" + file,
                "--database=" + cli.database());

        // then
        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).isEqualTo("role-compare: --output " + file + " is a file, not a folder" + System.lineSeparator());
    }

    @Test
    void aWorkerTakesNoDatabaseOption() {
        // when
        CliRun.Result result = CliRun.execute("worker", "--job=jobs/nightly.yml", "--database=" + temp.resolve("db"));
        CliRun.Result help = CliRun.execute("worker", "--help");

        // then
        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err().lines().findFirst()).hasValue("role-compare: unknown option --database");
        assertThat(temp.resolve("db")).doesNotExist();
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--job=FILE").doesNotContain("--database").doesNotContain("H2");
    }

    @Test
    void validatePrintsFindingsWritesDataQualityAndNoReports() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("salary-outside-range");

        // when
        CliRun.Result result = CliRun.execute("validate", "--input=" + cli.input(), "--output=" + cli.output());

        // then
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).contains("roles 2 accepted, 1 rejected")
                .contains("salary-range/error: 1")
                .contains("roles.csv:4 [average_salary] error salary-range (medical-receptionist)")
                .contains(cli.output().resolve("data-quality.csv").toString());
        List<CSVRecord> findings = RunCommandIntegrationTests.readCsv(cli.output().resolve("data-quality.csv"));
        assertThat(findings).extracting(f -> f.get("rule")).contains("salary-range", "role-rejected");
        assertThat(cli.output().resolve("pdf")).doesNotExist();
        assertThat(cli.output().resolve("comparisons.xlsx")).doesNotExist();
    }

    @Test
    void validateOfCleanInputExitsZero() {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");

        // when
        CliRun.Result result = CliRun.execute("validate", "--input=" + cli.input());

        // then
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("roles 2 accepted, 0 rejected").contains("0 errors, 0 warnings");
    }
}
