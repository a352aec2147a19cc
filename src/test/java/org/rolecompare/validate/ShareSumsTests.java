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
