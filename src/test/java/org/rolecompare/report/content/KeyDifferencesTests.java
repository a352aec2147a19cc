package org.rolecompare.report.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.compare.PinnedLocale;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.SeedProfiles;

/** The facts of the report's "Key differences" box ({@link KeyDifferences}). */
@ExtendWith(PinnedLocale.class)
class KeyDifferencesTests {

    @Test
    void givesTheSeedPairsFiveMostImportantFacts() {
        // given
        RoleProfile left = SeedProfiles.patientRelationsManager();
        RoleProfile right = SeedProfiles.patientAccountManager();

        // when
        List<String> facts = facts(left, right);

        // then
        assertThat(facts).containsExactly(
                "Patient Account Manager pays 62.2% more ($27,144 a year)",
                "Patient Account Manager grows (28%) while Patient Relations Manager shrinks (-4%)",
                "Patient Account Manager takes 2 more years to become",
                "2 of 10 top skills shared",
                "Patient Account Manager has 97.2% more jobs");
    }

    @Test
    void namesTheLeftRoleWhenItLeads() {
        // given
        RoleProfile left = SeedProfiles.patientAccountManager();
        RoleProfile right = SeedProfiles.patientRelationsManager();

        // when
        List<String> facts = facts(left, right);

        // then
        assertThat(facts).startsWith(
                "Patient Account Manager pays 62.2% more ($27,144 a year)",
                "Patient Account Manager grows (28%) while Patient Relations Manager shrinks (-4%)",
                "Patient Account Manager takes 2 more years to become");
    }

    @Test
    void leavesOutFactsWhoseInputsAreUnknown() {
        // given
        RoleProfile left = SeedProfiles.minimal("clerk", "Clerk", 30000);
        RoleProfile right = SeedProfiles.minimal("judge", "Judge", 90000);

        // when
        List<String> facts = facts(left, right);

        // then
        assertThat(facts).containsExactly("Judge pays 200% more ($60,000 a year)");
    }

    @Test
    void saysEqualPayIsEqual() {
        // given
        RoleProfile left = SeedProfiles.minimal("clerk", "Clerk", 43633.2);
        RoleProfile right = SeedProfiles.minimal("typist", "Typist", 43633);

        // when
        List<String> facts = facts(left, right);

        // then
        assertThat(facts).containsExactly("Both pay $43,633 a year on average");
    }

    @Test
    void pluralTitlesTakePluralVerbs() {
        // given
        RoleProfile left = official("registered-nurses", "Registered Nurses", 86_070, 6.0, 3_000_000L);
        RoleProfile right = official("nurse-practitioners", "Nurse Practitioners", 121_610, 40.1, 300_000L);

        // when
        List<String> facts = facts(left, right);

        // then
        assertThat(facts).containsExactly(
                "Nurse Practitioners pay 41.3% more ($35,540 a year)",
                "Growth 34.1 pp higher for Nurse Practitioners",
                "Registered Nurses have 10 times as many jobs");
    }

    @Test
    void bothShrinkingIsNotCalledHigherGrowth() {
        // given
        RoleProfile left = official("fishing-workers", "Fishing and Hunting Workers", 39_070, -10.9, null);
        RoleProfile right = official("cooks-restaurant", "Cooks, Restaurant", 36_490, -9.5, null);

        // when
        List<String> facts = facts(left, right);

        // then
        assertThat(facts).contains("Cooks, Restaurant shrink 1.4 pp less (-9.5% vs -10.9%)")
                .noneMatch(fact -> fact.contains("higher for"));
    }

    @Test
    void growingAgainstShrinkingSaysBoth() {
        // given
        RoleProfile left = official("software-developers", "Software Developers", 132_270, 17.0, null);
        RoleProfile right = official("data-entry-keyers", "Data Entry Keyers", 38_900, -25.9, null);

        // when
        List<String> facts = facts(left, right);

        // then
        assertThat(facts).contains("Software Developers grow (17%) while Data Entry Keyers shrink (-25.9%)");
    }

    private static RoleProfile official(String id, String title, double salary, Double growth, Long jobs) {
        return new RoleProfile(new Role(id, title, null, null, salary, null, null, null, growth, jobs, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null), List.of(), List.of(), List.of());
    }

    private static List<String> facts(RoleProfile left, RoleProfile right) {
        return KeyDifferences.facts(left, right, MetricsCalculator.compute(left, right));
    }
}
