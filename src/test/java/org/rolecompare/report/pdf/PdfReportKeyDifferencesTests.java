package org.rolecompare.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.compare.PinnedLocale;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.SeedProfiles;

/** The facts of the report's "Key differences" box ({@link KeyDifferences}). */
@ExtendWith(PinnedLocale.class)
class PdfReportKeyDifferencesTests {

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
                "Growth 32 pp higher for Patient Account Manager",
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
                "Growth 32 pp higher for Patient Account Manager",
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

    private static List<String> facts(RoleProfile left, RoleProfile right) {
        return KeyDifferences.facts(left, right, MetricsCalculator.compute(left, right));
    }
}
