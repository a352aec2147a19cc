package org.rolecompare.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rolecompare.ingest.InputFile;

/**
 * The decisions and wording of the rules that span rows: the boundaries of the sum tolerances
 * (including sums that only miss a boundary through floating-point error), the rejected-share
 * guard, and the findings for duplicates and unknown roles.
 */
class CrossFileRulesTests {

    @ParameterizedTest
    @ValueSource(doubles = {99.5, 100.0, 100.1, 100.5})
    void acceptsDistributionSumsWithinHalfAPointOfOneHundred(double sum) {
        // given // when // then
        assertThat(CrossFileRules.distributionSum("clerk", "gender", 2, sum)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(doubles = {99.4, 100.6, 0.0, 200.0})
    void rejectsDistributionSumsFurtherFromOneHundred(double sum) {
        // given // when // then
        assertThat(CrossFileRules.distributionSum("clerk", "gender", 2, sum)).isPresent();
    }

    @Test
    void acceptsDistributionSumsThatMissTheBoundaryOnlyByFloatingPointError() {
        // given
        double gender = 20.8 + 79.2;
        double justBelow = 0.1 + 87.3 + 12.1;
        double justAbove = 0.4 + 95.4 + 4.7;

        // when // then
        assertThat(justBelow).isLessThan(99.5);
        assertThat(justAbove).isGreaterThan(100.5);
        assertThat(CrossFileRules.distributionSum("clerk", "gender", 2, gender)).isEmpty();
        assertThat(CrossFileRules.distributionSum("clerk", "race", 2, justBelow)).isEmpty();
        assertThat(CrossFileRules.distributionSum("clerk", "race", 2, justAbove)).isEmpty();
    }

    @Test
    void describesADistributionThatDoesNotAddUp() {
        // given // when
        Optional<Finding> finding = CrossFileRules.distributionSum("clerk", "race", 8, 100.6);

        // then
        assertThat(finding).hasValueSatisfying(f -> {
            assertThat(f.file()).isEqualTo("distributions.csv");
            assertThat(f.line()).isEqualTo(8L);
            assertThat(f.column()).isEqualTo("share");
            assertThat(f.roleId()).isEqualTo("clerk");
            assertThat(f.rule()).isEqualTo(Rule.DISTRIBUTION_SUM);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.value()).isEqualTo("100.6");
            assertThat(f.message()).isEqualTo("the race shares of clerk add up to 100.6, not 100");
        });
    }

    @Test
    void acceptsSkillSumsUpToOneHundredAndAHalf() {
        // given // when // then
        assertThat(CrossFileRules.skillsSum("clerk", 2, 0)).isEmpty();
        assertThat(CrossFileRules.skillsSum("clerk", 2, 77)).isEmpty();
        assertThat(CrossFileRules.skillsSum("clerk", 2, 100.5)).isEmpty();
        assertThat(CrossFileRules.skillsSum("clerk", 2, 0.4 + 95.4 + 4.7)).isEmpty();
    }

    @Test
    void rejectsSkillSumsAboveOneHundredAndAHalf() {
        // given // when
        Optional<Finding> finding = CrossFileRules.skillsSum("clerk", 5, 100.6);

        // then
        assertThat(finding).hasValueSatisfying(f -> {
            assertThat(f.file()).isEqualTo("skills.csv");
            assertThat(f.line()).isEqualTo(5L);
            assertThat(f.rule()).isEqualTo(Rule.SKILLS_SUM);
            assertThat(f.value()).isEqualTo("100.6");
            assertThat(f.message()).isEqualTo("the skill shares of clerk add up to 100.6, more than 100");
        });
    }

    @Test
    void allowsExactlyTheMaximumShareOfRejectedRoles() {
        // given // when // then
        assertThat(CrossFileRules.tooManyRejected(2, 1, 0.5)).isFalse();
        assertThat(CrossFileRules.tooManyRejected(100, 50, 0.5)).isFalse();
        assertThat(CrossFileRules.tooManyRejected(100, 51, 0.5)).isTrue();
        assertThat(CrossFileRules.tooManyRejected(3, 2, 0.5)).isTrue();
        assertThat(CrossFileRules.tooManyRejected(10, 0, 0.0)).isFalse();
        assertThat(CrossFileRules.tooManyRejected(10, 1, 0.0)).isTrue();
        assertThat(CrossFileRules.tooManyRejected(10, 10, 1.0)).isFalse();
    }

    @Test
    void neverFindsTooManyRejectedWhenNoRolesWereRead() {
        // given // when // then
        assertThat(CrossFileRules.tooManyRejected(0, 0, 0.5)).isFalse();
        assertThat(CrossFileRules.tooManyRejected(0, 0, 0.0)).isFalse();
    }

    @Test
    void reportsAPairListedTwiceInTheSameOrderOnce() {
        // given // when
        Finding f = CrossFileRules.duplicateComparison(5, "clerk", "nurse", 2, true);

        // then
        assertThat(f.file()).isEqualTo("comparisons.csv");
        assertThat(f.line()).isEqualTo(5L);
        assertThat(f.column()).isEqualTo("left_role_id");
        assertThat(f.roleId()).isEqualTo("clerk");
        assertThat(f.rule()).isEqualTo(Rule.DUPLICATE_COMPARISON);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.value()).isEqualTo("clerk,nurse");
        assertThat(f.message()).isEqualTo("the pair clerk / nurse is already listed on line 2; it is reported once");
    }

    @Test
    void keepsAPairListedAgainInTheOtherOrder() {
        // given // when
        Finding f = CrossFileRules.duplicateComparison(6, "nurse", "clerk", 2, false);

        // then
        assertThat(f.value()).isEqualTo("nurse,clerk");
        assertThat(f.message()).isEqualTo(
                "the pair nurse / clerk is already listed on line 2 in the other order; both reports are written");
    }

    @Test
    void describesAReferenceToAnUnknownRole() {
        // given // when
        Finding f = CrossFileRules.unknownRole(InputFile.SKILLS, 9, "role_id", "ghost");

        // then
        assertThat(f.file()).isEqualTo("skills.csv");
        assertThat(f.line()).isEqualTo(9L);
        assertThat(f.column()).isEqualTo("role_id");
        assertThat(f.roleId()).isEqualTo("ghost");
        assertThat(f.rule()).isEqualTo(Rule.UNKNOWN_ROLE);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.value()).isEqualTo("ghost");
        assertThat(f.expected()).isEqualTo("a role_id listed in roles.csv");
        assertThat(f.message()).isEqualTo("role_id ghost is not in roles.csv");
    }

    @Test
    void listsEveryLineOfADuplicateRole() {
        // given // when
        Finding f = CrossFileRules.duplicateRole("clerk", 4, List.of(2L, 4L, 9L));

        // then
        assertThat(f.rule()).isEqualTo(Rule.UNIQUE_ROLE);
        assertThat(f.line()).isEqualTo(4L);
        assertThat(f.message()).startsWith("role_id clerk appears 3 times (lines 2, 4, 9)");
    }

    @Test
    void namesTheRejectedRoleOfASkippedComparison() {
        // given // when
        Finding f = CrossFileRules.comparisonOfRejectedRole(3, "right_role_id", "nurse",
                "roles.csv line 4: average_salary 90000 lies outside the salary range 25000 to 40000");

        // then
        assertThat(f.rule()).isEqualTo(Rule.ROLE_REJECTED);
        assertThat(f.column()).isEqualTo("right_role_id");
        assertThat(f.message()).isEqualTo("comparison skipped: role nurse was rejected (roles.csv line 4:"
                + " average_salary 90000 lies outside the salary range 25000 to 40000)");
    }

    @Test
    void pointsToTheRoleFindingsWhenTheCauseIsUnknown() {
        // given // when
        Finding f = CrossFileRules.comparisonOfRejectedRole(3, "left_role_id", "nurse", null);

        // then
        assertThat(f.message()).isEqualTo("comparison skipped: role nurse was rejected (see its findings)");
    }

    @Test
    void printsSumsWithoutTrailingZeros() {
        // given // when // then
        assertThat(CrossFileRules.number(100)).isEqualTo("100");
        assertThat(CrossFileRules.number(99.4)).isEqualTo("99.4");
        assertThat(CrossFileRules.number(100.123456)).isEqualTo("100.123456");
    }
}
