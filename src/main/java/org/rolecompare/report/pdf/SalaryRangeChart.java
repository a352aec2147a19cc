package org.rolecompare.report.pdf;

import java.awt.Color;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;

import org.rolecompare.compare.DisplayFormat;
import org.rolecompare.compare.Role;

/**
 * A small vector chart of both roles' salary ranges: one horizontal bar per role from its lowest
 * to its highest salary, with a dark mark and label at its average, over a common dollar axis.
 *
 * <p>Drawn straight onto a PDF template with the report's embedded font rather than through a
 * charting library: it is a handful of rectangles and lines, renders faster and can never fall
 * back to a non-embedded font.
 */
final class SalaryRangeChart {

    private static final float ROW = 30f;
    private static final float LABEL_WIDTH = 135f;
    private static final float AXIS = 16f;
    private static final float BAR = 9f;
    private static final float TEXT = 7f;
    private static final Color GRID = new Color(0xDA, 0xDE, 0xE3);

    private final BaseFont font;

    SalaryRangeChart(BaseFont font) {
        this.font = font;
    }

    /** The chart as an image of the given width, or {@code null} when neither range is known. */
    Image draw(PdfContentByte canvas, float width, Role left, Role right) throws BadElementException {
        if (!hasRange(left) && !hasRange(right)) {
            return null;
        }
        double top = Math.max(highest(left), highest(right));
        double step = niceStep(top / 4);
        double axisMax = Math.ceil(top / step) * step;
        float height = 2 * ROW + AXIS + 4f;
        PdfTemplate t = canvas.createTemplate(width, height);
        float x0 = LABEL_WIDTH;
        float x1 = width - 30f;
        Scale scale = new Scale(x0, x1, axisMax);

        t.setLineWidth(0.5f);
        t.setColorStroke(GRID);
        for (double v = 0; v <= axisMax + step / 2; v += step) {
            float x = scale.x(v);
            t.moveTo(x, AXIS);
            t.lineTo(x, height);
            text(t, DisplayFormat.money(v), x, AXIS - 10f, Element.ALIGN_CENTER, ReportStyles.MUTED);
        }
        t.stroke();
        row(t, scale, left, AXIS + ROW, ReportStyles.LEFT_BAR);
        row(t, scale, right, AXIS, ReportStyles.RIGHT_BAR);
        return Image.getInstance(t);
    }

    private void row(PdfTemplate t, Scale scale, Role role, float bottom, Color fill) {
        float barY = bottom + 6f;
        text(t, ReportStyles.fit(font, role.title(), TEXT + 1, LABEL_WIDTH - 8f), 0, barY + 1.5f, Element.ALIGN_LEFT, ReportStyles.TEXT);
        if (hasRange(role)) {
            t.setColorFill(fill);
            float from = scale.x(role.salaryMin());
            float to = scale.x(role.salaryMax());
            t.rectangle(from, barY, Math.max(to - from, 1f), BAR);
            t.fill();
        }
        float avg = scale.x(role.averageSalary());
        t.setColorStroke(ReportStyles.TEXT);
        t.setLineWidth(2f);
        t.moveTo(avg, barY - 2f);
        t.lineTo(avg, barY + BAR + 2f);
        t.stroke();
        text(t, "avg " + DisplayFormat.money(role.averageSalary()), avg, barY + BAR + 4f, Element.ALIGN_CENTER, ReportStyles.TEXT);
    }

    private void text(PdfTemplate t, String text, float x, float y, int alignment, Color color) {
        t.beginText();
        t.setFontAndSize(font, TEXT);
        t.setColorFill(color);
        t.showTextAligned(alignment, text, x, y, 0);
        t.endText();
    }

    private static boolean hasRange(Role role) {
        return role.salaryMin() != null && role.salaryMax() != null;
    }

    private static double highest(Role role) {
        return hasRange(role) ? Math.max(role.salaryMax(), role.averageSalary()) : role.averageSalary();
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
