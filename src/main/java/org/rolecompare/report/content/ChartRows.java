package org.rolecompare.report.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rolecompare.compare.DisplayFormat;

/**
 * The bars of a paired bar chart (demographic categories or skills of both roles, matched ignoring
 * case), cut to the {@value #MAX_CHART_ROWS} largest so that a chart always fits on one page, and the
 * note that says so when bars were cut.
 */
final class ChartRows {

    /** Most categories a chart shows, so that it always fits on one page. */
    static final int MAX_CHART_ROWS = 20;

    private ChartRows() {
    }

    /**
     * One bar pair per item (category or skill) of either role, matched ignoring case, the left
     * role's order first, each value shown with {@code decimals}; items whose key is in
     * {@code marked} are marked.
     */
    static <T> List<PairedBars.Bar> pairedRows(List<T> leftItems, List<T> rightItems,
            Function<T, String> name, Function<T, Double> share, Set<String> marked, int decimals) {
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
        List<PairedBars.Bar> rows = new ArrayList<>();
        labels.forEach((key, label) -> {
            Double left = shares.get(0).get(key);
            Double right = shares.get(1).get(key);
            rows.add(new PairedBars.Bar(label, left, right, shown(left, decimals), shown(right, decimals), marked.contains(key)));
        });
        return rows;
    }

    /** The value beside a bar, or {@code null} when there is no bar. */
    private static String shown(Double share, int decimals) {
        return Wording.known(share) ? DisplayFormat.percent(share, decimals) : null;
    }

    /** The bars with the {@value #MAX_CHART_ROWS} largest shares, in their original order. */
    static List<PairedBars.Bar> largest(List<PairedBars.Bar> rows) {
        if (rows.size() <= MAX_CHART_ROWS) {
            return rows;
        }
        Set<PairedBars.Bar> kept = rows.stream()
                .sorted(Comparator.comparingDouble(ChartRows::largerShare).reversed())
                .limit(MAX_CHART_ROWS)
                .collect(Collectors.toSet());
        return rows.stream().filter(kept::contains).toList();
    }

    private static double largerShare(PairedBars.Bar row) {
        return Math.max(row.left() == null ? 0 : row.left(), row.right() == null ? 0 : row.right());
    }

    /** A note saying the chart shows only the largest rows, or {@code null} when it shows all. */
    static String shownNote(int rows, String what, String where) {
        return rows <= MAX_CHART_ROWS ? null
                : "The chart shows the " + MAX_CHART_ROWS + " largest of " + rows + " " + what + "; " + where + ".";
    }
}
