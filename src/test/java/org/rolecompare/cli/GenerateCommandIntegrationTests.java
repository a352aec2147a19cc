package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate} end to end: the synthetic input it writes passes through {@code validate}, which
 * finds every injected defect at the file, line and rule defects.csv names, and no error about the
 * clean roles; an --output that is a file is a usage error in one line.
 */
class GenerateCommandIntegrationTests {

    @TempDir
    Path root;

    @Test
    void validateFindsExactlyTheInjectedDefects() throws IOException {
        // given
        Path input = root.resolve("input");
        CliRun.Result generated = CliRun.execute("generate", "--roles=30", "--comparisons=60", "--seed=4", "--defects=0.1",
                "--output=" + input);
        // when
        CliRun.Result validated = CliRun.execute("validate", "--input=" + input, "--output=" + root.resolve("out"));
        // then
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        assertThat(generated.out()).contains("generated 30 roles, 60 comparisons, 3 defects");
        assertThat(validated.exitCode()).as(validated.err()).isEqualTo(2);
        List<CSVRecord> defects = read(input.resolve("defects.csv"));
        List<CSVRecord> findings = read(root.resolve("out/data-quality.csv"));
        assertThat(defects).hasSize(3);
        Set<String> found = findings.stream().map(f -> f.get("file") + ":" + f.get("line") + ":" + f.get("rule"))
                .collect(Collectors.toSet());
        assertThat(found).containsAll(defects.stream().map(d -> d.get("file") + ":" + d.get("line") + ":" + d.get("rule")).toList());
        Set<String> defective = defects.stream().map(d -> d.get("role_id").toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        assertThat(findings).filteredOn(f -> f.get("severity").equals("error"))
                .allSatisfy(f -> assertThat(defective).contains(f.get("role_id").toLowerCase(Locale.ROOT)));
    }

    @Test
    void cleanInputValidatesWithoutFindings() {
        // given
        Path input = root.resolve("clean");
        CliRun.execute("generate", "--roles=12", "--comparisons=30", "--output=" + input);
        // when
        CliRun.Result validated = CliRun.execute("validate", "--input=" + input);
        // then
        assertThat(validated.exitCode()).as(validated.out() + validated.err()).isZero();
        assertThat(validated.out()).contains("roles 12 accepted, 0 rejected", "0 errors, 0 warnings");
    }

    @Test
    void moreComparisonsThanPairsIsAUsageError() {
        // when
        CliRun.Result result = CliRun.execute("generate", "--roles=4", "--comparisons=7", "--output=" + root.resolve("x"));
        // then
        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).contains("--comparisons must be from 0 to 6 for 4 roles");
        assertThat(root.resolve("x")).doesNotExist();
    }

    @Test
    void anOutputThatIsAFileIsAUsageError() throws IOException {
        // given
        Path file = Files.writeString(root.resolve("afile"), "not a folder");

        // when
        CliRun.Result result = CliRun.execute("generate", "--roles=5", "--comparisons=3", "--output=" + file);
        CliRun.Result inside = CliRun.execute("generate", "--roles=5", "--comparisons=3", "--output=" + file.resolve("input"));

        // then
        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).isEqualTo("role-compare: --output " + file + " is a file, not a folder" + System.lineSeparator());
        assertThat(inside.exitCode()).isEqualTo(64);
        assertThat(inside.err()).isEqualTo("role-compare: --output " + file.resolve("input") + ": " + file
                + " is a file, not a folder" + System.lineSeparator());
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            return parser.getRecords();
        }
    }
}
