package org.rolecompare.report.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.rolecompare.compare.DisplayFormat;
import org.rolecompare.compare.RoleNames;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.Skill;

/**
 * The report's sections that list items per role: responsibilities, and skills as a ranked list per
 * role under a paired bar chart (when every share is known), with the skills both roles list marked
 * and named again in a closing "Shared skills" line.
 *
 * <p>The chart shows at most {@value ChartRows#MAX_CHART_ROWS} skills; the lists always give all of
 * them, so nothing is lost when the chart is cut.
 */
final class ListContents {

    private final ReportPair pair;

    ListContents(ReportPair pair) {
        this.pair = pair;
    }

    SectionDraft responsibilities() {
        boolean empty = pair.left().responsibilities().isEmpty() && pair.right().responsibilities().isEmpty();
        List<ListSection.RoleList> lists = new ArrayList<>();
        for (RoleProfile profile : pair.both()) {
            RoleNames names = pair.namesOf(profile);
            List<ListSection.Item> items = profile.responsibilities().stream().map(r -> new ListSection.Item(r, false)).toList();
            lists.add(new ListSection.RoleList(names.responsibilitiesHeading(), items,
                    items.isEmpty() ? "No responsibilities data for " + names.display() + "." : null));
        }
        String heading = pair.headingOf("Responsibilities");
        return new SectionDraft("Responsibilities", empty,
                id -> new ListSection(id, "Responsibilities", heading, false, null, lists, null, null, null));
    }

    SectionDraft skills() {
        boolean empty = pair.left().skills().isEmpty() && pair.right().skills().isEmpty();
        List<String> sharedSkills = pair.metrics().sharedSkills();
        Set<String> shared = sharedSkills.stream().map(Wording::key).collect(Collectors.toSet());
        List<Double> shares = new ArrayList<>();
        pair.both().forEach(p -> p.skills().forEach(s -> shares.add(s.share())));
        int decimals = DisplayFormat.percentDecimals(shares);
        PairedBars chart = null;
        if (pair.both().stream().flatMap(p -> p.skills().stream()).allMatch(s -> Wording.known(s.share()))) {
            List<PairedBars.Bar> bars = ChartRows.pairedRows(pair.left().skills(), pair.right().skills(), Skill::name,
                    Skill::share, shared, decimals);
            chart = new PairedBars(null, ChartRows.largest(bars), shared.isEmpty() ? null : "skill both roles list",
                    Wording.joined("Share of job postings naming each skill.",
                            ChartRows.shownNote(bars.size(), "skills", "the lists below give all")));
        }
        List<ListSection.RoleList> lists = List.of(rankedSkills(pair.left(), shared, decimals),
                rankedSkills(pair.right(), shared, decimals));
        String heading = pair.headingOf("Skills");
        String sharedText = sharedSkills.isEmpty() ? "none" : String.join(", ", sharedSkills);
        PairedBars shown = chart;
        return new SectionDraft("Skills", empty,
                id -> new ListSection(id, "Skills", heading, true, shown, lists, "shared", "Shared skills:", sharedText));
    }

    /** The role's skills as a numbered list in rank order, shared ones marked. */
    private ListSection.RoleList rankedSkills(RoleProfile profile, Set<String> shared, int decimals) {
        RoleNames names = pair.namesOf(profile);
        List<ListSection.Item> items = new ArrayList<>();
        int rank = 1;
        for (Skill skill : profile.skills()) {
            items.add(new ListSection.Item(rank++ + ". " + DisplayFormat.labelled(skill.name(), skill.share(), decimals),
                    shared.contains(Wording.key(skill.name()))));
        }
        return new ListSection.RoleList(names.skillsHeading(), items,
                items.isEmpty() ? "No skills data for " + names.display() + "." : null);
    }
}
