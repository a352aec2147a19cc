package org.rolecompare.report.pdf;

import java.awt.Color;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;

/**
 * A vector drawing surface for the report's charts: a PDF template with the report's embedded font
 * and the few primitives the charts need (text, filled bars, lines).
 *
 * <p>Charts are drawn straight onto the template rather than through a charting library: they are a
 * handful of rectangles and labels, render several times faster and can never fall back to a
 * non-embedded font. All chart text goes through {@link ReportStyles#printable} like body text.
 */
final class ChartCanvas {

    /** Size of chart labels. */
    static final float TEXT = 7.5f;

    private final PdfTemplate template;
    private final FontInUse font;

    ChartCanvas(PdfContentByte canvas, FontInUse font, float width, float height) {
        this.template = canvas.createTemplate(width, height);
        this.font = font;
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
        template.beginText();
        template.setColorFill(color);
        if (bold) {
            template.setColorStroke(color);
            template.setLineWidth(size / 32f);
            template.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
        }
        font.show(template, text, size, x, y, alignment);
        if (bold) {
            template.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
        }
        template.endText();
    }

    /** A filled rectangle, outlined in dark grey so light fills still show on white paper. */
    void bar(float x, float y, float width, float height, Color fill) {
        template.setColorFill(fill);
        template.setColorStroke(ReportStyles.BAR_OUTLINE);
        template.setLineWidth(0.4f);
        template.rectangle(x, y, Math.max(width, 0.8f), height);
        template.fillStroke();
    }

    /**
     * A bar that fades from {@code fill} to white over its length, towards the right when
     * {@code toRight} else towards the left, outlined only at its solid end: a range whose far end
     * is not known.
     */
    void fadingBar(float x, float y, float width, float height, Color fill, boolean toRight) {
        int steps = 16;
        float step = width / steps;
        for (int i = 0; i < steps; i++) {
            float t = (i + 0.5f) / steps;
            band(toRight ? x + i * step : x + width - (i + 1) * step, y, step + 0.2f, height, blend(fill, Color.WHITE, 0.85f * t));
        }
        float solidX = toRight ? x : x + width;
        line(solidX, y, solidX, y + height, 0.4f, ReportStyles.BAR_OUTLINE);
    }

    /** A small filled triangle pointing right (or left) with its tip at {@code x}. */
    void arrow(float x, float y, float size, boolean right, Color color) {
        float back = right ? x - size : x + size;
        template.setColorFill(color);
        template.moveTo(x, y);
        template.lineTo(back, y + size * 0.6f);
        template.lineTo(back, y - size * 0.6f);
        template.closePath();
        template.fill();
    }

    private static Color blend(Color from, Color to, float t) {
        return new Color(Math.round(from.getRed() + (to.getRed() - from.getRed()) * t),
                Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * t),
                Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * t));
    }

    void band(float x, float y, float width, float height, Color fill) {
        template.setColorFill(fill);
        template.rectangle(x, y, width, height);
        template.fill();
    }

    void line(float x0, float y0, float x1, float y1, float lineWidth, Color color) {
        template.setColorStroke(color);
        template.setLineWidth(lineWidth);
        template.moveTo(x0, y0);
        template.lineTo(x1, y1);
        template.stroke();
    }

    /** A legend entry: a swatch and the role's title; returns the x after it. */
    float legend(float x, float y, Color fill, String label, float maxWidth) {
        bar(x, y, 9f, 7f, fill);
        String shown = fit(label, TEXT, maxWidth - 14f);
        text(shown, TEXT, x + 13f, y + 1f, Element.ALIGN_LEFT, ReportStyles.TEXT);
        return x + 13f + width(shown, TEXT) + 14f;
    }

    Image image() throws BadElementException {
        return Image.getInstance(template);
    }
}
