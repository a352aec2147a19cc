package org.rolecompare.report.content;

import java.time.LocalDate;
import java.util.List;

import org.rolecompare.compare.ComparisonMetrics;
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
 * @param title                 "L vs R", the roles' official titles; also the PDF's running header and metadata title
 * @param summaryName           the short name of the summary ("Summary"), as the PDF's first outline entry
 * @param leftName              the left role's display title: the column header of every table, the chart legends
 * @param rightName             the right role's display title
 * @param reportDate            the run date as shown ("2026-11-27")
 * @param subtitle              the line under the title: "Report date: 2026-11-27  ·  Source: role data feed"
 * @param changeNote            what changed since the previous run, shown under the subtitle, or {@code null}
 * @param narrative             the paragraphs under the subtitle
 * @param keyDifferencesHeading the caption of the key differences box ("Key differences")
 * @param keyDifferences        the facts of the box, at most five; empty means no box
 * @param coverageNote          what the data lacks for which role, shown under the box, or {@code null}
 * @param sections              the sections, in order
 * @param aboutHeading          the heading of the closing block ("About these numbers")
 * @param about                 the text of the closing block
 */
public record ReportContent(String title, String summaryName, String leftName, String rightName, String reportDate,
                            String subtitle, String changeNote, List<String> narrative, String keyDifferencesHeading,
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
     * @param changeNote what changed since the previous run, or {@code null}
     */
    public static ReportContent of(RoleProfile left, RoleProfile right, ComparisonMetrics metrics, LocalDate runDate,
                                   String dataSource, String dataAsOf, String changeNote) {
        throw new UnsupportedOperationException("not built yet");
    }
}
