package org.rolecompare.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.rolecompare.compare.DisplayFormat;
import org.rolecompare.compare.RoleNames;

/**
 * The rows of one comparison table (a label and a value per role) and the table and note made of
 * them: rows unknown for both roles are left out of the table and named in its note instead.
 *
 * <p>Real data is sparse; a table full of "Unknown" hides what is known, so only rows known for at
 * least one role are drawn and the note says what was left out and which role has no values at all.
 */
final class ComparisonTable {

    private final List<String[]> known = new ArrayList<>();
    private final List<String> unknown = new ArrayList<>();

    void add(String label, String leftValue, String rightValue) {
        if (DisplayFormat.UNKNOWN.equals(leftValue) && DisplayFormat.UNKNOWN.equals(rightValue)) {
            unknown.add(label);
        } else {
            known.add(new String[] {label, leftValue, rightValue});
        }
    }

    boolean isEmpty() {
        return known.isEmpty();
    }

    /** Whether every row is unknown for the role in column {@code side} (1 left, 2 right). */
    private boolean noneKnown(int side) {
        return known.stream().allMatch(row -> DisplayFormat.UNKNOWN.equals(row[side]));
    }

    /**
     * A label column and one column per role, headed by the roles' display titles, with the known
     * rows; the header repeats on each page.
     */
    TableBlock table(ReportStyles styles, float width, RoleNames leftNames, RoleNames rightNames) {
        TableBlock table = styles.comparisonTable(width);
        table.addRow(styles.headerCell(""), styles.headerCell(leftNames.display()), styles.headerCell(rightNames.display()));
        for (String[] row : known) {
            table.addRow(styles.labelCell(row[0]), styles.valueCell(row[1]), styles.valueCell(row[2]));
        }
        return table;
    }

    /**
     * The note under the table of section {@code name}: the role the table has no values for, and
     * the rows left out because neither role has them ("Not known for either role: job satisfaction,
     * average age."); {@code null} when there is nothing to say.
     */
    String note(String name, RoleNames leftNames, RoleNames rightNames) {
        List<String> parts = new ArrayList<>();
        for (int side = 1; side <= 2; side++) {
            if (noneKnown(side)) {
                parts.add("No " + name.toLowerCase(Locale.ROOT) + " data for " + (side == 1 ? leftNames : rightNames).display() + ".");
            }
        }
        if (!unknown.isEmpty()) {
            parts.add("Not known for either role: "
                    + unknown.stream().map(ComparisonTable::inSentence).collect(Collectors.joining(", ")) + ".");
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** A row label inside a sentence: "Job satisfaction" becomes "job satisfaction", "LGBT percentage" stays. */
    private static String inSentence(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
            return label;
        }
        return label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }
}
