package org.rolecompare.report.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.rolecompare.compare.DisplayFormat;

/**
 * The rows of one comparison table (a label and a value per role) and the note under it: rows
 * unknown for both roles are left out of the table and named in its note instead.
 *
 * <p>Real data is sparse; a table full of "Unknown" hides what is known, so only rows known for at
 * least one role are shown and the note says what was left out and which role has no values at all.
 */
final class ComparisonTable {

    private final List<TableSection.Row> known = new ArrayList<>();
    private final List<String> unknown = new ArrayList<>();

    void add(String label, String leftValue, String rightValue) {
        if (DisplayFormat.UNKNOWN.equals(leftValue) && DisplayFormat.UNKNOWN.equals(rightValue)) {
            unknown.add(label);
        } else {
            known.add(new TableSection.Row(label, leftValue, rightValue));
        }
    }

    boolean isEmpty() {
        return known.isEmpty();
    }

    /** The rows known for at least one role, in the order they were added. */
    List<TableSection.Row> rows() {
        return List.copyOf(known);
    }

    /**
     * The note under the table of section {@code name}: the role the table has no values for, and
     * the rows left out because neither role has them ("Not known for either role: job satisfaction,
     * average age."); {@code null} when there is nothing to say.
     */
    String note(String name, ReportPair pair) {
        List<String> parts = new ArrayList<>();
        if (known.stream().allMatch(row -> DisplayFormat.UNKNOWN.equals(row.left()))) {
            parts.add(noData(name, pair.leftNames().display()));
        }
        if (known.stream().allMatch(row -> DisplayFormat.UNKNOWN.equals(row.right()))) {
            parts.add(noData(name, pair.rightNames().display()));
        }
        if (!unknown.isEmpty()) {
            parts.add("Not known for either role: "
                    + unknown.stream().map(ComparisonTable::inSentence).collect(Collectors.joining(", ")) + ".");
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private static String noData(String name, String role) {
        return "No " + name.toLowerCase(Locale.ROOT) + " data for " + role + ".";
    }

    /** A row label inside a sentence: "Job satisfaction" becomes "job satisfaction", "LGBT percentage" stays. */
    private static String inSentence(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
            return label;
        }
        return label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }
}
