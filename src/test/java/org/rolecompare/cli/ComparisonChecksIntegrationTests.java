package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison rules over a feed of thousands of pairs, checked in one pass: every pair listed
 * again is found (in the same order it is skipped, in the other order it is kept), each names the
 * line the pair was first listed on, and every comparison naming a role missing from roles.csv is
 * rejected; the counts users see in comparisons.csv and the findings agree. (Workbook only: the
 * reports of thousands of pairs would add nothing here.)
 */
class ComparisonChecksIntegrationTests {

    private static final int ROLES = 80;
    private static final int COMPARISONS = 3_000;

    @TempDir
    Path temp;

    @Test
    void everyRepeatedPairAndUnknownRoleAmongThousandsIsFound() throws Exception {
        // given
        CliRun cli = new CliRun(temp);
        GeneratedInput.write(cli.input(), ROLES, COMPARISONS);
        List<String> pairs = Files.readAllLines(cli.input().resolve("comparisons.csv")).subList(1, COMPARISONS + 1);
        StringBuilder extra = new StringBuilder();
        int sameOrder = 0;
        int otherOrder = 0;
        for (int i = 0; i < COMPARISONS; i += 7) {
            extra.append(pairs.get(i)).append('\n');
            sameOrder++;
        }
        for (int i = 3; i < COMPARISONS; i += 11) {
            String[] ids = pairs.get(i).split(",");
            extra.append(ids[1]).append(',').append(ids[0]).append('\n');
            otherOrder++;
        }
        extra.append("role-1,role-999\nrole-998,role-2\n");
        Files.writeString(cli.input().resolve("comparisons.csv"), extra, StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        Path job = Files.writeString(temp.resolve("workbook-only.yml"), "name: checks\ninput: " + cli.input() + "\noutput: "
                + cli.output() + "\nreport:\n  pdf: false\n");

        // when
        CliRun.Result result = CliRun.execute("run", "--job=" + job, "--database=" + cli.database(), "--run-date=" + CliRun.RUN_DATE);

        // then
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        List<CSVRecord> findings = RunCommandIntegrationTests.readCsv(cli.runDir().resolve("data-quality.csv"));
        Map<String, Long> byRule = findings.stream().collect(Collectors.groupingBy(f -> f.get("rule"), Collectors.counting()));
        assertThat(byRule).containsOnly(Map.entry("duplicate-comparison", (long) sameOrder + otherOrder),
                Map.entry("unknown-role", 2L));
        CSVRecord firstRepeat = findings.get(0);
        assertThat(firstRepeat.get("line")).isEqualTo(String.valueOf(COMPARISONS + 2));
        assertThat(firstRepeat.get("message")).isEqualTo("the pair role-0 / role-1 is already listed on line 2; it is reported once");
        assertThat(findings).filteredOn(f -> f.get("message").endsWith("in the other order; both reports are written"))
                .hasSize(otherOrder);
        assertThat(findings).filteredOn(f -> f.get("rule").equals("unknown-role")).extracting(f -> f.get("value"))
                .containsExactly("role-999", "role-998");
        assertThat(RunCommandIntegrationTests.readCsv(cli.runDir().resolve("comparisons.csv"))).hasSize(COMPARISONS + otherOrder);
    }
}
