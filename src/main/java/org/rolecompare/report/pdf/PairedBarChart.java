package org.rolecompare.report.pdf;

import java.awt.Color;
import java.util.List;
import java.util.stream.Stream;

import com.lowagie.text.Element;

import org.rolecompare.report.content.PairedBars;

/**
 * A grouped horizontal bar chart of shares in percent: one row per category (a demographic group or
 * a skill), the left role's bar above the right role's, each labelled with its value.
 *
 * <p>Made to survive greyscale printing: the two roles differ by shade (light and dark, both
 * outlined), a legend names them, and every bar carries its number, so nothing depends on colour.
 * The numbers are those of the content ({@link PairedBars.Bar}), with the decimals of the table or list beside it.
 * Marked rows (skills both roles list) are shaded across the chart and labelled in bold. A category
 * only one role has gets a single bar, centred in its row; a chart where only one role has data
 * (the other lacks the whole dimension) uses lower rows, as it never needs room for two bars.
 */
final class PairedBarChart {

    private static final float BAR = 8f;
    private static final float ROW = 2 * BAR + 8f;
    /** Height of a row in a chart where no category has bars of both roles. */
    private static final float SINGLE_ROW = BAR + 9f;
    private static final float LEGEND = 18f;
    private static final float VALUE_ROOM = 30f;

    private final FontInUse font;

    PairedBarChart(FontInUse font) {
        this.font = font;
    }

    /** The chart at the given width, to be placed by the layout; the legend names the roles by the titles given. */
    ChartCanvas draw(float width, String leftTitle, String rightTitle, PairedBars chart) {
        List<PairedBars.Bar> rows = chart.bars();
        String markNote = chart.markNote();
        float rowHeight = rows.stream().anyMatch(r -> known(r.left()) && known(r.right())) ? ROW : SINGLE_ROW;
        float height = LEGEND + rows.size() * rowHeight + 2f;
        ChartCanvas c = new ChartCanvas(font, width, height);
        float labelWidth = Math.min(170f, width * 0.32f);
        float x0 = labelWidth + 6f;
        float span = width - x0 - VALUE_ROOM;
        double max = rows.stream()
                .flatMap(r -> Stream.of(r.left(), r.right()))
                .filter(PairedBarChart::known)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        double scale = max > 0 ? span / max : 0;

        float legendY = height - 11f;
        float x = c.legend(x0, legendY, ReportStyles.LEFT_BAR, leftTitle, (width - x0) / 2.6f);
        x = c.legend(x, legendY, ReportStyles.RIGHT_BAR, rightTitle, (width - x0) / 2.6f);
        if (markNote != null) {
            c.bar(x, legendY, 9f, 7f, ReportStyles.HEADER_FILL);
            c.text(c.fit(markNote, ChartCanvas.TEXT, width - x - 14f), ChartCanvas.TEXT, x + 13f, legendY + 1f,
                    Element.ALIGN_LEFT, ReportStyles.MUTED);
        }

        float top = height - LEGEND;
        for (PairedBars.Bar row : rows) {
            float bottom = top - rowHeight;
            if (row.marked()) {
                c.band(0, bottom + 1f, width, rowHeight - 2f, ReportStyles.HEADER_FILL);
            }
            String label = c.fit(row.label(), ChartCanvas.TEXT + 0.5f, labelWidth - 4f);
            float labelY = bottom + rowHeight / 2f - 3f;
            if (row.marked()) {
                c.boldText(label, ChartCanvas.TEXT + 0.5f, 3f, labelY, Element.ALIGN_LEFT, ReportStyles.TEXT);
            } else {
                c.text(label, ChartCanvas.TEXT + 0.5f, 3f, labelY, Element.ALIGN_LEFT, ReportStyles.TEXT);
            }
            if (known(row.left()) && known(row.right())) {
                bar(c, x0, top - 4f - BAR, row.left(), row.leftText(), scale, ReportStyles.LEFT_BAR);
                bar(c, x0, top - 4.5f - 2 * BAR, row.right(), row.rightText(), scale, ReportStyles.RIGHT_BAR);
            } else {
                float middle = bottom + (rowHeight - BAR) / 2f;
                bar(c, x0, middle, row.left(), row.leftText(), scale, ReportStyles.LEFT_BAR);
                bar(c, x0, middle, row.right(), row.rightText(), scale, ReportStyles.RIGHT_BAR);
            }
            top = bottom;
        }
        c.line(x0, 1f, x0, height - LEGEND, 0.6f, ReportStyles.MUTED);
        return c;
    }

    private static boolean known(Double value) {
        return value != null && Double.isFinite(value);
    }

    /** One role's bar with its value shown as {@code text}; nothing when the role lacks the category. */
    private static void bar(ChartCanvas c, float x0, float y, Double value, String text, double scale, Color fill) {
        if (!known(value)) {
            return;
        }
        float length = (float) (Math.max(0, value) * scale);
        c.bar(x0, y, length, BAR, fill);
        c.text(text, ChartCanvas.TEXT, x0 + length + 3f, y + 1.6f, Element.ALIGN_LEFT, ReportStyles.TEXT);
    }
}
