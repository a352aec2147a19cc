package org.rolecompare.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The metrics of {@code docs/metrics.md}: every value of the seed pair as the spec states it, the
 * rule that unknown inputs give an unknown metric (never zero), and the edge cases of ranges,
 * ratios and skill/category matching.
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
        assertThat(SEED.salaryRatio()).isCloseTo(1.622, within(0.0005));
        assertThat(SEED.higherPaid()).isEqualTo(Side.RIGHT);
        assertThat(SEED.hourlyDiff()).isCloseTo(13.05, within(1e-9));
        assertThat(SEED.salaryRangeOverlap()).isCloseTo(0.634, within(0.0005));
        assertThat(SEED.salaryRangeOverlap()).isCloseTo(26000.0 / 41000.0, within(1e-12));
    }

    @Test
    void computesTheSeedPairsGrowthJobsAndYears() {
        // given // when // then
        assertThat(SEED.growthDiffPp()).isEqualTo(32.0);
        assertThat(SEED.jobCountRatio()).isCloseTo(1.972, within(0.0005));
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
        assertThat(SEED.dimensionDistancesPp().get("gender")).isCloseTo(0.6, within(1e-9));
        assertThat(SEED.dimensionDistancesPp().get("race")).isCloseTo(7.95, within(1e-9));
        assertThat(SEED.femaleShareDiffPp()).isCloseTo(0.6, within(1e-9));
        assertThat(SEED.lgbtShareDiffPp()).isEqualTo(5.0);
    }

    @Test
    void computesTheSeedPairsSkillMetrics() {
        // given // when // then
        assertThat(SEED.sharedSkills()).containsExactly("Patients", "Patient Care");
        assertThat(SEED.skillJaccard()).isCloseTo(0.2, within(1e-12));
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
        assertThat(m.skillJaccard()).isCloseTo(1.0 / 3, within(1e-12));
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
