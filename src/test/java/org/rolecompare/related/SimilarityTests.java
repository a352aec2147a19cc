package org.rolecompare.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rolecompare.compare.Skill;

/** The score's promises on hand-made roles: identical 1, nothing shared 0, symmetric, missing data left out. */
class SimilarityTests {

    private static RoleTraits nurse(String id) {
        return new RoleTraits(id, List.of(new Skill("Patient Care", 40.0), new Skill("Medication Administration", 20.0),
                new Skill("Charting", 10.0)), List.of("Give medication to patients and record it in their charts.",
                "Monitor vital signs of patients after surgery."), "Bachelor's Degree", "Nursing", 77_000);
    }

    private static RoleTraits welder(String id) {
        return new RoleTraits(id, List.of(new Skill("Arc Welding", 50.0), new Skill("Blueprint Reading", 25.0)),
                List.of("Weld steel beams on construction sites.", "Inspect joints against blueprints."),
                "High School Diploma", "Metalwork", 48_000);
    }

    private static Similarity.Parts parts(RoleTraits a, RoleTraits b, RoleTraits... others) {
        List<RoleTraits> all = new java.util.ArrayList<>(List.of(a, b));
        all.addAll(List.of(others));
        FeatureIndex index = FeatureIndex.of(all);
        return Similarity.parts(index.role(0), index.role(1));
    }

    @Test
    void identicalRolesScoreOne() {
        // given two roles with the same data under different ids
        // when
        Similarity.Parts parts = parts(nurse("a"), nurse("b"), welder("c"));

        // then
        assertThat(parts.score()).isEqualTo(1.0);
        assertThat(parts.skills()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void rolesSharingNothingScoreZeroWhateverTheyPay() {
        // given a nurse and a welder: no skill, word, degree or major in common
        // when
        Similarity.Parts parts = parts(nurse("a"), welder("b"));

        // then
        assertThat(parts.skills()).isZero();
        assertThat(parts.responsibilities()).isZero();
        assertThat(parts.education()).isZero();
        assertThat(parts.score()).isZero();
    }

    @Test
    void theScoreIsSymmetric() {
        // given two partly alike roles
        RoleTraits a = nurse("a");
        RoleTraits b = new RoleTraits("b", List.of(new Skill("Patient Care", 10.0), new Skill("Scheduling", 30.0)),
                List.of("Schedule patients for surgery."), "Associate Degree", "Nursing", 52_000);

        // when
        FeatureIndex index = FeatureIndex.of(List.of(a, b, welder("c")));
        double ab = Similarity.score(index.role(0), index.role(1));
        double ba = Similarity.score(index.role(1), index.role(0));

        // then
        assertThat(ab).isEqualTo(ba).isBetween(0.0, 1.0).isNotIn(0.0, 1.0);
    }

    @Test
    void aComponentUnknownForEitherRoleIsLeftOutNotCountedAsADifference() {
        // given the same skills, but one role without responsibilities or education
        RoleTraits full = nurse("a");
        RoleTraits bare = new RoleTraits("b", full.skills(), List.of(), null, null, full.averageSalary());

        // when
        Similarity.Parts parts = parts(full, bare, welder("c"));

        // then only skills count, and they are the same
        assertThat(parts.responsibilities()).isNaN();
        assertThat(parts.education()).isNaN();
        assertThat(parts.score()).isEqualTo(1.0);
    }

    @Test
    void skillsWithoutSharesCountByPresence() {
        // given the same three skills, with shares on one role and none on the other
        RoleTraits withShares = nurse("a");
        RoleTraits ranked = new RoleTraits("b", withShares.skills().stream().map(s -> new Skill(s.name(), null)).toList(),
                withShares.responsibilities(), withShares.degree(), withShares.major(), withShares.averageSalary());

        // when
        Similarity.Parts parts = parts(withShares, ranked, welder("c"));

        // then alike, but not identical: the shares weigh Patient Care more on one side
        assertThat(parts.skills()).isBetween(0.8, 0.999);
    }

    @Test
    void payScalesTheScoreBetweenFourFifthsAndAll() {
        // given the same role at the same pay and at three times the pay
        RoleTraits a = nurse("a");
        RoleTraits richer = new RoleTraits("b", a.skills(), a.responsibilities(), a.degree(), a.major(), 3 * a.averageSalary());

        // when
        Similarity.Parts parts = parts(a, richer, welder("c"));

        // then
        assertThat(parts.salary()).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(parts.score()).isEqualTo(0.8);
    }
}
