package org.rolecompare.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The roles of a run A–Z and each role's comparisons: the order ignores case and accents and is
 * total (ties by title, then id), titles not starting with a letter file under one initial, and a
 * comparison of a role that was not accepted is refused rather than linked to a page that is not there.
 */
class RoleDirectoryTests {

    @Test
    void ordersRolesByTitleIgnoringCaseAndAccentsThenById() {
        // given
        RoleDirectory directory = new RoleDirectory.Builder()
                .role("b2", "Baker")
                .role("a", "\u00e1rbol Worker")
                .role("b1", "Baker")
                .role("c", "  baking Lead")
                .role("x", "\u0416\u0443\u0440\u043d\u0430\u043b\u0438\u0441\u0442")
                .build();

        // then
        assertThat(directory.aToZ()).extracting(RoleDirectory.Entry::id).containsExactly("a", "b1", "b2", "c", "x");
        assertThat(directory.aToZ()).extracting(RoleDirectory.Entry::initial).containsExactly('a', 'b', 'b', 'b', RoleDirectory.OTHER);
    }

    @Test
    void listsARolesComparisonsAToZByTheOtherRoleWithThePairsOwnOrder() {
        // given
        RoleDirectory directory = new RoleDirectory.Builder()
                .role("nurse", "Nurse")
                .role("clerk", "Clerk")
                .role("admin", "Administrator")
                .comparison("nurse", "clerk")
                .comparison("admin", "nurse")
                .build();

        // when
        var comparisons = directory.comparisonsOf("nurse");

        // then
        assertThat(comparisons).containsExactly(new RoleDirectory.Comparison("admin", "nurse", "Administrator"),
                new RoleDirectory.Comparison("nurse", "clerk", "Clerk"));
        assertThat(directory.entry("nurse").comparisons()).isEqualTo(2);
        assertThat(directory.entry("clerk").comparisons()).isEqualTo(1);
        assertThat(directory.comparisons()).isEqualTo(2);
    }

    @Test
    void refusesAComparisonOfARoleThatWasNotAccepted() {
        // given
        RoleDirectory.Builder builder = new RoleDirectory.Builder().role("nurse", "Nurse");

        // then
        assertThatThrownBy(() -> builder.comparison("nurse", "ghost")).hasMessage("comparison of ghost, which is not an accepted role");
        assertThatThrownBy(() -> builder.role("nurse", "Nurse again")).hasMessage("role nurse added twice");
    }
}
