package org.rolecompare.report.pdf;

import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Places the report's paragraphs, tables and charts one below the other on the pages of an open
 * document and draws them straight onto the page's content, starting a new page when one is full.
 *
 * <p>Why its own flow: OpenPDF's document flow lays every paragraph out through {@code ColumnText}
 * and every table through {@code PdfPTable}, which was most of a render. This flow keeps the
 * spacing rules of OpenPDF's flow, so the report looks as before: the space above a paragraph is
 * dropped at the top of a page; a paragraph starts on a new page unless two of its lines fit; a
 * page ends once another line would not fit; a table's space above counts only below other
 * content, its header rows repeat on each page it runs onto, and a chart sits half a line below
 * the text above it. The document itself only supplies the pages and the running header and
 * footer ({@link PageFrame}). One instance per render.
 */
final class PageFlow {

    private final Document document;
    private final PdfContentByte canvas;
    private final FontInUse font;
    private final float left;
    private final float top;
    private final float page;
    private float used;
    private boolean pageEmpty = true;
    private float leading;
    /** Height of OpenPDF's open (empty) line, which its checks near the bottom of a page count. */
    private float lineHeight;

    PageFlow(Document document, PdfWriter writer, FontInUse font) {
        this.document = document;
        this.canvas = writer.getDirectContent();
        this.font = font;
        this.left = document.left();
        this.top = document.top();
        this.page = document.top() - document.bottom();
    }

    /** The width of the text column. */
    float width() {
        return document.right() - document.left();
    }

    /** The height left on this page. */
    float space() {
        return page - used;
    }

    /** The height of a page's text area. */
    float page() {
        return page;
    }

    /** Whether nothing has been placed on this page yet. */
    boolean atTop() {
        return used == 0f;
    }

    void newPage() {
        document.newPage();
        used = 0f;
        pageEmpty = true;
    }

    /** The lines of a paragraph in the text column. */
    List<TextLines.Line> lines(TextBlock block) {
        return TextLines.lines(block, width(), font);
    }

    /**
     * Places a paragraph, breaking it across pages where it does not fit. Near the bottom of a page
     * the checks are OpenPDF's: the open line and the paragraph's first line must both fit, or two
     * of its lines; after a line, the page ends unless another line fits.
     */
    void paragraph(TextBlock block) {
        List<TextLines.Line> lines = lines(block);
        spacing(block.spacingBefore());
        float lead = block.leading();
        leading = lead;
        if (used + lineHeight + lead >= page) {
            newPage();
        }
        if (used + 2 * lead >= page) {
            newPage();
        }
        lineHeight = lead;
        boolean first = true;
        for (TextLines.Line line : lines) {
            used += lead;
            TextLines.draw(canvas, line, left, top - used, first ? block.anchor() : null);
            first = false;
            pageEmpty = false;
            if (used + lead >= page) {
                newPage();
            }
        }
        spacing(block.spacingAfter());
        if (used + lineHeight + lead >= page) {
            newPage();
        }
        lineHeight = lead;
    }

    /** Blank space between paragraphs: dropped at the top of a page and where the page is nearly full. */
    private void spacing(float space) {
        if (space == 0f || pageEmpty || used + lineHeight + leading > page) {
            return;
        }
        if (used + lineHeight + space >= page) {
            newPage();
            used = space;
        } else if (used + 2 * space < page) {
            used += space;
        } else {
            newPage();
        }
        lineHeight = space;
    }

    /** Places a table, splitting it across pages with its header rows repeated. */
    void table(TableBlock table) {
        List<TableBlock.Row> rows = table.bodyRows();
        if (rows.isEmpty()) {
            return;
        }
        float y = used > 0f ? used + table.spacingBefore() : used;
        boolean firstOnPage = used == 0f;
        int k = 0;
        while (true) {
            float header = table.headerHeight();
            if (y + header > page && !firstOnPage) {
                newPage();
                y = 0f;
                firstOnPage = true;
                continue;
            }
            float end = y + header;
            int last = k;
            while (last < rows.size() && end + rows.get(last).height() <= page) {
                end += rows.get(last).height();
                last++;
            }
            if (last < rows.size()) {
                if (!table.splitLate() || (last == k && firstOnPage)) {
                    TableBlock.Row[] split = rows.get(last).split(page - end);
                    if (split == null && last == k) {
                        newPage();
                        y = 0f;
                        firstOnPage = true;
                        continue;
                    }
                    if (split != null) {
                        rows.set(last, split[0]);
                        rows.add(last + 1, split[1]);
                        last++;
                        end = page;
                    }
                } else if (last == k) {
                    newPage();
                    y = 0f;
                    firstOnPage = true;
                    continue;
                }
            }
            table.draw(canvas, left, top - y, rows.subList(k, last));
            pageEmpty = false;
            k = last;
            if (k >= rows.size()) {
                used = end + table.spacingAfter();
                closeLine();
                return;
            }
            newPage();
            y = 0f;
            firstOnPage = true;
        }
    }

    /** After a table or chart, OpenPDF closes its open line: the page ends unless that line and another fit. */
    private void closeLine() {
        if (used + lineHeight + leading >= page) {
            newPage();
        }
        lineHeight = leading;
    }

    /** Places a chart half a line below the text above it, on a new page when it does not fit. */
    void chart(ChartCanvas chart) {
        float height = chart.height();
        if (used != 0f && page - used - height < 0f) {
            newPage();
        }
        float diff = leading / 2f;
        float lowerLeft = top - used - height - diff;
        chart.drawAt(canvas, left, lowerLeft);
        used += height + diff;
        pageEmpty = false;
        closeLine();
    }
}
