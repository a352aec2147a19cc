package org.rolecompare.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The sums of breakdown and skill shares as the cross-check adds them up in one pass: grouped by
 * role and dimension whatever its case, rows of a group anywhere in the file, unknown shares
 * adding nothing, and the findings in line order naming the least spelling of the dimension.
 */
class ShareSumsTests {

    private final ShareSums sums = new ShareSums();

    @Test
    void addsUpEachBreakdownOfARoleWhereverItsRowsAre() {
        // given
        sums.breakdown(2, "clerk", "gender", "gender", 40.0);
        sums.breakdown(3, "nurse", "gender", "gender", 100.0);
        sums.breakdown(4, "clerk", "Gender", "gender", 20.0);
        sums.breakdown(5, "clerk", "age", "age", 100.0);
        sums.breakdown(6, "ghost", "age", "age", 30.0);
        sums.breakdown(7, "ghost", "age", "age", null);

        // when
        List<Finding> findings = sums.distributionFindings();

        // then
        assertThat(findings).extracting(Finding::line, Finding::roleId, Finding::rule, Finding::value).containsExactly(
                tuple(2L, "clerk", Rule.DISTRIBUTION_SUM, "60"),
                tuple(6L, "ghost", Rule.DISTRIBUTION_SUM, "30"));
        assertThat(findings.get(0).message()).isEqualTo("the Gender shares of clerk add up to 60, not 100");
    }

    @Test
    void aRowLikeTheOneBeforeAddsToTheSameGroupWhetherOrNotItsIdIsTheSameCopy() {
        // given rows role by role, the usual order, with one id as a second copy and a group that comes back
        String clerk = "clerk";
        String otherClerk = new String("clerk");
        sums.breakdown(2, clerk, "gender", "gender", 30.0);
        sums.breakdown(3, otherClerk, "Gender", "gender", 30.0);
        sums.breakdown(4, clerk, "age", "age", 100.0);
        sums.breakdown(5, clerk, "GENDER", "gender", 30.0);
        sums.breakdown(6, "nurse", "gender", "gender", 100.0);
        sums.skill(7, clerk, 40.0);
        sums.skill(8, otherClerk, 40.0);
        sums.skill(9, "nurse", 101.0);
        sums.skill(10, clerk, 40.0);

        // when
        List<Finding> breakdowns = sums.distributionFindings();
        List<Finding> skills = sums.skillFindings();

        // then
        assertThat(breakdowns).extracting(Finding::line, Finding::roleId, Finding::value).containsExactly(tuple(2L, "clerk", "90"));
        assertThat(breakdowns.get(0).message()).isEqualTo("the GENDER shares of clerk add up to 90, not 100");
        assertThat(skills).extracting(Finding::line, Finding::roleId, Finding::value).containsExactly(
                tuple(7L, "clerk", "120"),
                tuple(9L, "nurse", "101"));
    }

    @Test
    void addsUpTheKnownSkillSharesOfEachRole() {
        // given
        sums.skill(2, "clerk", 60.0);
        sums.skill(3, "nurse", null);
        sums.skill(4, "clerk", 50.0);
        sums.skill(5, "nurse", 100.0);
        sums.skill(6, "cook", 100.6);

        // when
        List<Finding> findings = sums.skillFindings();

        // then
        assertThat(findings).extracting(Finding::line, Finding::roleId, Finding::value).containsExactly(
                tuple(2L, "clerk", "110"),
                tuple(6L, "cook", "100.6"));
    }

    @Test
    void listsEveryBreakdownWithItsFirstLine() {
        // given
        sums.breakdown(2, "clerk", "gender", "gender", 50.0);
        sums.breakdown(3, "clerk", "GENDER", "gender", 50.0);
        sums.breakdown(4, "nurse", "gender", "gender", 100.0);
        List<String> seen = new ArrayList<>();

        // when
        sums.forEachBreakdown((roleId, dimension, firstLine) -> seen.add(roleId + "/" + dimension + "@" + firstLine));

        // then
        assertThat(seen).containsExactlyInAnyOrder("clerk/gender@2", "nurse/gender@4");
    }
}
