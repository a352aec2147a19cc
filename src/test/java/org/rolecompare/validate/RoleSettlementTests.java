package org.rolecompare.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rolecompare.ingest.InputFile;

/**
 * The reject-and-skip policy of the cross-file check, at its boundaries and without a database:
 * duplicate role ids, rows naming no role, a role rejected with all its rows, and what happens to
 * the comparisons of unknown and rejected roles, of pairs listed twice and of report names taken.
 */
class RoleSettlementTests {

    private final RoleSettlement roles = new RoleSettlement();

    @Test
    void reportsEveryLineOfARoleIdListedTwiceInLineOrder() {
        // given
        roles.role(2, "clerk", false);
        roles.role(3, "nurse", false);
        roles.role(4, "clerk", false);

        // when
        List<Finding> findings = roles.duplicateRoles();

        // then
        assertThat(findings).extracting(Finding::line).containsExactly(2L, 4L);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo(Rule.UNIQUE_ROLE);
            assertThat(f.isError()).isTrue();
            assertThat(f.message()).isEqualTo("role_id clerk appears 2 times (lines 2, 4); all its rows are rejected until only one remains");
        });
    }

    @Test
    void findsNoDuplicateWhenEveryIdIsListedOnce() {
        // given
        roles.role(2, "clerk", false);
        roles.role(3, "nurse", true);

        // when // then
        assertThat(roles.duplicateRoles()).isEmpty();
    }

    @Test
    void takesTheRowsOfTwoFilesFromTwoThreadsAtOnceOnceTheRolesAreRead() throws Exception {
        // given: 20,000 roles, every other one with a skill, and a distribution row naming no role every 1,000 lines
        for (int i = 0; i < 20_000; i++) {
            roles.role(i + 2, "role-" + i, false);
        }
        roles.rolesRead();
        Runnable skills = () -> {
            for (int i = 0; i < 20_000; i += 2) {
                roles.detailRow(InputFile.SKILLS, i + 2, "role-" + i);
            }
        };
        List<Finding> unknown = new ArrayList<>();

        // when
        Thread other = new Thread(skills);
        other.start();
        for (int i = 0; i < 20_000; i++) {
            roles.detailRow(InputFile.DISTRIBUTIONS, i + 2, i % 1_000 == 0 ? "ghost" : "role-" + i).ifPresent(unknown::add);
        }
        other.join();
        roles.settle(List.of());

        // then: as read one file after the other, and no entry for a file without lines to reject
        assertThat(unknown).hasSize(20);
        assertThat(roles.detailLinesToReject()).containsOnlyKeys(InputFile.DISTRIBUTIONS);
        assertThat(roles.detailLinesToReject().get(InputFile.DISTRIBUTIONS)).hasSize(20).startsWith(2L, 1_002L);
        assertThat(roles.hasRows(InputFile.SKILLS, "role-19998")).isTrue();
        assertThat(roles.hasRows(InputFile.SKILLS, "role-19999")).isFalse();
        assertThat(roles.hasRows(InputFile.DISTRIBUTIONS, "role-1")).isTrue();
        assertThat(roles.hasRows(InputFile.DISTRIBUTIONS, "role-0")).isFalse();
        assertThat(roles.hasRows(InputFile.RESPONSIBILITIES, "role-1")).isFalse();
        assertThat(roles.rowsOfRolesNotAccepted(InputFile.RESPONSIBILITIES)).isFalse();
    }

    @Test
    void rejectsDetailRowsThatNameNoRoleAndSaysWhichRoleIsUnknown() {
        // given
        roles.role(2, "clerk", false);

        // when
        Optional<Finding> known = roles.detailRow(InputFile.SKILLS, 2, "clerk");
        Optional<Finding> unknown = roles.detailRow(InputFile.SKILLS, 3, "cook");
        Optional<Finding> missing = roles.detailRow(InputFile.SKILLS, 4, null);
        Optional<Finding> elsewhere = roles.detailRow(InputFile.RESPONSIBILITIES, 7, "cook");
        roles.settle(List.of());

        // then
        assertThat(known).isEmpty();
        assertThat(missing).isEmpty();
        assertThat(unknown).hasValueSatisfying(f -> {
            assertThat(f.file()).isEqualTo("skills.csv");
            assertThat(f.line()).isEqualTo(3L);
            assertThat(f.rule()).isEqualTo(Rule.UNKNOWN_ROLE);
            assertThat(f.message()).isEqualTo("role_id cook is not in roles.csv");
        });
        assertThat(elsewhere).hasValueSatisfying(f -> assertThat(f.file()).isEqualTo("responsibilities.csv"));
        assertThat(roles.detailLinesToReject()).isEqualTo(Map.of(InputFile.SKILLS, List.of(3L, 4L),
                InputFile.RESPONSIBILITIES, List.of(7L)));
        assertThat(roles.rowsOfRolesNotAccepted(InputFile.SKILLS)).isFalse();
        assertThat(roles.hasRows(InputFile.SKILLS, "clerk")).isTrue();
        assertThat(roles.hasRows(InputFile.RESPONSIBILITIES, "clerk")).isFalse();
    }

    @Test
    void rejectsARoleWithAnErrorInAnyFileAndTheRowsOfEveryRoleNotAccepted() {
        // given
        roles.role(2, "clerk", false);
        roles.role(3, "nurse", false);
        roles.role(4, "cook", true);
        roles.role(5, "nurse", false);
        roles.detailRow(InputFile.DISTRIBUTIONS, 2, "clerk");
        roles.detailRow(InputFile.DISTRIBUTIONS, 3, "nurse");
        roles.detailRow(InputFile.DISTRIBUTIONS, 4, "ghost");
        roles.detailRow(InputFile.DISTRIBUTIONS, 5, "cook");
        roles.detailRow(InputFile.SKILLS, 2, "clerk");

        // when
        RoleSettlement.Settlement settlement = roles.settle(List.of("nurse", "cook", "", "ghost", "nurse"));
        List.of(2L, 3L, 5L).forEach(line -> roles.rowOfRoleNotAccepted(InputFile.DISTRIBUTIONS, line,
                line == 2 ? "clerk" : line == 3 ? "nurse" : "cook"));

        // then
        assertThat(settlement.rolesToReject()).containsExactly("nurse");
        assertThat(settlement.roleLinesToReject()).containsExactly(3L, 5L);
        assertThat(settlement.rolesNotAccepted()).containsExactlyInAnyOrder("nurse", "cook");
        assertThat(roles.rowsOfRolesNotAccepted(InputFile.DISTRIBUTIONS)).isTrue();
        assertThat(roles.rowsOfRolesNotAccepted(InputFile.SKILLS)).isFalse();
        assertThat(roles.detailLinesToReject()).isEqualTo(Map.of(InputFile.DISTRIBUTIONS, List.of(3L, 4L, 5L)));
        assertThat(roles.accepted(roles.number("clerk"))).isTrue();
        assertThat(roles.accepted(roles.number("nurse"))).isFalse();
        assertThat(roles.accepted(roles.number("ghost"))).isFalse();
        assertThat(roles.acceptedNumber("cook")).isEqualTo(-1);
    }

    @Test
    void readsTheDetailRowsBeforeTheRolesAreSettled() {
        // given
        roles.role(2, "clerk", false);
        roles.settle(List.of());

        // when // then
        assertThatThrownBy(() -> roles.detailRow(InputFile.SKILLS, 2, "clerk")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void skipsTheComparisonsOfARejectedRoleNamingTheErrorThatRejectedIt() {
        // given
        roles.role(2, "clerk", false);
        roles.role(3, "nurse", false);
        roles.role(4, "cook", false);
        roles.settle(List.of("nurse"));
        List<String> asked = new ArrayList<>();
        ComparisonCheck check = roles.comparisons(Set.of(), role -> {
            asked.add(role);
            return "roles.csv line 3: average_salary is not a number";
        });

        // when
        check.comparison(2, "clerk", "nurse");
        check.comparison(3, "nurse", "cook");

        // then
        assertThat(check.skippedLines()).containsExactly(2L, 3L);
        assertThat(check.rejectedLines()).isEmpty();
        assertThat(asked).containsExactly("nurse");
        assertThat(check.findings()).extracting(Finding::column).containsExactly("right_role_id", "left_role_id");
        assertThat(check.findings()).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo(Rule.ROLE_REJECTED);
            assertThat(f.file()).isEqualTo("comparisons.csv");
            assertThat(f.message()).isEqualTo("comparison skipped: role nurse was rejected"
                    + " (roles.csv line 3: average_salary is not a number)");
        });
    }

    @Test
    void rejectsAComparisonOfAnUnknownRoleOrWithAnErrorOfItsOwn() {
        // given
        roles.role(2, "clerk", false);
        roles.role(3, "nurse", false);
        roles.settle(List.of());
        ComparisonCheck check = roles.comparisons(Set.of(4L), role -> null);

        // when
        check.comparison(2, "clerk", "ghost");
        check.comparison(3, "phantom", "ghost");
        check.comparison(4, "clerk", "nurse");
        check.comparison(5, "clerk", "nurse");

        // then
        assertThat(check.rejectedLines()).containsExactly(2L, 3L, 4L);
        assertThat(check.skippedLines()).isEmpty();
        assertThat(check.findings()).extracting(Finding::line, Finding::column, Finding::message).containsExactly(
                tuple(2L, "right_role_id", "right_role_id ghost is not in roles.csv"),
                tuple(3L, "left_role_id", "left_role_id phantom is not in roles.csv"),
                tuple(3L, "right_role_id", "right_role_id ghost is not in roles.csv"));
    }

    @Test
    void skipsAPairListedAgainInTheSameOrderButKeepsItInTheOtherOrder() {
        // given
        roles.role(2, "clerk", false);
        roles.role(3, "nurse", false);
        roles.settle(List.of());
        ComparisonCheck check = roles.comparisons(Set.of(), role -> null);

        // when
        check.comparison(2, "clerk", "nurse");
        check.comparison(3, "nurse", "clerk");
        check.comparison(4, "clerk", "nurse");

        // then
        assertThat(check.skippedLines()).containsExactly(4L);
        assertThat(check.findings()).extracting(Finding::line, Finding::rule, Finding::severity).containsExactly(
                tuple(3L, Rule.DUPLICATE_COMPARISON, Severity.WARNING),
                tuple(4L, Rule.DUPLICATE_COMPARISON, Severity.WARNING));
        assertThat(check.findings().get(0).message()).endsWith("already listed on line 2 in the other order; both reports are written");
        assertThat(check.findings().get(1).message()).endsWith("already listed on line 2; it is reported once");
    }

    @Test
    void skipsAComparisonWhoseReportWouldOverwriteAnEarlierPairsReport() {
        // given
        roles.role(2, "a-vs-b", false);
        roles.role(3, "c", false);
        roles.role(4, "a", false);
        roles.role(5, "b-vs-c", false);
        roles.settle(List.of());
        ComparisonCheck check = roles.comparisons(Set.of(), role -> null);

        // when
        check.comparison(2, "a-vs-b", "c");
        check.comparison(3, "a", "b-vs-c");

        // then
        assertThat(check.skippedLines()).containsExactly(3L);
        assertThat(check.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.REPORT_NAME_COLLISION);
            assertThat(f.message()).startsWith("the report a-vs-b-vs-c.pdf would overwrite the report of line 2 (a-vs-b / c)");
        });
    }

    @Test
    void listsUnknownRolesThenRejectedRolesThenDuplicates() {
        // given
        roles.role(2, "clerk", false);
        roles.role(3, "nurse", false);
        roles.role(4, "cook", false);
        roles.settle(List.of("cook"));
        ComparisonCheck check = roles.comparisons(Set.of(), role -> null);

        // when
        check.comparison(2, "clerk", "nurse");
        check.comparison(3, "clerk", "nurse");
        check.comparison(4, "clerk", "cook");
        check.comparison(5, "ghost", "nurse");

        // then
        assertThat(check.findings()).extracting(Finding::rule)
                .containsExactly(Rule.UNKNOWN_ROLE, Rule.ROLE_REJECTED, Rule.DUPLICATE_COMPARISON);
        assertThat(check.findings().get(1).message()).isEqualTo("comparison skipped: role cook was rejected (see its findings)");
    }

    @Test
    void checksComparisonsOnlyAfterTheRolesAreSettled() {
        // given
        roles.role(2, "clerk", false);

        // when // then
        assertThatThrownBy(() -> roles.comparisons(Set.of(), role -> null)).isInstanceOf(IllegalStateException.class);
    }
}
