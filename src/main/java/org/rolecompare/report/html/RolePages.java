package org.rolecompare.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rolecompare.compare.Breakdown;
import org.rolecompare.compare.CategoryShare;
import org.rolecompare.compare.DisplayFormat;
import org.rolecompare.compare.Narrative;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.RoleNames;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.Skill;
import org.rolecompare.files.ReportFiles;

/**
 * Makes the page model of one role from its profile: the facts with the labels and number formats
 * of the PDF report's tables ({@link DisplayFormat}), so a value reads the same on the role's page
 * as in its reports. A fact the data does not know is left out of its table and named once below
 * them, as the PDF does with rows unknown for both roles, rather than shown as a dash.
 */
final class RolePages {

    private RolePages() {
    }

    static RolePage of(RoleProfile profile, List<RoleDirectory.Comparison> comparisons, SiteRun run) {
        Role r = profile.role();
        RoleNames names = RoleNames.of(r);
        List<String> unknown = new ArrayList<>();
        List<RolePage.FactGroup> groups = new ArrayList<>();
        group(groups, unknown, "overview", "Overview",
                new Fact("Yearly salary", DisplayFormat.money(r.averageSalary())),
                new Fact("Hourly rate", DisplayFormat.hourly(r.hourlyRate())),
                new Fact("Salary range", DisplayFormat.openMoneyRange(r.salaryMin(), r.salaryMax())),
                new Fact("Growth rate", DisplayFormat.percent(r.growthRate())),
                new Fact("Number of jobs", DisplayFormat.count(r.jobCount())),
                new Fact("Job satisfaction", DisplayFormat.number(r.jobSatisfaction())),
                new Fact("Years of experience", DisplayFormat.number(r.yearsExperience())),
                new Fact("Years to become", DisplayFormat.years(r.yearsToBecome())));
        group(groups, unknown, "pay", "Where it pays most",
                new Fact("Highest paying city", DisplayFormat.text(r.highestPayingCity())),
                new Fact("Highest paying state", DisplayFormat.text(r.highestPayingState())),
                new Fact("Best paying company", DisplayFormat.text(r.bestPayingCompany())),
                new Fact("Best paying industry", DisplayFormat.text(r.bestPayingIndustry())));
        group(groups, unknown, "education", "Education",
                new Fact("Most common degree", DisplayFormat.labelled(r.commonDegree(), r.commonDegreeShare())),
                new Fact("Most common major", DisplayFormat.text(r.commonMajor())),
                new Fact("Most common college", DisplayFormat.text(r.commonCollege())));
        List<Fact> demographics = new ArrayList<>();
        demographics.add(new Fact("Average age", DisplayFormat.number(r.averageAge())));
        for (Breakdown b : profile.breakdowns()) {
            if (!b.categories().isEmpty()) {
                demographics.add(new Fact(Narrative.capitalise(b.dimension().trim()) + " ratio", categories(b)));
            }
        }
        demographics.add(new Fact("LGBT percentage", DisplayFormat.percent(r.lgbtShare())));
        group(groups, unknown, "demographics", "Demographics", demographics.toArray(Fact[]::new));
        List<Fact> skills = new ArrayList<>();
        for (Skill s : profile.skills()) {
            skills.add(new Fact(s.name().trim(), s.share() == null ? null : DisplayFormat.percent(s.share())));
        }
        String description = r.description() == null || r.description().isBlank() ? null : r.description().trim();
        String official = names.title().equals(names.display()) ? null : names.title();
        return new RolePage(r.id(), names.display(), official, names.whatDoesHeading(), description, groups,
                unknown.isEmpty() ? null : "Not in the data: " + String.join(", ", unknown) + ".",
                names.responsibilitiesHeading(), profile.responsibilities(), names.skillsHeading(), skills,
                links(r.id(), names.display(), comparisons, run), run);
    }

    /** Adds the group of the known facts, when any, and the labels of the unknown ones to {@code unknown}. */
    private static void group(List<RolePage.FactGroup> groups, List<String> unknown, String id, String heading, Fact... facts) {
        List<Fact> known = new ArrayList<>();
        for (Fact fact : facts) {
            if (DisplayFormat.UNKNOWN.equals(fact.value())) {
                unknown.add(inSentence(fact.label()));
            } else {
                known.add(fact);
            }
        }
        if (!known.isEmpty()) {
            groups.add(new RolePage.FactGroup(id, heading, known));
        }
    }

    /** A label inside a sentence: "hourly rate", but "LGBT percentage". */
    static String inSentence(String label) {
        boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
        return acronym ? label : label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }

    /** "Female 79.2%, Male 20.8%", each share as the PDF prints it. */
    private static String categories(Breakdown breakdown) {
        List<Double> shares = breakdown.categories().stream().map(CategoryShare::share).toList();
        int decimals = DisplayFormat.percentDecimals(shares);
        List<String> parts = new ArrayList<>();
        for (CategoryShare c : breakdown.categories()) {
            parts.add(c.category().trim() + " " + DisplayFormat.percent(c.share(), decimals));
        }
        return String.join(", ", parts);
    }

    /** The role's comparisons, each named as its report is, "Left vs Right", in the order of comparisons.csv. */
    private static List<Link> links(String id, String title, List<RoleDirectory.Comparison> comparisons, SiteRun run) {
        List<Link> links = new ArrayList<>(comparisons.size());
        for (RoleDirectory.Comparison c : comparisons) {
            String pair = c.leftId().equals(id) ? title + " vs " + c.otherTitle() : c.otherTitle() + " vs " + title;
            links.add(new Link(pair, "../" + SitePages.inSite(ReportFiles.pagePath(c.leftId(), c.rightId())),
                    run.pdfs() ? "../../" + ReportFiles.pdfPath(c.leftId(), c.rightId()) : null));
        }
        return links;
    }
}
