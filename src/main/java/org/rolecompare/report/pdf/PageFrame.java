package org.rolecompare.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Draws the running header (the report's short title, from page 2 on) and footer (run date and
 * "Page N of M") in the page margins. The total page count is unknown while pages are written, so
 * it goes into a small template that is filled in when the document closes.
 */
final class PageFrame extends PdfPageEventHelper {

    private static final float SIZE = 7.5f;

    private final FontInUse fontInUse;
    private final BaseFont font;
    private final String shortTitle;
    private final String footerText;
    private PdfTemplate total;

    PageFrame(FontInUse fontInUse, String shortTitle, String footerText) {
        this.fontInUse = fontInUse;
        this.font = fontInUse.font();
        this.shortTitle = shortTitle;
        this.footerText = footerText;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(font.getWidthPoint("00000", SIZE), SIZE * 1.5f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        float footerY = document.bottom() - 26f;
        cb.saveState();
        cb.setColorStroke(ReportStyles.RULE);
        cb.setLineWidth(0.5f);
        cb.moveTo(left, footerY + 11f);
        cb.lineTo(right, footerY + 11f);
        if (writer.getPageNumber() > 1) {
            float headerY = document.top() + 22f;
            cb.moveTo(left, headerY - 5f);
            cb.lineTo(right, headerY - 5f);
            cb.stroke();
            show(cb, fontInUse.fit(shortTitle, SIZE, right - left), left, headerY, Element.ALIGN_LEFT);
        } else {
            cb.stroke();
        }
        show(cb, footerText, left, footerY, Element.ALIGN_LEFT);
        String pageText = "Page " + writer.getPageNumber() + " of ";
        float totalWidth = total.getWidth();
        show(cb, pageText, right - totalWidth, footerY, Element.ALIGN_RIGHT);
        cb.addTemplate(total, right - totalWidth, footerY - SIZE * 0.3f);
        cb.restoreState();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(font, SIZE);
        total.setColorFill(ReportStyles.MUTED);
        total.setTextMatrix(0, SIZE * 0.3f);
        total.showText(Integer.toString(writer.getPageNumber() - 1));
        total.endText();
    }

    private void show(PdfContentByte cb, String text, float x, float y, int alignment) {
        cb.beginText();
        cb.setColorFill(ReportStyles.MUTED);
        fontInUse.show(cb, text, SIZE, x, y, alignment);
        cb.endText();
    }
}
