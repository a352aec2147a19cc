package org.rolecompare.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.ingest.Values;

/**
 * The synthetic input is deterministic and valid by construction: breakdowns add up to exactly
 * 100, skills to at most 100, salaries lie in their ranges, comparisons are distinct and the
 * requested numbers of rows and defects are written.
 */
class SyntheticInputTests {

    private static final List<String> FILES = List.of("roles.csv", "distributions.csv", "skills.csv",
            "responsibilities.csv", "comparisons.csv", "defects.csv");

    @TempDir
    Path dir;

    @Test
    void sameSettingsGiveByteIdenticalFilesAndAnotherSeedOthers() throws IOException {
        // given
        SyntheticInput.Settings settings = new SyntheticInput.Settings(50, 300, 42, 0.1);
        // when
        SyntheticInput.write(settings, dir.resolve("a"));
        SyntheticInput.write(settings, dir.resolve("b"));
        SyntheticInput.write(new SyntheticInput.Settings(50, 300, 43, 0.1), dir.resolve("c"));
        // then
        for (String file : FILES) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
        }
        assertThat(Files.readAllBytes(dir.resolve("a/roles.csv"))).isNotEqualTo(Files.readAllBytes(dir.resolve("c/roles.csv")));
    }

    @Test
    void everyBreakdownAddsUpToExactly100() throws IOException {
        // given
        SyntheticInput.write(new SyntheticInput.Settings(200, 10, 7, 0), dir);
        // when
        Map<String, BigDecimal> sums = new HashMap<>();
        Map<String, Set<String>> dimensions = new HashMap<>();
        for (CSVRecord r : read("distributions.csv")) {
            sums.merge(r.get("role_id") + "/" + r.get("dimension"), new BigDecimal(r.get("share")), BigDecimal::add);
            dimensions.computeIfAbsent(r.get("role_id"), k -> new HashSet<>()).add(r.get("dimension"));
        }
        // then
        assertThat(sums).hasSize(400);
        assertThat(sums.values()).allSatisfy(sum -> assertThat(sum).isEqualByComparingTo("100.0"));
        assertThat(dimensions.values()).allSatisfy(d -> assertThat(d).containsExactlyInAnyOrder("gender", "race"));
    }

    @Test
    void sixSkillsAddingUpToAtMost100AndSixResponsibilitiesPerRole() throws IOException {
        // given
        SyntheticInput.write(new SyntheticInput.Settings(200, 10, 8, 0), dir);
        // when
        Map<String, List<CSVRecord>> skills = read("skills.csv").stream().collect(Collectors.groupingBy(r -> r.get("role_id")));
        Map<String, Long> responsibilities = read("responsibilities.csv").stream()
                .collect(Collectors.groupingBy(r -> r.get("role_id"), Collectors.counting()));
        // then
        assertThat(skills).hasSize(200);
        assertThat(skills.values()).allSatisfy(rows -> {
            assertThat(rows).hasSize(6);
            assertThat(rows.stream().map(r -> r.get("skill")).distinct()).hasSize(6);
            BigDecimal sum = rows.stream().map(r -> new BigDecimal(r.get("share"))).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isLessThanOrEqualTo(new BigDecimal("100"));
        });
        assertThat(responsibilities).hasSize(200);
        assertThat(responsibilities.values()).containsOnly(6L);
    }

    @Test
    void rolesHaveSlugIdsAndSalariesHourlyRatesAndAgesInRange() throws IOException {
        // given
        SyntheticInput.write(new SyntheticInput.Settings(300, 10, 9, 0), dir);
        // when
        List<CSVRecord> roles = read("roles.csv");
        // then
        assertThat(roles).hasSize(300);
        assertThat(roles.stream().map(r -> r.get("role_id")).distinct()).hasSize(300);
        assertThat(roles).allSatisfy(r -> {
            assertThat(Values.isSlug(r.get("role_id"))).as(r.get("role_id")).isTrue();
            BigDecimal average = money(r.get("average_salary"));
            assertThat(average).isBetween(money(r.get("salary_min")), money(r.get("salary_max")));
            assertThat(new BigDecimal(r.get("hourly_rate")))
                    .isEqualByComparingTo(average.divide(new BigDecimal(2080), 2, RoundingMode.HALF_UP));
            assertThat(Double.parseDouble(r.get("average_age"))).isBetween(25.0, 55.0);
        });
        assertThat(roles).anySatisfy(r -> assertThat(r.get("title")).matches(".*[^\\x00-\\x7F].*"));
    }

    @Test
    void comparisonsAreTheRequestedNumberOfDistinctPairsOfKnownRoles() throws IOException {
        // given
        SyntheticInput.write(new SyntheticInput.Settings(40, 700, 10, 0), dir);
        // when
        Set<String> ids = read("roles.csv").stream().map(r -> r.get("role_id")).collect(Collectors.toSet());
        List<CSVRecord> comparisons = read("comparisons.csv");
        // then
        assertThat(comparisons).hasSize(700);
        Set<String> pairs = new HashSet<>();
        for (CSVRecord c : comparisons) {
            String left = c.get("left_role_id");
            String right = c.get("right_role_id");
            assertThat(ids).contains(left, right);
            assertThat(left).isNotEqualTo(right);
            assertThat(pairs.add(left.compareTo(right) < 0 ? left + "|" + right : right + "|" + left)).as(left + "," + right).isTrue();
        }
    }

    @Test
    void theRequestedShareOfRolesGetsOneListedDefectOfEveryKind() throws IOException {
        // given
        SyntheticInput.Settings settings = new SyntheticInput.Settings(100, 50, 11, 0.2);
        // when
        SyntheticInput.Summary summary = SyntheticInput.write(settings, dir);
        // then
        List<CSVRecord> defects = read("defects.csv");
        assertThat(summary.defects()).isEqualTo(20);
        assertThat(defects).hasSize(20);
        assertThat(defects.stream().map(r -> r.get("line")).distinct()).hasSize(20);
        assertThat(defects.stream().map(r -> r.get("rule")).collect(Collectors.groupingBy(r -> r, Collectors.counting())))
                .containsEntry("salary-range", 4L).containsEntry("share-range", 4L).containsEntry("years-range", 4L)
                .containsEntry("type", 8L);
    }

    @Test
    void moreComparisonsThanPairsOrABadShareIsRefused() {
        // when / then
        assertThatThrownBy(() -> new SyntheticInput.Settings(5, 11, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 0 to 10 for 5 roles");
        assertThatThrownBy(() -> new SyntheticInput.Settings(5, 10, 1, 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--defects");
        assertThatThrownBy(() -> new SyntheticInput.Settings(1, 0, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--roles");
    }

    private List<CSVRecord> read(String file) throws IOException {
        try (Reader reader = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            return parser.getRecords();
        }
    }

    private static BigDecimal money(String text) {
        return new BigDecimal(text.replace("$", "").replace(",", ""));
    }
}
