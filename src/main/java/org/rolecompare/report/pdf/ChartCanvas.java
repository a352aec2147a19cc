package org.rolecompare.report.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * A vector drawing surface for the report's charts, in the report's embedded font, with the few
 * primitives the charts need (text, filled bars, lines): a chart of a given size, drawn later onto
 * the page where the layout places it.
 *
 * <p>Charts are drawn straight onto the page rather than through a charting library: they are a
 * handful of rectangles and labels, render several times faster and can never fall back to a
 * non-embedded font. They are kept as the drawing steps, not as a PDF form (template) of their own:
 * every form is one more compressed stream, and setting up the compressor costs about as much as
 * compressing a small chart, so the steps are written into the page's content when the chart is
 * placed, clipped to the chart's box as a form would be. All chart text goes through
 * {@link FontInUse} like body text (made printable).
 */
final class ChartCanvas {

    /** Size of chart labels. */
    static final float TEXT = 7.5f;

    private final FontInUse font;
    private final float width;
    private final float height;
    private final List<Consumer<PdfContentByte>> steps = new ArrayList<>();

    ChartCanvas(FontInUse font, float width, float height) {
        this.font = font;
        this.width = width;
        this.height = height;
    }

    /** The chart's height in points. */
    float height() {
        return height;
    }

    /**
     * Draws the chart with its lower left corner at the given point of the page, in a saved graphics
     * state and clipped to its box.
     */
    void drawAt(PdfContentByte canvas, float x, float y) {
        canvas.saveState();
        canvas.concatCTM(1, 0, 0, 1, x, y);
        canvas.rectangle(0, 0, width, height);
        canvas.clip();
        canvas.newPath();
        for (Consumer<PdfContentByte> step : steps) {
            step.accept(canvas);
        }
        canvas.restoreState();
    }

    float width(String text, float size) {
        return font.width(text, size);
    }

    /** The text, cut with an ellipsis to fit the width. */
    String fit(String text, float size, float width) {
        return font.fit(text, size, width);
    }

    void text(String text, float size, float x, float y, int alignment, Color color) {
        write(text, size, x, y, alignment, color, false);
    }

    /** Text emboldened by stroking its outlines, as in {@link ReportStyles#bold}. */
    void boldText(String text, float size, float x, float y, int alignment, Color color) {
        write(text, size, x, y, alignment, color, true);
    }

    private void write(String text, float size, float x, float y, int alignment, Color color, boolean bold) {
        steps.add(page -> show(page, text, size, x, y, alignment, color, bold));
    }

    private void show(PdfContentByte page, String text, float size, float x, float y, int alignment, Color color,
                      boolean bold) {
        page.beginText();
        page.setColorFill(color);
        if (bold) {
            page.setColorStroke(color);
            page.setLineWidth(size / 32f);
            page.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
        }
        font.show(page, text, size, x, y, alignment);
        if (bold) {
            page.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
        }
        page.endText();
    }

    /** A filled rectangle, outlined in dark grey so light fills still show on white paper. */
    void bar(float x, float y, float width, float height, Color fill) {
        steps.add(page -> {
            page.setColorFill(fill);
            page.setColorStroke(ReportStyles.BAR_OUTLINE);
            page.setLineWidth(0.4f);
            page.rectangle(x, y, Math.max(width, 0.8f), height);
            page.fillStroke();
        });
    }

    /**
     * A bar that fades from {@code fill} to white over its length, towards the right when
     * {@code toRight} else towards the left, outlined only at its solid end: a range whose far end
     * is not known.
     */
    void fadingBar(float x, float y, float width, float height, Color fill, boolean toRight) {
        int bands = 16;
        float step = width / bands;
        for (int i = 0; i < bands; i++) {
            float t = (i + 0.5f) / bands;
            band(toRight ? x + i * step : x + width - (i + 1) * step, y, step + 0.2f, height, blend(fill, Color.WHITE, 0.85f * t));
        }
        float solidX = toRight ? x : x + width;
        line(solidX, y, solidX, y + height, 0.4f, ReportStyles.BAR_OUTLINE);
    }

    /** A small filled triangle pointing right (or left) with its tip at {@code x}. */
    void arrow(float x, float y, float size, boolean right, Color color) {
        float back = right ? x - size : x + size;
        steps.add(page -> {
            page.setColorFill(color);
            page.moveTo(x, y);
            page.lineTo(back, y + size * 0.6f);
            page.lineTo(back, y - size * 0.6f);
            page.closePath();
            page.fill();
        });
    }

    private static Color blend(Color from, Color to, float t) {
        return new Color(Math.round(from.getRed() + (to.getRed() - from.getRed()) * t),
                Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * t),
                Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * t));
    }

    void band(float x, float y, float width, float height, Color fill) {
        steps.add(page -> {
            page.setColorFill(fill);
            page.rectangle(x, y, width, height);
            page.fill();
        });
    }

    void line(float x0, float y0, float x1, float y1, float lineWidth, Color color) {
        steps.add(page -> {
            page.setColorStroke(color);
            page.setLineWidth(lineWidth);
            page.moveTo(x0, y0);
            page.lineTo(x1, y1);
            page.stroke();
        });
    }

    /** A legend entry: a swatch and the role's title; returns the x after it. */
    float legend(float x, float y, Color fill, String label, float maxWidth) {
        bar(x, y, 9f, 7f, fill);
        String shown = fit(label, TEXT, maxWidth - 14f);
        text(shown, TEXT, x + 13f, y + 1f, Element.ALIGN_LEFT, ReportStyles.TEXT);
        return x + 13f + width(shown, TEXT) + 14f;
    }
}
