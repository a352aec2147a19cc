package org.rolecompare.changes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.rolecompare.compare.MetricPrecision;

/**
 * Turns the values that changed since the previous run into the words a report reader sees, such as
 * "Average salary of Patient Account Manager up 3.1% since 2026-11-26", and decides which change of
 * a role matters most (pay first, then jobs, growth, shares).
 */
public final class ChangeNotes {

    private static final List<String> PRIORITY = List.of("average salary", "hourly rate", "job count", "growth rate");

    private ChangeNotes() {
    }

    /**
     * A changed value, with the change computed the way its unit is read (percent or pp) and rounded
     * half up to {@link MetricPrecision#CHANGE} decimals, like the comparison metrics, so the Changes
     * sheet, the manifest and the notes never show float noise such as {@code 0.9154472716788006}.
     */
    public static RoleChange changed(String roleId, String title, String field, Double oldValue, Double newValue,
                                     RoleChange.Unit unit) {
        Double change = null;
        if (oldValue != null && newValue != null) {
            if (unit == RoleChange.Unit.PP) {
                change = newValue - oldValue;
            } else if (oldValue != 0) {
                change = (newValue - oldValue) / Math.abs(oldValue) * 100;
            }
        }
        return new RoleChange(roleId, title, RoleChange.Kind.CHANGED, field, oldValue, newValue,
                MetricPrecision.round(change, MetricPrecision.CHANGE), unit);
    }

    /**
     * One line for a report of two roles, naming the most important change of each role that
     * changed, or {@code null} when neither changed.
     */
    public static String line(List<RoleChange> left, List<RoleChange> right, LocalDate previousRunDate) {
        List<String> parts = new ArrayList<>();
        int more = 0;
        for (List<RoleChange> changes : List.of(left, right)) {
            List<RoleChange> values = changes.stream().filter(c -> c.kind() == RoleChange.Kind.CHANGED).toList();
            if (values.isEmpty()) {
                continue;
            }
            parts.add(sentence(mostImportant(values)));
            more += values.size() - 1;
        }
        if (parts.isEmpty()) {
            return null;
        }
        String line = String.join("; ", parts) + " since " + previousRunDate;
        return more == 0 ? line + "." : line + " (" + more + " more change" + (more == 1 ? "" : "s") + " in the workbook).";
    }

    static RoleChange mostImportant(List<RoleChange> changes) {
        return changes.stream().min(Comparator.comparingInt(ChangeNotes::rank)).orElseThrow();
    }

    private static int rank(RoleChange change) {
        int i = PRIORITY.indexOf(change.field());
        return i < 0 ? PRIORITY.size() : i;
    }

    /** "Average salary of Patient Account Manager up 3.1%", "… unknown now", "… now known: $70,777". */
    static String sentence(RoleChange c) {
        String what = capitalise(c.field()) + " of " + c.title();
        if (c.newValue() == null) {
            return what + " no longer known";
        }
        if (c.oldValue() == null) {
            return what + " now known";
        }
        if (c.change() == null) {
            return what + " changed";
        }
        String direction = c.change() > 0 ? "up" : c.change() < 0 ? "down" : "unchanged at";
        double size = Math.abs(c.change());
        String amount = c.unit() == RoleChange.Unit.PP ? number(size) + " pp" : number(size) + "%";
        return c.change() == 0 ? what + " unchanged" : what + " " + direction + " " + amount;
    }

    private static String number(double value) {
        String text = String.format(Locale.US, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
