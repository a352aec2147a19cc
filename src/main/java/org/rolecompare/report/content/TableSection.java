package org.rolecompare.report.content;

import java.util.List;

/**
 * A section comparing figures side by side (overview, salary, education, demographics): a heading,
 * a table with a label column and one column per role (headed by {@link ReportContent#leftName()}
 * and {@link ReportContent#rightName()}), a note under it, and the charts that follow it.
 *
 * <p>Only rows known for at least one role are in {@code rows}; rows unknown for both, and a role
 * with no value in the whole table, are named in {@code note} instead.
 *
 * @param id      see {@link Section#id()}
 * @param name    the short name, e.g. "Overview"
 * @param heading the heading shown, e.g. "Patient Relations Manager vs Patient Account Manager overview"
 * @param rows    the rows shown, in order
 * @param note    the note under the table, or {@code null}
 * @param charts  the charts under the table and its note, in order; may be empty
 */
public record TableSection(String id, String name, String heading, List<Row> rows, String note, List<Chart> charts)
        implements Section {

    /**
     * One row: its label and each role's value as shown ("$43,633", "-" when unknown). A value may
     * hold several lines separated by {@code \n}, one per category ("Male, 20.8%\nFemale, 79.2%").
     */
    public record Row(String label, String left, String right) {
    }

    public TableSection {
        rows = List.copyOf(rows);
        charts = List.copyOf(charts);
    }

    @Override
    public List<String> names() {
        return List.of(name);
    }
}
