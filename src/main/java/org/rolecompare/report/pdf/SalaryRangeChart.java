package org.rolecompare.report.pdf;

import java.awt.Color;

import com.lowagie.text.Element;

import org.rolecompare.compare.DisplayFormat;
import org.rolecompare.report.content.SalaryRange;

/**
 * A small vector chart of both roles' salary ranges: one horizontal bar per role from its lowest
 * to its highest salary, with a dark mark and label at its average, over a common dollar axis.
 *
 * <p>Real data is often top-coded: the minimum is published but not the maximum. Such a range is
 * drawn open-ended, its bar fading out towards an arrow at the right edge and labelled
 * "$73,710+"; a range with only a maximum fades in from the axis start and is labelled "up to
 * $68,000". A role with neither end shows just its average.
 *
 * <p>Drawn on a {@link ChartCanvas}; the two roles differ by shade and are named beside their bars,
 * and the average mark has a white halo so it shows on the dark bar in greyscale print.
 */
final class SalaryRangeChart {

    private static final float ROW = 30f;
    private static final float LABEL_WIDTH = 135f;
    private static final float AXIS = 16f;
    private static final float BAR = 9f;
    /** How far past the axis end an open-ended bar's arrow reaches. */
    private static final float OPEN_END = 22f;
    private static final Color GRID = new Color(0xDA, 0xDE, 0xE3);

    private final FontInUse font;

    SalaryRangeChart(FontInUse font) {
        this.font = font;
    }

    /** The chart at the given width, to be placed by the layout, the roles labelled with the given names. */
    ChartCanvas draw(float width, SalaryRange chart, String leftName, String rightName) {
        SalaryRange.Range left = chart.left();
        SalaryRange.Range right = chart.right();
        double top = Math.max(highest(left), highest(right));
        double step = niceStep(top / 4);
        double axisMax = Math.ceil(top / step) * step;
        float height = 2 * ROW + AXIS + 4f;
        ChartCanvas c = new ChartCanvas(font, width, height);
        Scale scale = new Scale(LABEL_WIDTH, width - 30f, axisMax);
        for (double v = 0; v <= axisMax + step / 2; v += step) {
            float x = scale.x(v);
            c.line(x, AXIS, x, height, 0.5f, GRID);
            c.text(DisplayFormat.money(v), ChartCanvas.TEXT, x, AXIS - 10f, Element.ALIGN_CENTER, ReportStyles.MUTED);
        }
        row(c, scale, left, leftName, AXIS + ROW, ReportStyles.LEFT_BAR);
        row(c, scale, right, rightName, AXIS, ReportStyles.RIGHT_BAR);
        return c;
    }

    private static void row(ChartCanvas c, Scale scale, SalaryRange.Range role, String name, float bottom, Color fill) {
        float barY = bottom + 6f;
        c.text(c.fit(name, ChartCanvas.TEXT + 0.5f, LABEL_WIDTH - 8f), ChartCanvas.TEXT + 0.5f, 0, barY + 1.5f,
                Element.ALIGN_LEFT, ReportStyles.TEXT);
        if (role.min() != null && role.max() == null) {
            float from = scale.x(role.min());
            float to = scale.x1() + OPEN_END;
            c.fadingBar(from, barY, to - 5f - from, BAR, fill, true);
            c.arrow(to, barY + BAR / 2f, 5f, true, ReportStyles.MUTED);
            c.text(role.minText(), ChartCanvas.TEXT - 0.5f, from - 3f, barY + 1.5f, Element.ALIGN_RIGHT, ReportStyles.MUTED);
        } else if (role.min() == null && role.max() != null) {
            float from = scale.x0();
            float to = scale.x(role.max());
            c.fadingBar(from, barY, to - from, BAR, fill, false);
            c.text(role.maxText(), ChartCanvas.TEXT - 0.5f, to + 3f, barY + 1.5f, Element.ALIGN_LEFT, ReportStyles.MUTED);
        }
        if (role.min() != null && role.max() != null) {
            float from = scale.x(role.min());
            float to = scale.x(role.max());
            c.bar(from, barY, to - from, BAR, fill);
            c.text(role.minText(), ChartCanvas.TEXT - 0.5f, from - 3f, barY + 1.5f, Element.ALIGN_RIGHT, ReportStyles.MUTED);
            c.text(role.maxText(), ChartCanvas.TEXT - 0.5f, to + 3f, barY + 1.5f, Element.ALIGN_LEFT, ReportStyles.MUTED);
        }
        float avg = scale.x(role.average());
        c.line(avg, barY - 3f, avg, barY + BAR + 3f, 4f, Color.WHITE);
        c.line(avg, barY - 3f, avg, barY + BAR + 3f, 2f, ReportStyles.TEXT);
        c.text(role.averageText(), ChartCanvas.TEXT, avg, barY + BAR + 5f, Element.ALIGN_CENTER, ReportStyles.TEXT);
    }

    /** The highest dollar value the row draws: its maximum, else its minimum or average. */
    private static double highest(SalaryRange.Range role) {
        double high = role.average();
        if (role.max() != null) {
            high = Math.max(high, role.max());
        }
        if (role.min() != null) {
            high = Math.max(high, role.min());
        }
        return high;
    }

    /** A round step near {@code rough}: 1, 2, 2.5 or 5 times a power of ten. */
    static double niceStep(double rough) {
        if (rough <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /** Maps dollars onto the bar area, from 0 at {@code x0} to {@code max} at {@code x1}. */
    private record Scale(float x0, float x1, double max) {

        float x(double value) {
            return x0 + (float) (Math.max(0, value) / max * (x1 - x0));
        }
    }
}
