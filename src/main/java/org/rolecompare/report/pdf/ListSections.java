package org.rolecompare.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.lowagie.text.DocumentException;

import org.rolecompare.compare.DisplayFormat;
import org.rolecompare.compare.RoleNames;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.Skill;

/**
 * The report's sections that list items per role: responsibilities as bullets under each role, and
 * skills as a paired bar chart (when every share is known) over two ranked lists side by side,
 * with the skills both roles list in bold and named again in a closing "Shared skills" line.
 *
 * <p>The chart shows at most {@value ChartRows#MAX_CHART_ROWS} skills; the lists always give all of
 * them, so nothing is lost when the chart is cut.
 */
final class ListSections {

    private final ReportPair pair;
    private final ReportLayout layout;
    private final ReportStyles styles;

    ListSections(ReportPair pair, ReportLayout layout, ReportStyles styles) {
        this.pair = pair;
        this.layout = layout;
        this.styles = styles;
    }

    ReportSection responsibilities() {
        boolean empty = pair.left().responsibilities().isEmpty() && pair.right().responsibilities().isEmpty();
        return new ReportSection("Responsibilities", empty, () -> {
            layout.heading(pair.headingOf("Responsibilities"), "Responsibilities");
            for (RoleProfile profile : pair.both()) {
                RoleNames names = pair.namesOf(profile);
                layout.subheading(names.responsibilitiesHeading());
                if (profile.responsibilities().isEmpty()) {
                    layout.add(styles.body("No responsibilities data for " + names.display() + "."));
                }
                for (String responsibility : profile.responsibilities()) {
                    layout.add(styles.bullet(styles.text(responsibility, ReportStyles.BODY_SIZE, ReportStyles.TEXT)));
                }
            }
        });
    }

    ReportSection skills() {
        return new ReportSection("Skills", pair.left().skills().isEmpty() && pair.right().skills().isEmpty(), this::writeSkills);
    }

    private void writeSkills() throws DocumentException {
        RoleProfile left = pair.left();
        RoleProfile right = pair.right();
        List<String> sharedSkills = pair.metrics().sharedSkills();
        Set<String> shared = sharedSkills.stream().map(Wording::key).collect(Collectors.toSet());
        String heading = pair.headingOf("Skills");
        List<Double> shares = new ArrayList<>();
        pair.both().forEach(p -> p.skills().forEach(s -> shares.add(s.share())));
        int decimals = DisplayFormat.percentDecimals(shares);
        if (allSharesKnown()) {
            List<PairedBarChart.Row> rows = ChartRows.pairedRows(left.skills(), right.skills(), Skill::name, Skill::share, shared);
            ChartCanvas chart = new PairedBarChart(styles.fontInUse()).draw(layout.width(),
                    pair.leftNames().display(), pair.rightNames().display(), ChartRows.largest(rows),
                    shared.isEmpty() ? null : "skill both roles list", decimals);
            layout.keepSpace(layout.headingHeight(heading) + chart.height() + ReportLayout.CHART_EXTRAS);
            layout.add(styles.heading(heading, layout.anchor("Skills")));
            layout.addChart(null, chart, Wording.joined("Share of job postings naming each skill.",
                    ChartRows.shownNote(rows.size(), "skills", "the lists below give all")));
        }
        TableBlock lists = styles.listsTable(layout.width());
        lists.addRow(styles.headerCell(pair.leftNames().skillsHeading()), styles.headerCell(pair.rightNames().skillsHeading()));
        lists.addRow(styles.listCell(rankedSkills(left, shared, decimals)), styles.listCell(rankedSkills(right, shared, decimals)));
        float together = lists.totalHeight() + 30f;
        if (allSharesKnown()) {
            layout.keepTogether(together);
        } else {
            layout.keepTogether(layout.headingHeight(heading) + together);
            layout.add(styles.heading(heading, layout.anchor("Skills")));
        }
        layout.add(lists);
        String legend = sharedSkills.isEmpty() ? "none" : String.join(", ", sharedSkills);
        layout.add(TextBlock.of(14f, styles.bold("Shared skills: ", ReportStyles.BODY_SIZE, ReportStyles.TEXT))
                .append(styles.text(legend, ReportStyles.BODY_SIZE, ReportStyles.TEXT)).spacing(6f, 0f));
    }

    private boolean allSharesKnown() {
        return pair.both().stream().flatMap(p -> p.skills().stream()).allMatch(s -> Wording.known(s.share()));
    }

    /** The role's skills as a numbered list in rank order, shared ones in bold and tagged. */
    private List<TextBlock> rankedSkills(RoleProfile profile, Set<String> shared, int decimals) {
        List<TextBlock> lines = new ArrayList<>();
        if (profile.skills().isEmpty()) {
            lines.add(styles.listLine(styles.text("No skills data for " + pair.namesOf(profile).display() + ".",
                    ReportStyles.CELL_SIZE, ReportStyles.MUTED)));
        }
        int rank = 1;
        for (Skill skill : profile.skills()) {
            String text = rank++ + ". " + DisplayFormat.labelled(skill.name(), skill.share(), decimals);
            if (shared.contains(Wording.key(skill.name()))) {
                List<TextBlock.Span> line = new ArrayList<>(styles.bold(text, ReportStyles.CELL_SIZE, ReportStyles.TEXT));
                line.addAll(styles.text("  shared", ReportStyles.SMALL_SIZE, ReportStyles.MUTED));
                lines.add(styles.listLine(line));
            } else {
                lines.add(styles.listLine(styles.text(text, ReportStyles.CELL_SIZE, ReportStyles.TEXT)));
            }
        }
        return lines;
    }
}
