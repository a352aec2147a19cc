package org.rolecompare.report.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rows of a paired bar chart (demographic categories or skills of both roles, matched ignoring
 * case), cut to the {@value #MAX_CHART_ROWS} largest so that a chart always fits on one page, and the
 * note that says so when rows were cut.
 */
final class ChartRows {

    /** Most rows a chart shows, so that it always fits on one page. */
    static final int MAX_CHART_ROWS = 20;

    private ChartRows() {
    }

    /**
     * One chart row per item (category or skill) of either role, matched ignoring case, the left
     * role's order first; rows whose key is in {@code marked} are marked.
     */
    static <T> List<PairedBarChart.Row> pairedRows(List<T> leftItems, List<T> rightItems,
            Function<T, String> name, Function<T, Double> share, Set<String> marked) {
        Map<String, String> labels = new LinkedHashMap<>();
        List<Map<String, Double>> shares = new ArrayList<>();
        for (List<T> items : List.of(leftItems, rightItems)) {
            Map<String, Double> byKey = new LinkedHashMap<>();
            for (T item : items) {
                labels.putIfAbsent(Wording.key(name.apply(item)), name.apply(item).trim());
                byKey.putIfAbsent(Wording.key(name.apply(item)), share.apply(item));
            }
            shares.add(byKey);
        }
        List<PairedBarChart.Row> rows = new ArrayList<>();
        labels.forEach((key, label) ->
                rows.add(new PairedBarChart.Row(label, shares.get(0).get(key), shares.get(1).get(key), marked.contains(key))));
        return rows;
    }

    /** The rows with the {@value #MAX_CHART_ROWS} largest shares, in their original order. */
    static List<PairedBarChart.Row> largest(List<PairedBarChart.Row> rows) {
        if (rows.size() <= MAX_CHART_ROWS) {
            return rows;
        }
        Set<PairedBarChart.Row> kept = rows.stream()
                .sorted(Comparator.comparingDouble(ChartRows::largerShare).reversed())
                .limit(MAX_CHART_ROWS)
                .collect(Collectors.toSet());
        return rows.stream().filter(kept::contains).toList();
    }

    private static double largerShare(PairedBarChart.Row row) {
        return Math.max(row.left() == null ? 0 : row.left(), row.right() == null ? 0 : row.right());
    }

    /** A note saying the chart shows only the largest rows, or {@code null} when it shows all. */
    static String shownNote(int rows, String what, String where) {
        return rows <= MAX_CHART_ROWS ? null
                : "The chart shows the " + MAX_CHART_ROWS + " largest of " + rows + " " + what + "; " + where + ".";
    }
}
