package org.rolecompare.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Places the report's blocks on pages: headings with their outline entries, charts and tables, each
 * kept with what follows it or moved to a new page so that nothing is parted badly (a heading alone
 * at the bottom of a page, a chart split from its note, a table ending with one lonely row).
 *
 * <p>OpenPDF flows content without looking ahead, so each block is measured first and a new page
 * started when it would not fit. One instance per render: it counts the outline destinations.
 */
final class ReportLayout {

    /** Space a heading needs below it for at least a line or two of its section. */
    static final float KEEP_WITH_NEXT = 60f;

    /** Height of a one-line section heading with its spacing. */
    static final float HEADING_SPACE = 40f;

    /** Space around a chart for its spacing and a one-line note. */
    static final float CHART_EXTRAS = 26f;

    /** Fewest rows of a split table on the page it ends on. */
    private static final int MIN_LAST_ROWS = 2;

    private final Document document;
    private final PdfWriter writer;
    private final ReportStyles styles;
    private final float width;
    private int anchors;

    ReportLayout(Document document, PdfWriter writer, ReportStyles styles) {
        this.document = document;
        this.writer = writer;
        this.styles = styles;
        this.width = document.right() - document.left();
    }

    /** The width of the text column. */
    float width() {
        return width;
    }

    /** Where charts draw their images. */
    PdfContentByte canvas() {
        return writer.getDirectContent();
    }

    /** Adds an element at the current position. */
    void add(Element element) throws DocumentException {
        document.add(element);
    }

    /** A new destination name with an outline entry for each title pointing at it. */
    String anchor(String... outlines) {
        String name = "section-" + ++anchors;
        for (String outline : outlines) {
            new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(name, false), "")
                    .put(PdfName.TITLE, ReportStyles.pdfText(outline));
        }
        return name;
    }

    /** A section heading with its outline entry; kept with room for a subheading and the first lines under it. */
    void heading(String text, String outline) throws DocumentException {
        keepSpace(headingHeight(text) + HEADING_SPACE + KEEP_WITH_NEXT);
        document.add(styles.heading(text, anchor(outline)));
    }

    void subheading(String text) throws DocumentException {
        keepSpace(HEADING_SPACE + KEEP_WITH_NEXT);
        document.add(styles.subheading(text));
    }

    /** A chart with an optional caption above and note below, kept together on one page. */
    void addChart(String caption, Image chart, String note) throws DocumentException {
        Paragraph notePara = note == null ? null : styles.note(note);
        keepSpace(chart.getScaledHeight() + (caption == null ? 12f : HEADING_SPACE) + (notePara == null ? 0f : height(notePara)));
        if (caption != null) {
            document.add(styles.subheading(caption));
        }
        chart.setSpacingBefore(caption == null ? 10f : 2f);
        chart.setAlignment(Element.ALIGN_LEFT);
        document.add(chart);
        if (notePara != null) {
            document.add(notePara);
        }
    }

    /**
     * A section heading {@code text}, its table and the table's note. Kept on one page when they fit
     * on a page, with the {@code following} height of what comes right after (such as a chart) when
     * all of it fits; a longer table starts under its heading with at least its first rows, repeats
     * its header row on each page and leaves at least {@value #MIN_LAST_ROWS} rows for the page it
     * ends on. The outline entry is the section's short {@code name}.
     */
    void headedTable(String text, String name, PdfPTable table, String note, float following) throws DocumentException {
        Paragraph notePara = note == null ? null : styles.note(note);
        float heading = headingHeight(text);
        float after = notePara == null ? 0f : height(notePara);
        placeTable(table, heading, after, following);
        document.add(styles.heading(text, anchor(name)));
        document.add(table);
        if (notePara != null) {
            document.add(notePara);
        }
    }

    /** Starts a new page where a heading and table of these heights would otherwise be parted badly. */
    private void placeTable(PdfPTable table, float heading, float note, float following) {
        float page = page();
        float tableHeight = table.spacingBefore() + table.getTotalHeight() + table.spacingAfter();
        if (heading + tableHeight + note + following <= page) {
            keepSpace(heading + tableHeight + note + following);
            return;
        }
        if (heading + tableHeight + note <= page) {
            keepSpace(heading + tableHeight + note);
            return;
        }
        float top = heading + table.spacingBefore();
        int firstRows = Math.min(MIN_LAST_ROWS, table.size() - table.getHeaderRows());
        float start = top + table.getHeaderHeight();
        for (int i = 0; i < firstRows; i++) {
            start += table.getRowHeight(table.getHeaderRows() + i);
        }
        float space = space();
        if (space < Math.min(start, page) || (rowsOnLastPage(table, space - top, page) < MIN_LAST_ROWS
                && rowsOnLastPage(table, page - top, page) >= MIN_LAST_ROWS)) {
            document.newPage();
        }
    }

    /**
     * How many rows a table would put on the page it ends on when it starts with {@code space} left
     * on this page; a row that does not fit moves to the next page, unless it is taller than a page.
     */
    private static int rowsOnLastPage(PdfPTable table, float space, float page) {
        float header = table.getHeaderHeight();
        float left = space - header;
        int onPage = 0;
        for (int i = table.getHeaderRows(); i < table.size(); i++) {
            float row = table.getRowHeight(i);
            if (row > left && onPage > 0) {
                left = page - header;
                onPage = 0;
            }
            while (row > left) {
                row -= left;
                left = page - header;
                onPage = 0;
            }
            left -= row;
            onPage++;
        }
        return onPage;
    }

    /** The height of a section heading with its spacing, however many lines it wraps to. */
    float headingHeight(String text) {
        return height(styles.heading(text, null));
    }

    /** The height a paragraph takes in the text column, with its spacing. */
    float height(Paragraph paragraph) {
        float top = 10_000f;
        ColumnText column = new ColumnText(null);
        column.setSimpleColumn(0, 0, width, top);
        column.addElement(paragraph);
        try {
            column.go(true);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not measure a paragraph", e);
        }
        return top - column.getYLine() + paragraph.getSpacingBefore() + paragraph.getSpacingAfter();
    }

    /**
     * Keeps content of the given height on one page when it fits on a page at all; taller content
     * only needs room for its first lines.
     */
    void keepTogether(float height) {
        keepSpace(height < page() ? height : HEADING_SPACE + KEEP_WITH_NEXT);
    }

    /** Starts a new page unless the given height still fits on this one. */
    void keepSpace(float height) {
        if (space() < height) {
            document.newPage();
        }
    }

    /** The height left on this page. */
    private float space() {
        return writer.getVerticalPosition(false) - document.bottom();
    }

    /** The height of a page's text area. */
    private float page() {
        return document.top() - document.bottom();
    }
}
