package org.rolecompare.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.rolecompare.compare.Skill;

/**
 * The search through the inverted index against the exact all-pairs answer, on families of roles
 * made here: roles of one family share a pool of skills and words, every role also lists a few
 * skills and words common to all families.
 */
class RelatedFinderTests {

    private static final List<String> COMMON_SKILLS = List.of("Communication Skills", "Microsoft Excel", "Customer Service",
            "Scheduling", "Reporting");

    /** {@code families} families of {@code size} roles; role ids are "fF-rR". */
    static List<RoleTraits> families(int families, int size, long seed) {
        Random random = new Random(seed);
        List<RoleTraits> roles = new ArrayList<>();
        for (int f = 0; f < families; f++) {
            List<String> pool = new ArrayList<>();
            for (int k = 0; k < 10; k++) {
                pool.add("Family " + f + " Skill " + k);
            }
            for (int r = 0; r < size; r++) {
                List<Skill> skills = new ArrayList<>();
                List<String> shuffled = new ArrayList<>(pool);
                java.util.Collections.shuffle(shuffled, random);
                for (int k = 0; k < 5; k++) {
                    skills.add(new Skill(shuffled.get(k), 5.0 + random.nextInt(30)));
                }
                skills.add(new Skill(COMMON_SKILLS.get(random.nextInt(COMMON_SKILLS.size())), 5.0 + random.nextInt(10)));
                List<String> duties = List.of("Prepare monthly reports on fam" + f + "word" + random.nextInt(6) + " matters.",
                        "Review fam" + f + "word" + random.nextInt(6) + " records and fam" + f + "word" + random.nextInt(6) + " files.");
                roles.add(new RoleTraits("f" + f + "-r" + r, skills, duties, random.nextBoolean() ? "Bachelor's" : "Master's",
                        "Major " + random.nextInt(4), 40_000 + random.nextInt(60_000)));
            }
        }
        return roles;
    }

    @Test
    void findsAtLeast95PercentOfTheExactTopFive() {
        // given 2,000 roles in 200 families
        RelatedFinder finder = RelatedFinder.of(families(200, 10, 1), 5, 0.0);

        // when
        List<RelatedRole> found = finder.find(2);
        List<RelatedRole> exact = finder.exact(2);

        // then
        Set<String> exactPairs = exact.stream().map(r -> r.roleId() + ">" + r.relatedRoleId()).collect(Collectors.toSet());
        long hits = found.stream().filter(r -> exactPairs.contains(r.roleId() + ">" + r.relatedRoleId())).count();
        assertThat(exact).hasSize(2_000 * 5);
        assertThat((double) hits / exact.size()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aRolesRelatedRolesComeFromItsFamily() {
        // given
        List<RelatedRole> found = RelatedFinder.of(families(100, 12, 2), 5, 0.2).find(1);

        // when
        long sameFamily = found.stream().filter(r -> family(r.roleId()).equals(family(r.relatedRoleId()))).count();

        // then
        assertThat(found).hasSizeGreaterThan(1_000);
        assertThat((double) sameFamily / found.size()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void theAnswerDoesNotDependOnTheNumberOfThreads() {
        // given
        RelatedFinder finder = RelatedFinder.of(families(50, 8, 3), 5, 0.1);

        // when / then
        assertThat(finder.find(3)).isEqualTo(finder.find(1));
    }

    @Test
    void tiesAreBrokenByRoleIdAndRanksCountFromOne() {
        // given three identical roles: b and c tie as a's related roles
        RoleTraits a = families(1, 1, 4).get(0);
        List<RoleTraits> roles = List.of(new RoleTraits("c", a.skills(), a.responsibilities(), a.degree(), a.major(), a.averageSalary()),
                new RoleTraits("a", a.skills(), a.responsibilities(), a.degree(), a.major(), a.averageSalary()),
                new RoleTraits("b", a.skills(), a.responsibilities(), a.degree(), a.major(), a.averageSalary()));

        // when
        Map<String, List<RelatedRole>> byRole = RelatedFinder.of(roles, 5, 0.2).find(1).stream()
                .collect(Collectors.groupingBy(RelatedRole::roleId));

        // then
        assertThat(byRole.get("a")).extracting(RelatedRole::relatedRoleId, RelatedRole::rank, RelatedRole::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b", 1, 1.0), org.assertj.core.groups.Tuple.tuple("c", 2, 1.0));
    }

    @Test
    void namesTheSharedSkillsWeightiestFirstAndSaysWhy() {
        // given two roles sharing two skills, one of them weightier
        RoleTraits a = new RoleTraits("a", List.of(new Skill("Patients", 39.0), new Skill("Patient Care", 11.0), new Skill("Rights", 2.0)),
                List.of("Scan and file medical records."), "Bachelor's Degree", "Nursing", 77_000);
        RoleTraits b = new RoleTraits("b", List.of(new Skill("patients", 22.0), new Skill("Patient care", 4.0), new Skill("Billing", 9.0)),
                List.of("Keep medical records of billing."), "Bachelor's Degree", "Business", 73_000);

        // when
        RelatedRole ab = RelatedFinder.of(List.of(a, b), 5, 0.0).find(1).get(0);

        // then
        assertThat(ab.sharedSkills()).containsExactly("Patients", "Patient Care");
        assertThat(ab.reason()).isEqualTo("2 shared skills; responsibilities share medical, record; same degree or major; salaries within 10%");
    }

    @Test
    void refusesSettingsOutOfRange() {
        // given / when / then
        assertThatThrownBy(() -> RelatedFinder.of(List.of(), 0, 0.2)).hasMessage("per-role must be at least 1, not 0");
        assertThatThrownBy(() -> RelatedFinder.of(List.of(), 5, 1.5)).hasMessage("min-score must be between 0 and 1, not 1.5");
    }

    private static String family(String id) {
        return id.substring(0, id.indexOf('-'));
    }

    @Test
    void rolesWithNothingToCompareHaveNoRelatedRoles() {
        // given a role with no skills, responsibilities or education
        RoleTraits empty = new RoleTraits("empty", List.of(), List.of(), null, null, 50_000);
        List<RoleTraits> roles = new ArrayList<>(families(3, 3, 5));
        roles.add(empty);

        // when
        Set<String> withRelated = new HashSet<>();
        RelatedFinder.of(roles, 5, 0.0).find(1).forEach(r -> withRelated.add(r.roleId()));

        // then
        assertThat(withRelated).doesNotContain("empty").hasSize(9);
    }
}
