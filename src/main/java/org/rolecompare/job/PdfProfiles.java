package org.rolecompare.job;

import java.util.List;

import org.rolecompare.compare.Breakdown;
import org.rolecompare.compare.CategoryShare;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.Skill;
import org.rolecompare.validate.PdfText;

/**
 * A role profile as the PDF report shows it: every text value cut to its {@link PdfText} limit,
 * at a word boundary and with an ellipsis, so that rendering time stays linear however long the
 * input's text is (validation has already recorded a {@code pdf-text-length} warning for each cut
 * value). Only the PDF path uses it; the workbook reads the staged values whole.
 */
final class PdfProfiles {

    private PdfProfiles() {
    }

    static RoleProfile cut(RoleProfile profile) {
        Role r = profile.role();
        Role role = new Role(r.id(), cut(r.title(), "title"), cut(r.description(), "description"), r.yearsToBecome(),
                r.averageSalary(), r.hourlyRate(), r.salaryMin(), r.salaryMax(), r.growthRate(), r.jobCount(),
                r.jobSatisfaction(), cut(r.commonDegree(), "common_degree"), r.commonDegreeShare(),
                cut(r.commonMajor(), "common_major"), cut(r.commonCollege(), "common_college"), r.averageAge(),
                r.yearsExperience(), r.lgbtShare(), cut(r.highestPayingCity(), "highest_paying_city"),
                cut(r.highestPayingState(), "highest_paying_state"), cut(r.bestPayingCompany(), "best_paying_company"),
                cut(r.bestPayingIndustry(), "best_paying_industry"), cut(r.shortTitle(), "short_title"),
                cut(r.singularTitle(), "singular_title"));
        List<Breakdown> breakdowns = profile.breakdowns().stream()
                .map(b -> new Breakdown(cut(b.dimension(), "dimension"), b.categories().stream()
                        .map(c -> new CategoryShare(cut(c.category(), "category"), c.share())).toList()))
                .toList();
        List<Skill> skills = profile.skills().stream().map(s -> new Skill(cut(s.name(), "skill"), s.share())).toList();
        List<String> responsibilities = profile.responsibilities().stream().map(t -> cut(t, "responsibility")).toList();
        return new RoleProfile(role, breakdowns, skills, responsibilities);
    }

    private static String cut(String text, String column) {
        return PdfText.cut(text, column);
    }
}
