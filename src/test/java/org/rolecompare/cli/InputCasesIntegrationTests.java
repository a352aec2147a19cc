package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One run per folder of {@code src/test/resources/cases/}: each case starts from the seed input,
 * changes it as its {@code case.txt} says (files in the folder replace the seed's, {@code delete},
 * {@code append} and {@code replace} edit them), runs the real command, and checks what its
 * {@code expect} lines say: the exit code, the exact findings (file, line, column, rule, severity),
 * the file-level message, the reports still written, that every input row is accounted for, and
 * how {@code history} records the run (its status, input folder and reason, and no row staged). In {@code append} and {@code replace} text, {@code {N*TEXT}}
 * stands for TEXT written N times, so that a case about a huge file is generated at run time
 * instead of being committed, and <code>&#92;uXXXX</code> for the character of that code (a NUL
 * is <code>&#92;u0000</code>), so that no case file holds control characters.
 */
class InputCasesIntegrationTests {

    private static final Pattern REPEAT = Pattern.compile("\\{(\\d+)\\*([^}]*)}");
    private static final Pattern CHARACTER = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    @TempDir
    Path temp;

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path root = Path.of(InputCasesIntegrationTests.class.getResource("/cases").toURI());
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void inputCase(String name) throws Exception {
        // given
        Path caseDir = Path.of(getClass().getResource("/cases/" + name).toURI());
        List<String> script = Files.readAllLines(caseDir.resolve("case.txt"), StandardCharsets.UTF_8);
        CliRun cli = new CliRun(temp).withFixture("seed");
        prepare(cli.input(), caseDir, script);

        // when
        boolean validate = script.contains("command validate");
        CliRun.Result result = validate
                ? CliRun.execute("validate", "--input=" + cli.input(), "--output=" + cli.output())
                : cli.run();

        // then
        Path published = validate ? cli.output() : cli.runDir();
        String context = name + "\nstdout:\n" + result.out() + "\nstderr:\n" + result.err();
        for (String line : script) {
            if (line.startsWith("expect ")) {
                check(line.substring("expect ".length()), result, published, cli, context);
            }
        }
        assertThat(result.err()).as(context).doesNotContain("\tat ", "Exception:");
        if (result.exitCode() == 1) {
            assertThat(cli.runDir()).as("nothing published: " + context).doesNotExist();
        } else if (!validate) {
            assertEveryRowAccountedFor(published, context);
        }
    }

    private static void prepare(Path input, Path caseDir, List<String> script) throws IOException {
        try (Stream<Path> files = Files.list(caseDir)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("case.txt")).toList()) {
                Files.copy(f, input.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (String line : script) {
            if (line.startsWith("delete ")) {
                Files.delete(input.resolve(line.substring("delete ".length()).trim()));
            } else if (line.startsWith("append ")) {
                String[] parts = line.substring("append ".length()).split(": ", 2);
                Files.writeString(input.resolve(parts[0]), expand(parts[1]) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            } else if (line.startsWith("replace ")) {
                String[] parts = line.substring("replace ".length()).split(": ", 2);
                String[] where = parts[0].split(" ");
                Path file = input.resolve(where[0]);
                List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
                lines.set(Integer.parseInt(where[1]) - 1, expand(parts[1]));
                Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            }
        }
    }

    /** The text with each {@code {N*TEXT}} replaced by TEXT written N times, and each <code>&#92;uXXXX</code> by its character. */
    private static String expand(String text) {
        Matcher m = REPEAT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2).repeat(Integer.parseInt(m.group(1)))));
        }
        Matcher c = CHARACTER.matcher(m.appendTail(out).toString());
        StringBuilder chars = new StringBuilder();
        while (c.find()) {
            c.appendReplacement(chars, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(c.group(1), 16))));
        }
        return c.appendTail(chars).toString();
    }

    private static void check(String expectation, CliRun.Result result, Path published, CliRun cli, String context)
            throws Exception {
        String[] words = expectation.split(" ", 2);
        String argument = words.length > 1 ? words[1] : "";
        switch (words[0]) {
            case "exit" -> assertThat(result.exitCode()).as(context).isEqualTo(Integer.parseInt(argument));
            case "message" -> assertThat(result.err()).as(context).contains(argument);
            case "output" -> assertThat(result.out()).as(context).contains(argument);
            case "finding" -> {
                List<String> wanted = List.of(argument.split(","));
                assertThat(findings(published)).as(context)
                        .extracting(f -> List.of(f.get("file"), f.get("line"), f.get("column"), f.get("rule"), f.get("severity")))
                        .contains(wanted);
            }
            case "findings" -> assertThat(findings(published)).as(context).hasSize(Integer.parseInt(argument));
            case "report" -> assertThat(published.resolve("pdf").resolve(argument + ".pdf")).as(context).isRegularFile();
            case "no-report" -> assertThat(published.resolve("pdf").resolve(argument + ".pdf")).as(context).doesNotExist();
            case "rejected" -> {
                String[] fileAndCount = argument.split(" ");
                List<CSVRecord> rows = RunCommandIntegrationTests.readCsv(published.resolve("rejected").resolve(fileAndCount[0]));
                assertThat(rows).as(context).hasSize(Integer.parseInt(fileAndCount[1]));
                assertThat(rows).allSatisfy(r -> assertThat(r.get("finding")).isNotBlank());
            }
            case "metric" -> {
                String[] nameAndValue = argument.split(" ");
                try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(published.resolve("comparisons.xlsx")))) {
                    Map<String, Cell> row = RunCommandIntegrationTests.rowByHeader(wb.getSheet("Comparisons"), 1);
                    assertThat(row.get(nameAndValue[0]).getNumericCellValue()).as(context)
                            .isCloseTo(Double.parseDouble(nameAndValue[1]), within(0.0005));
                }
            }
            case "history" -> {
                CliRun.Result history = CliRun.execute("history", "--database=" + cli.database(), "--last=1");
                String[] lines = history.out().strip().split("\n");
                assertThat(lines).as(context + "\nhistory:\n" + history.out()).hasSize(argument.equals("FAILED") ? 3 : 2);
                assertThat(lines[1]).as(context).startsWith(CliRun.RUN_DATE).contains(" " + argument + " ")
                        .doesNotContain("STARTED", "running").endsWith("  " + cli.input());
                if (argument.equals("FAILED")) {
                    assertThat(lines[2]).as(context + "\nhistory:\n" + history.out()).startsWith("            reason: ");
                }
            }
            case "nothing-staged" -> {
                CliRun.Result history = CliRun.execute("history", "--database=" + cli.database(), "--last=1");
                String run = history.out().strip().split("\n")[1];
                assertThat(run).as(context + "\nhistory:\n" + history.out() + "\nroles to exit are all '-': no row staged")
                        .matches(".*\\s-\\s+-\\s+-\\s+-\\s+-\\s+1  " + Pattern.quote(cli.input().toString()));
            }
            default -> throw new IllegalArgumentException("unknown expectation: " + expectation);
        }
    }

    private static List<CSVRecord> findings(Path published) throws IOException {
        return RunCommandIntegrationTests.readCsv(published.resolve("data-quality.csv"));
    }

    private static void assertEveryRowAccountedFor(Path runDir, String context) throws IOException {
        JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(runDir.resolve("manifest.json")));
        for (JsonNode input : manifest.get("inputs")) {
            long read = input.get("rows_read").asLong();
            long accepted = input.get("rows_accepted").asLong();
            long rejected = input.get("rows_rejected").asLong();
            assertThat(accepted + rejected).as(input.get("file").asString() + ": " + context).isEqualTo(read);
            Path rejectedFile = runDir.resolve("rejected").resolve(input.get("file").asString());
            long rejectedRows = Files.exists(rejectedFile) ? RunCommandIntegrationTests.readCsv(rejectedFile).size() : 0;
            assertThat(rejectedRows).as("rejected rows file of " + input.get("file").asString() + ": " + context).isEqualTo(rejected);
        }
    }
}
