package org.rolecompare.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The metrics of {@code docs/metrics.md}: every value of the seed pair as docs/metrics.md states it, the
 * rule that unknown inputs give an unknown metric (never zero), the edge cases of ranges, ratios
 * and skill/category matching, and the rounding of every metric to its {@link MetricPrecision}, so
 * that no output shows float noise such as {@code 0.30000000000000004}.
 */
class MetricsCalculatorTests {

    private static final ComparisonMetrics SEED = MetricsCalculator.compute(
            SeedProfiles.patientRelationsManager(), SeedProfiles.patientAccountManager());

    @Test
    void computesTheSeedPairsSalaryMetrics() {
        // given // when // then
        assertThat(SEED.leftId()).isEqualTo("patient-relations-manager");
        assertThat(SEED.rightId()).isEqualTo("patient-account-manager");
        assertThat(SEED.salaryDiff()).isEqualTo(27144.0);
        assertThat(SEED.salaryRatio()).as("70777 / 43633 = 1.62211…").isEqualTo(1.6221);
        assertThat(SEED.higherPaid()).isEqualTo(Side.RIGHT);
        assertThat(SEED.hourlyDiff()).isEqualTo(13.05);
        assertThat(SEED.salaryRangeOverlap()).as("26000 / 41000 = 0.63414…").isEqualTo(0.6341);
    }

    @Test
    void computesTheSeedPairsGrowthJobsAndYears() {
        // given // when // then
        assertThat(SEED.growthDiffPp()).isEqualTo(32.0);
        assertThat(SEED.jobCountRatio()).as("152009 / 77096 = 1.97168…").isEqualTo(1.9717);
        assertThat(SEED.leftYearsToBecome()).hasToString("2-4");
        assertThat(SEED.rightYearsToBecome()).hasToString("4-6");
        assertThat(SEED.longerToBecome()).isEqualTo(Side.RIGHT);
        assertThat(SEED.experienceDiff()).isEqualTo(2.0);
        assertThat(SEED.ageDiff()).isEqualTo(7.0);
    }

    @Test
    void computesTheSeedPairsEducationAndDemographics() {
        // given // when // then
        assertThat(SEED.sameDegree()).isTrue();
        assertThat(SEED.sameMajor()).isTrue();
        assertThat(SEED.sameCollege()).isTrue();
        assertThat(SEED.dimensionDistancesPp()).containsOnlyKeys("gender", "race");
        assertThat(SEED.dimensionDistancesPp().keySet()).containsExactly("gender", "race");
        assertThat(SEED.dimensionDistancesPp().get("gender")).isEqualTo(0.6);
        assertThat(SEED.dimensionDistancesPp().get("race")).isEqualTo(7.95);
        assertThat(SEED.femaleShareDiffPp()).isEqualTo(0.6);
        assertThat(SEED.lgbtShareDiffPp()).isEqualTo(5.0);
    }

    @Test
    void computesTheSeedPairsSkillMetrics() {
        // given // when // then
        assertThat(SEED.sharedSkills()).containsExactly("Patients", "Patient Care");
        assertThat(SEED.skillJaccard()).isEqualTo(0.2);
        assertThat(SEED.skillWeightedOverlap()).isEqualTo(26.0);
    }

    @Test
    void leavesEveryMetricWithUnknownInputsUnknown() {
        // given
        RoleProfile left = SeedProfiles.minimal("clerk", "Clerk", 30000);
        RoleProfile right = SeedProfiles.minimal("nurse", "Nurse", 60000);

        // when
        ComparisonMetrics m = MetricsCalculator.compute(left, right);

        // then
        assertThat(m.salaryDiff()).isEqualTo(30000.0);
        assertThat(m.salaryRatio()).isEqualTo(2.0);
        assertThat(m.higherPaid()).isEqualTo(Side.RIGHT);
        assertThat(m.hourlyDiff()).isNull();
        assertThat(m.salaryRangeOverlap()).isNull();
        assertThat(m.growthDiffPp()).isNull();
        assertThat(m.jobCountRatio()).isNull();
        assertThat(m.leftYearsToBecome()).isNull();
        assertThat(m.rightYearsToBecome()).isNull();
        assertThat(m.longerToBecome()).isNull();
        assertThat(m.experienceDiff()).isNull();
        assertThat(m.ageDiff()).isNull();
        assertThat(m.sameDegree()).isNull();
        assertThat(m.sameMajor()).isNull();
        assertThat(m.sameCollege()).isNull();
        assertThat(m.dimensionDistancesPp()).isEmpty();
        assertThat(m.femaleShareDiffPp()).isNull();
        assertThat(m.lgbtShareDiffPp()).isNull();
        assertThat(m.sharedSkills()).isEmpty();
        assertThat(m.skillJaccard()).isNull();
        assertThat(m.skillWeightedOverlap()).isNull();
    }

    @Test
    void leavesAMetricUnknownWhenOnlyOneSideIsKnown() {
        // given
        RoleProfile left = SeedProfiles.patientRelationsManager();
        RoleProfile right = SeedProfiles.minimal("clerk", "Clerk", 43633);

        // when
        ComparisonMetrics m = MetricsCalculator.compute(left, right);

        // then
        assertThat(m.hourlyDiff()).isNull();
        assertThat(m.growthDiffPp()).isNull();
        assertThat(m.jobCountRatio()).isNull();
        assertThat(m.longerToBecome()).isNull();
        assertThat(m.leftYearsToBecome()).hasToString("2-4");
        assertThat(m.sameDegree()).isNull();
        assertThat(m.femaleShareDiffPp()).isNull();
        assertThat(m.dimensionDistancesPp()).isEmpty();
        assertThat(m.skillWeightedOverlap()).isNull();
        assertThat(m.skillJaccard()).as("no skills listed is unknown, not an empty list").isNull();
    }

    @Test
    void callsEqualSalariesEqual() {
        // given
        RoleProfile left = SeedProfiles.minimal("clerk", "Clerk", 43633);
        RoleProfile right = SeedProfiles.minimal("typist", "Typist", 43633);

        // when
        ComparisonMetrics m = MetricsCalculator.compute(left, right);

        // then
        assertThat(m.higherPaid()).isEqualTo(Side.EQUAL);
        assertThat(m.salaryDiff()).isZero();
        assertThat(m.salaryRatio()).isEqualTo(1.0);
    }

    @Test
    void findsTheLeftSideHigherPaidWhenItIs() {
        // given // when
        ComparisonMetrics m = MetricsCalculator.compute(SeedProfiles.patientAccountManager(),
                SeedProfiles.patientRelationsManager());

        // then
        assertThat(m.higherPaid()).isEqualTo(Side.LEFT);
        assertThat(m.longerToBecome()).isEqualTo(Side.LEFT);
        assertThat(m.salaryDiff()).isEqualTo(-27144.0);
        assertThat(m.sharedSkills()).containsExactly("Patients", "Patient Care");
    }

    @Test
    void measuresSalaryRangeOverlapAtItsEdges() {
        // given // when // then
        assertThat(MetricsCalculator.rangeOverlap(10.0, 20.0, 30.0, 40.0)).as("disjoint").isEqualTo(0.0);
        assertThat(MetricsCalculator.rangeOverlap(30.0, 40.0, 10.0, 20.0)).as("disjoint, other order").isEqualTo(0.0);
        assertThat(MetricsCalculator.rangeOverlap(10.0, 50.0, 20.0, 30.0)).as("nested").isEqualTo(1.0);
        assertThat(MetricsCalculator.rangeOverlap(10.0, 20.0, 20.0, 30.0)).as("touching").isEqualTo(0.0);
        assertThat(MetricsCalculator.rangeOverlap(10.0, 50.0, 25.0, 25.0)).as("zero length inside").isEqualTo(1.0);
        assertThat(MetricsCalculator.rangeOverlap(10.0, 50.0, 60.0, 60.0)).as("zero length outside").isEqualTo(0.0);
        assertThat(MetricsCalculator.rangeOverlap(10.0, 30.0, 20.0, 60.0)).as("partial").isEqualTo(0.5);
        assertThat(MetricsCalculator.rangeOverlap(10.0, null, 20.0, 60.0)).as("unknown end").isNull();
    }

    @Test
    void matchesSkillsIgnoringCaseAndKeepsTheLeftSpelling() {
        // given
        RoleProfile left = withSkills("clerk", new Skill("Customer Service", 30.0), new Skill("Filing", 10.0));
        RoleProfile right = withSkills("nurse", new Skill("customer service ", 20.0), new Skill("Patients", 40.0));

        // when
        ComparisonMetrics m = MetricsCalculator.compute(left, right);

        // then
        assertThat(m.sharedSkills()).containsExactly("Customer Service");
        assertThat(m.skillJaccard()).isEqualTo(0.3333);
        assertThat(m.skillWeightedOverlap()).isEqualTo(20.0);
    }

    @Test
    void makesTheWeightedOverlapUnknownWhenASharedSkillHasNoShare() {
        // given
        RoleProfile left = withSkills("clerk", new Skill("Filing", 30.0), new Skill("Typing", 10.0));
        RoleProfile right = withSkills("typist", new Skill("Typing", null), new Skill("Filing", 20.0));

        // when
        ComparisonMetrics m = MetricsCalculator.compute(left, right);

        // then
        assertThat(m.sharedSkills()).containsExactly("Filing", "Typing");
        assertThat(m.skillJaccard()).isEqualTo(1.0);
        assertThat(m.skillWeightedOverlap()).isNull();
    }

    @Test
    void ignoresAnUnknownShareOfASkillThatIsNotShared() {
        // given
        RoleProfile left = withSkills("clerk", new Skill("Filing", 30.0), new Skill("Typing", null));
        RoleProfile right = withSkills("archivist", new Skill("Filing", 20.0), new Skill("Dusting", null));

        // when
        ComparisonMetrics m = MetricsCalculator.compute(left, right);

        // then
        assertThat(m.skillWeightedOverlap()).isEqualTo(20.0);
    }

    @Test
    void givesZeroWeightedOverlapWhenNoSkillIsShared() {
        // given
        RoleProfile left = withSkills("clerk", new Skill("Filing", 30.0));
        RoleProfile right = withSkills("nurse", new Skill("Patients", 40.0));

        // when
        ComparisonMetrics m = MetricsCalculator.compute(left, right);

        // then
        assertThat(m.sharedSkills()).isEmpty();
        assertThat(m.skillJaccard()).isEqualTo(0.0);
        assertThat(m.skillWeightedOverlap()).isEqualTo(0.0);
    }

    @Test
    void matchesDimensionsAndCategoriesIgnoringCaseAndCountsAMissingCategoryAsZero() {
        // given
        RoleProfile left = withBreakdowns("clerk",
                new Breakdown("Gender", List.of(new CategoryShare("Female", 60.0), new CategoryShare("Male", 40.0))));
        RoleProfile right = withBreakdowns("nurse",
                new Breakdown("gender", List.of(new CategoryShare("FEMALE", 70.0), new CategoryShare("male", 25.0),
                        new CategoryShare("Non-binary", 5.0))));

        // when
        ComparisonMetrics m = MetricsCalculator.compute(left, right);

        // then: ½ (|60 − 70| + |40 − 25| + |0 − 5|) = 15
        assertThat(m.dimensionDistancesPp()).containsExactly(entry("Gender", 15.0));
        assertThat(m.femaleShareDiffPp()).isEqualTo(10.0);
    }

    @Test
    void reportsDistancesOnlyForDimensionsBothRolesHave() {
        // given
        RoleProfile left = withBreakdowns("clerk",
                new Breakdown("race", List.of(new CategoryShare("White", 100.0))),
                new Breakdown("age", List.of(new CategoryShare("Under 40", 100.0))));
        RoleProfile right = withBreakdowns("nurse",
                new Breakdown("race", List.of(new CategoryShare("Asian", 100.0))));

        // when
        ComparisonMetrics m = MetricsCalculator.compute(left, right);

        // then
        assertThat(m.dimensionDistancesPp()).containsExactly(entry("race", 100.0));
        assertThat(m.femaleShareDiffPp()).isNull();
    }

    @Test
    void leavesTheJobCountRatioUnknownWhenTheLeftHasNoJobs() {
        // given
        RoleProfile left = withJobCount("clerk", 0L);
        RoleProfile right = withJobCount("nurse", 500L);

        // when
        ComparisonMetrics none = MetricsCalculator.compute(left, right);
        ComparisonMetrics reverse = MetricsCalculator.compute(right, left);

        // then
        assertThat(none.jobCountRatio()).isNull();
        assertThat(reverse.jobCountRatio()).isEqualTo(0.0);
    }

    @Test
    void comparesTextIgnoringCaseAndSurroundingSpaces() {
        // given // when // then
        assertThat(MetricsCalculator.sameText("Business", " business ")).isTrue();
        assertThat(MetricsCalculator.sameText("Business", "Nursing")).isFalse();
        assertThat(MetricsCalculator.sameText(null, "Nursing")).isNull();
    }

    @Test
    void roundsFloatNoiseAwayFromEveryDifference() {
        // given: inputs whose plain double differences are noisy (60.7 − 55.3 = 5.400000000000006)
        RoleProfile left = noisy("clerk", 43633.3, 20.1, 9.7, 55.3, 4.1, 3.3);
        RoleProfile right = noisy("typist", 70777.7, 20.4, 10.1, 60.7, 4.4, 3.6);

        // when
        ComparisonMetrics m = MetricsCalculator.compute(left, right);

        // then
        assertThat(70777.7 - 43633.3).isNotEqualTo(27144.4);
        assertThat(m.salaryDiff()).isEqualTo(27144.4);
        assertThat(m.hourlyDiff()).isEqualTo(0.3);
        assertThat(m.growthDiffPp()).isEqualTo(0.4);
        assertThat(m.ageDiff()).isEqualTo(5.4);
        assertThat(m.experienceDiff()).isEqualTo(0.3);
        assertThat(m.lgbtShareDiffPp()).isEqualTo(0.3);
    }

    @Test
    void roundsRatiosOverlapsAndDistancesToTheirDecimals() {
        // given
        RoleProfile left = new RoleProfile(SeedProfiles.minimal("clerk", "Clerk", 30000).role(),
                List.of(new Breakdown("race", List.of(new CategoryShare("A", 33.333), new CategoryShare("B", 66.667)))),
                List.of(new Skill("Filing", 10.126), new Skill("Typing", 5.0), new Skill("Sorting", 1.0)), List.of());
        RoleProfile right = new RoleProfile(SeedProfiles.minimal("nurse", "Nurse", 70000).role(),
                List.of(new Breakdown("race", List.of(new CategoryShare("A", 50.0), new CategoryShare("B", 50.0)))),
                List.of(new Skill("Filing", 20.0), new Skill("Patients", 5.0)), List.of());

        // when
        ComparisonMetrics m = MetricsCalculator.compute(left, right);

        // then
        assertThat(m.salaryRatio()).as("7 / 3 = 2.3333…").isEqualTo(2.3333);
        assertThat(m.skillJaccard()).as("1 / 4").isEqualTo(0.25);
        assertThat(m.skillWeightedOverlap()).as("10.126 half up").isEqualTo(10.13);
        assertThat(m.dimensionDistancesPp()).containsExactly(entry("race", 16.67));
    }

    @Test
    void roundsHalfUpFromTheShortestDecimalOfTheDouble() {
        // given // when // then
        assertThat(MetricPrecision.round(0.125, 2)).isEqualTo(0.13);
        assertThat(MetricPrecision.round(1.005, 2)).as("1.005 is stored as 1.00499…; its shortest decimal is 1.005")
                .isEqualTo(1.01);
        assertThat(MetricPrecision.round(0.1 + 0.2, 4)).isEqualTo(0.3);
        assertThat(MetricPrecision.round(-0.001, 2)).isEqualTo(0.0);
        assertThat(Double.doubleToRawLongBits(MetricPrecision.round(-0.001, 2))).isZero();
        assertThat(MetricPrecision.round(-2.345, 2)).isEqualTo(-2.35);
        assertThat(MetricPrecision.round(null, 2)).isNull();
    }

    @Test
    void fastRoundingGivesWhatBigDecimalGives() {
        // given: money, shares, ratios and differences of them, and values right at a half
        Random random = new Random(11);
        List<Double> values = new ArrayList<>(List.of(0.125, 1.005, 2.675, -2.345, 0.045, 1.0E-7, 999_999.995,
                70777.0 / 43633.0, 0.1 + 0.2, 1e15 + 0.5, -0.0));
        for (int i = 0; i < 50_000; i++) {
            values.add((random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(9) - 2));
            values.add(Math.round(random.nextDouble() * 1e6) / 1000.0 - Math.round(random.nextDouble() * 1e5) / 100.0);
            values.add((Math.round(random.nextDouble() * 1e7) + 0.5) / 10_000);
        }

        // when / then
        for (double value : values) {
            for (int decimals : new int[] {2, 4}) {
                double fast = MetricPrecision.round(value, decimals);
                double exact = MetricPrecision.exactly(value, decimals);
                if (Double.doubleToLongBits(fast) != Double.doubleToLongBits(exact)) {
                    assertThat(fast).as("%s to %d decimals", value, decimals).isEqualTo(exact);
                }
            }
        }
    }

    @Test
    void namesTheDecimalsOfEveryNumericComparisonColumn() {
        // given // when // then
        assertThat(MetricPrecision.of("salary_diff")).isEqualTo(2);
        assertThat(MetricPrecision.of("salary_ratio")).isEqualTo(4);
        assertThat(MetricPrecision.of("job_count_ratio")).isEqualTo(4);
        assertThat(MetricPrecision.of("salary_range_overlap")).isEqualTo(4);
        assertThat(MetricPrecision.of("race_distance_pp")).isEqualTo(2);
        assertThat(MetricPrecision.of("skill_jaccard")).isEqualTo(4);
        assertThat(MetricPrecision.of("skill_weighted_overlap")).isEqualTo(2);
        assertThat(MetricPrecision.of("shared_skills")).isNull();
    }

    /** A role with noisy decimals in every field a difference is taken of. */
    private static RoleProfile noisy(String id, double salary, double hourly, double growth, double age,
                                     double experience, double lgbt) {
        Role role = new Role(id, id, null, null, salary, hourly, null, null, growth, null, null,
                null, null, null, null, age, experience, lgbt, null, null, null, null, null, null);
        return new RoleProfile(role, List.of(), List.of(), List.of());
    }

    private static RoleProfile withSkills(String id, Skill... skills) {
        return new RoleProfile(SeedProfiles.minimal(id, id, 40000).role(), List.of(), List.of(skills), List.of());
    }

    private static RoleProfile withBreakdowns(String id, Breakdown... breakdowns) {
        return new RoleProfile(SeedProfiles.minimal(id, id, 40000).role(), List.of(breakdowns), List.of(), List.of());
    }

    private static RoleProfile withJobCount(String id, Long jobs) {
        Role role = new Role(id, id, null, null, 40000, null, null, null, null, jobs, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
        return new RoleProfile(role, List.of(), List.of(), List.of());
    }
}
