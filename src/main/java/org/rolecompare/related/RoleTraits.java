package org.rolecompare.related;

import java.util.List;

import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.Skill;

/**
 * What the similarity of two roles is computed from: the role's skills (with their shares where
 * the source gives them), its responsibilities, its most common degree and major, and its average
 * salary. The rest of a profile (demographics, descriptions, cities) does not say what a role
 * <em>is</em>, so it is left out; holding only this keeps 150,000 roles small in memory.
 *
 * @param degree the most common degree, or {@code null}
 * @param major the most common major, or {@code null}
 */
public record RoleTraits(String id, List<Skill> skills, List<String> responsibilities, String degree, String major,
                         double averageSalary) {

    public RoleTraits {
        skills = List.copyOf(skills);
        responsibilities = List.copyOf(responsibilities);
    }

    public static RoleTraits of(RoleProfile profile) {
        return new RoleTraits(profile.role().id(), profile.skills(), profile.responsibilities(), profile.role().commonDegree(),
                profile.role().commonMajor(), profile.role().averageSalary());
    }
}
