package org.rolecompare.report.html;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.files.RunFacts;

/** Helpers of the web page tests: pages parsed as a browser parses them, and small runs to render. */
final class Pages {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 27);
    static final SiteRun RUN = new SiteRun(RUN_DATE, "nightly", true);

    private Pages() {
    }

    static Document parse(byte[] page) {
        return Jsoup.parse(new String(page, StandardCharsets.UTF_8));
    }

    static List<String> texts(Document page, String cssQuery) {
        return page.select(cssQuery).eachText();
    }

    /** The cells of a table row as read: its header cell, then its data cells. */
    static List<String> row(Element table, String label) {
        for (Element tr : table.select("tbody tr")) {
            if (tr.child(0).text().equals(label)) {
                return tr.children().eachText();
            }
        }
        throw new AssertionError("no row " + label + " in " + table);
    }

    static RunFacts facts(long rolesAccepted, long comparisons) {
        return new RunFacts(RUN_DATE, "nightly", "/srv/feed", List.of(), rolesAccepted + 1, rolesAccepted, 1, comparisons + 2, comparisons,
                1, 1, 1, 2, 3, List.of());
    }

    /** The profile with its role's title replaced. */
    static RoleProfile titled(RoleProfile profile, String title) {
        Role r = profile.role();
        Role role = new Role(r.id(), title, r.description(), r.yearsToBecome(), r.averageSalary(), r.hourlyRate(), r.salaryMin(),
                r.salaryMax(), r.growthRate(), r.jobCount(), r.jobSatisfaction(), r.commonDegree(), r.commonDegreeShare(),
                r.commonMajor(), r.commonCollege(), r.averageAge(), r.yearsExperience(), r.lgbtShare(), r.highestPayingCity(),
                r.highestPayingState(), r.bestPayingCompany(), r.bestPayingIndustry(), r.shortTitle(), r.singularTitle());
        return new RoleProfile(role, profile.breakdowns(), profile.skills(), profile.responsibilities());
    }
}
