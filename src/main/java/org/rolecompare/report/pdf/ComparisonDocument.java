package org.rolecompare.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfWriter;

import org.rolecompare.compare.ComparisonMetrics;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.RoleNames;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.report.content.PlainText;

/**
 * Writes the sections of one comparison report into an open document, in the order of the seed
 * page: title, narrative, key differences and what the data lacks, overview, what each role does,
 * salary, education, demographics, responsibilities, skills, and a short "About these numbers".
 *
 * <p>Made to read right on real data, which is sparse: a table row unknown for both roles is left
 * out and named in one note under its table; consecutive sections with no data for either role
 * collapse into one line; a salary range known at one end is shown open-ended. Section headings
 * repeat the pair title as the seed page does, unless the pair title is long, when they are just
 * "Overview", "Salary", ... (the full title stays at the top and in the running header). Roles are
 * named through {@link RoleNames}. Every section gets an outline entry, a collapsed one too.
 *
 * <p>This class writes the summary (title, narrative, key differences), the descriptions and the
 * closing note, and decides the order of the sections; the tables are written by
 * {@link TableSections}, the lists by {@link ListSections}, and the page breaks are decided by
 * {@link ReportLayout}. One instance per render; it holds no state beyond that render.
 */
final class ComparisonDocument {

    private final ReportLayout layout;
    private final ReportStyles styles;
    private final ReportPair pair;
    private final TableSections tables;
    private final ListSections lists;

    ComparisonDocument(PageFlow flow, PdfWriter writer, ReportStyles styles,
                       RoleProfile left, RoleProfile right, ComparisonMetrics metrics) {
        this.layout = new ReportLayout(flow, writer, styles);
        this.styles = styles;
        this.pair = ReportPair.of(left, right, metrics, title(left, right));
        this.tables = new TableSections(pair, layout, styles);
        this.lists = new ListSections(pair, layout, styles);
    }

    /** The report's title, "L vs R", also used for the running header and metadata. */
    static String title(RoleProfile left, RoleProfile right) {
        return PlainText.printable(left.role().title().trim() + " vs " + right.role().title().trim());
    }

    /**
     * Writes the report; {@code narrative} holds the paragraphs of
     * {@link org.rolecompare.compare.Narrative#paragraphs} for the pair, {@code dataSource} and
     * {@code dataAsOf} may be {@code null}.
     */
    void write(String reportDate, String dataSource, String dataAsOf, String changeNote, List<String> narrative)
            throws DocumentException {
        layout.add(styles.title(pair.versus(), layout.anchor("Summary")));
        TextBlock subtitle = styles.note("Report date: " + reportDate + (dataSource == null ? "" : "  \u00b7  " + dataSource));
        layout.add(subtitle.spacing(0f, changeNote == null ? 10f : 2f));
        if (changeNote != null) {
            layout.add(styles.note(changeNote).spacing(0f, 10f));
        }
        for (String paragraph : narrative) {
            layout.add(styles.body(paragraph));
        }
        List<String> facts = KeyDifferences.facts(pair.left(), pair.right(), pair.metrics());
        if (!facts.isEmpty()) {
            layout.add(styles.box("Key differences", facts, layout.width()));
        }
        String coverage = DataGaps.coverage(pair);
        if (coverage != null) {
            layout.add(styles.note(coverage).spacing(2f, 2f));
        }
        tables.overview();
        descriptions();
        tables.salary();
        writeSections(List.of(tables.education(), tables.demographics(), lists.responsibilities(), lists.skills()));
        about(dataSource, dataAsOf);
    }

    /** Writes the sections in order; each run of sections without data for either role becomes one line. */
    private void writeSections(List<ReportSection> sections) throws DocumentException {
        List<ReportSection> absent = new ArrayList<>();
        for (ReportSection section : sections) {
            if (section.empty()) {
                absent.add(section);
                continue;
            }
            absent(absent);
            absent.clear();
            section.body().write();
        }
        absent(absent);
    }

    /** "No education, demographics or skills data for either role.", with each section's outline entry pointing at it. */
    private void absent(List<ReportSection> sections) throws DocumentException {
        if (sections.isEmpty()) {
            return;
        }
        List<String> names = sections.stream().map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
        layout.keepSpace(ReportLayout.HEADING_SPACE);
        layout.add(styles.absent("No " + Wording.list(names, "or") + " data for either role.",
                layout.anchor(sections.stream().map(ReportSection::name).toArray(String[]::new))));
    }

    /** What each role does; when neither has a description, one line says so. */
    private void descriptions() throws DocumentException {
        if (Wording.blank(pair.left().role().description()) && Wording.blank(pair.right().role().description())) {
            layout.keepSpace(ReportLayout.HEADING_SPACE);
            layout.add(styles.absent("No description of either role.",
                    layout.anchor(pair.leftNames().whatDoesHeading(), pair.rightNames().whatDoesHeading())));
            return;
        }
        description(pair.left().role(), pair.leftNames());
        description(pair.right().role(), pair.rightNames());
    }

    private void description(Role role, RoleNames names) throws DocumentException {
        String heading = names.whatDoesHeading();
        layout.heading(heading, heading);
        String text = role.description();
        layout.add(styles.body(Wording.blank(text) ? "No description available." : text.trim()));
    }

    /**
     * The closing "About these numbers" block in small type, kept together: what the figures mean,
     * and the source and as-of date of the data where known (nothing about the source when it is not).
     */
    private void about(String dataSource, String dataAsOf) throws DocumentException {
        StringBuilder text = new StringBuilder()
                .append("Growth rate: the projected change in jobs over the source's projection period (typically ten")
                .append(" years), as given in the data. pp: percentage points, the difference between two percentages.")
                .append(" Salaries: yearly averages (not medians) in US dollars; hourly: per hour. Unknown values are left out.");
        String origin = dataSource == null ? null : dataSource.trim().replaceAll("[.\\s]+$", "");
        if (origin != null) {
            text.append(' ').append(origin).append(dataAsOf == null ? "." : "; data as of " + dataAsOf + ".");
        } else if (dataAsOf != null) {
            text.append(" Data as of ").append(dataAsOf).append('.');
        }
        TextBlock body = styles.note(text.toString());
        layout.keepSpace(layout.height(styles.smallHeading("About these numbers", null)) + layout.height(body));
        layout.add(styles.smallHeading("About these numbers", layout.anchor("About these numbers")));
        layout.add(body);
    }
}
