package org.rolecompare.report.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.rolecompare.compare.ComparisonMetrics;
import org.rolecompare.compare.Narrative;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.RoleNames;
import org.rolecompare.compare.RoleProfile;

/**
 * Everything one comparison report says, in the order it says it, with every word and number
 * formatted as shown: the summary (title, subtitle, change line, narrative, key differences, what
 * the data lacks), the sections, and the closing "About these numbers".
 *
 * <p>Why a model of its own: the PDF and the web page of a comparison must show the same sections,
 * numbers and sentences. What a report says (which rows, which notes, which headings, how roles are
 * named, which sections collapse into one line) is decided here once, and each format only lays
 * it out. Text is as the data gives it apart from the title, which has no control characters
 * ({@link PlainText#printable}); a renderer makes text safe for its format.
 *
 * <p>Made to read right on real data, which is sparse: a table row unknown for both roles is left
 * out and named in one note under its table; consecutive sections with no data for either role
 * collapse into one {@link AbsentSection}; a salary range known at one end only is open-ended.
 * Section headings repeat the pair title as the seed page does, unless the pair title is long, when
 * they are just "Overview", "Salary", ...; roles are named through
 * {@link RoleNames}.
 *
 * @param title                 "L vs R", the roles' official titles; also the PDF's running header and metadata title
 * @param summaryName           the short name of the summary ("Summary"), as the PDF's first outline entry
 * @param leftName              the left role's display title: the column header of every table, the chart legends
 * @param rightName             the right role's display title
 * @param reportDate            the run date as shown ("2026-11-27")
 * @param subtitle              the line under the title: "Report date: 2026-11-27  ·  Source: role data feed"
 * @param relatedNote           how related the two roles are, shown under the subtitle ("Related: 0.71 — shared skills
 *                              Patients, Patient Care"), or {@code null} when the pair has no related score
 * @param changeNote            what changed since the previous run, shown under the subtitle (and the related line), or
 *                              {@code null}
 * @param narrative             the paragraphs under the subtitle
 * @param keyDifferencesHeading the caption of the key differences box ("Key differences")
 * @param keyDifferences        the facts of the box, at most five; empty means no box
 * @param coverageNote          what the data lacks for which role, shown under the box, or {@code null}
 * @param sections              the sections, in order
 * @param aboutHeading          the heading of the closing block ("About these numbers")
 * @param about                 the text of the closing block
 */
public record ReportContent(String title, String summaryName, String leftName, String rightName, String reportDate,
                            String subtitle, String relatedNote, String changeNote, List<String> narrative, String keyDifferencesHeading,
                            List<String> keyDifferences, String coverageNote, List<Section> sections, String aboutHeading,
                            String about) {

    public ReportContent {
        narrative = List.copyOf(narrative);
        keyDifferences = List.copyOf(keyDifferences);
        sections = List.copyOf(sections);
    }

    /**
     * What the report of the pair says.
     *
     * @param metrics    the pair's metrics, computed from {@code left} and {@code right}
     * @param runDate    the date the report is for
     * @param dataSource where the data comes from ("Source: role data feed"), or {@code null} or blank
     * @param dataAsOf   the ISO date the data is as of, or {@code null} or blank
     * @param notes      the related line and the change line, either or both absent; {@code null} for neither
     */
    public static ReportContent of(RoleProfile left, RoleProfile right, ComparisonMetrics metrics, LocalDate runDate,
                                   String dataSource, String dataAsOf, ReportNotes notes) {
        Objects.requireNonNull(runDate, "runDate");
        ReportNotes lines = notes == null ? ReportNotes.NONE : notes;
        String source = Wording.blank(dataSource) ? null : dataSource;
        String asOf = Wording.blank(dataAsOf) ? null : dataAsOf.trim();
        ReportPair pair = ReportPair.of(left, right, metrics);
        TableContents tables = new TableContents(pair);
        ListContents lists = new ListContents(pair);
        SectionIds ids = new SectionIds();
        List<Section> sections = new ArrayList<>();
        sections.add(shown(tables.overview(), ids));
        sections.addAll(descriptions(pair, ids));
        sections.add(shown(tables.salary(), ids));
        sections.addAll(collapsed(List.of(tables.education(), tables.demographics(), lists.responsibilities(), lists.skills()),
                ids));
        String date = runDate.toString();
        return new ReportContent(pair.versus(), "Summary", pair.leftNames().display(), pair.rightNames().display(), date,
                "Report date: " + date + (source == null ? "" : "  \u00b7  " + source), lines.related(), lines.change(),
                Narrative.paragraphs(left, right, pair.leftNames(), pair.rightNames()), "Key differences",
                KeyDifferences.facts(left, right, metrics, pair.leftNames(), pair.rightNames()),
                DataGaps.coverage(pair), sections, "About these numbers", about(source, asOf));
    }

    private static Section shown(SectionDraft draft, SectionIds ids) {
        return draft.withId().apply(ids.next(draft.name()));
    }

    /** The sections in order, each run of sections without data for either role collapsed into one {@link AbsentSection}. */
    private static List<Section> collapsed(List<SectionDraft> drafts, SectionIds ids) {
        List<Section> sections = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (SectionDraft draft : drafts) {
            if (draft.empty()) {
                absent.add(draft.name());
                continue;
            }
            addAbsent(sections, absent, ids);
            sections.add(shown(draft, ids));
        }
        addAbsent(sections, absent, ids);
        return sections;
    }

    /** "No education, demographics or skills data for either role.", standing for the sections named; then clears the names. */
    private static void addAbsent(List<Section> sections, List<String> names, SectionIds ids) {
        if (names.isEmpty()) {
            return;
        }
        List<String> lowerCase = names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
        sections.add(new AbsentSection(ids.next(names.get(0)), names,
                "No " + Wording.list(lowerCase, "or") + " data for either role."));
        names.clear();
    }

    /** What each role does; when neither has a description, one line says so. */
    private static List<Section> descriptions(ReportPair pair, SectionIds ids) {
        Role l = pair.left().role();
        Role r = pair.right().role();
        String leftHeading = pair.leftNames().whatDoesHeading();
        String rightHeading = pair.rightNames().whatDoesHeading();
        if (Wording.blank(l.description()) && Wording.blank(r.description())) {
            return List.of(new AbsentSection(ids.next(leftHeading), List.of(leftHeading, rightHeading),
                    "No description of either role."));
        }
        return List.of(description(l, pair.leftNames(), ids), description(r, pair.rightNames(), ids));
    }

    private static Section description(Role role, RoleNames names, SectionIds ids) {
        String heading = names.whatDoesHeading();
        String text = role.description();
        return new TextSection(ids.next(heading), heading, heading, Wording.blank(text) ? "No description available." : text.trim());
    }

    /**
     * The closing "About these numbers": what the figures mean, and the source and as-of date of the
     * data where known (nothing about the source when it is not).
     */
    private static String about(String dataSource, String dataAsOf) {
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
        return text.toString();
    }
}
