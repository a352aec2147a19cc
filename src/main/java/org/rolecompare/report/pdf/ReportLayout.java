package org.rolecompare.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Places the report's blocks on pages: headings with their outline entries, charts and tables, each
 * kept with what follows it or moved to a new page so that nothing is parted badly (a heading alone
 * at the bottom of a page, a chart split from its note, a table ending with one lonely row).
 *
 * <p>The page flow ({@link PageFlow}) does not look ahead, so each block is measured first and a new
 * page started when it would not fit. One instance per render: it counts the outline destinations.
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

    private final PageFlow flow;
    private final PdfWriter writer;
    private final ReportStyles styles;
    private int anchors;

    ReportLayout(PageFlow flow, PdfWriter writer, ReportStyles styles) {
        this.flow = flow;
        this.writer = writer;
        this.styles = styles;
    }

    /** The width of the text column. */
    float width() {
        return flow.width();
    }

    /** Adds a paragraph at the current position. */
    void add(TextBlock block) {
        flow.paragraph(block);
    }

    /** Adds a table at the current position. */
    void add(TableBlock table) {
        flow.table(table);
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
    void heading(String text, String outline) {
        keepSpace(headingHeight(text) + HEADING_SPACE + KEEP_WITH_NEXT);
        flow.paragraph(styles.heading(text, anchor(outline)));
    }

    void subheading(String text) {
        keepSpace(HEADING_SPACE + KEEP_WITH_NEXT);
        flow.paragraph(styles.subheading(text));
    }

    /** A chart with an optional caption above and note below, kept together on one page. */
    void addChart(String caption, ChartCanvas chart, String note) throws DocumentException {
        TextBlock noteBlock = note == null ? null : styles.note(note);
        keepSpace(chart.height() + (caption == null ? 12f : HEADING_SPACE) + (noteBlock == null ? 0f : height(noteBlock)));
        if (caption != null) {
            flow.paragraph(styles.subheading(caption));
        }
        flow.chart(chart);
        if (noteBlock != null) {
            flow.paragraph(noteBlock);
        }
    }

    /**
     * A section heading {@code text}, its table and the table's note. Kept on one page when they fit
     * on a page, with the {@code following} height of what comes right after (such as a chart) when
     * all of it fits; a longer table starts under its heading with at least its first rows, repeats
     * its header row on each page and leaves at least {@value #MIN_LAST_ROWS} rows for the page it
     * ends on. The outline entry is the section's short {@code name}.
     */
    void headedTable(String text, String name, TableBlock table, String note, float following) {
        TextBlock noteBlock = note == null ? null : styles.note(note);
        float heading = headingHeight(text);
        float after = noteBlock == null ? 0f : height(noteBlock);
        placeTable(table, heading, after, following);
        flow.paragraph(styles.heading(text, anchor(name)));
        flow.table(table);
        if (noteBlock != null) {
            flow.paragraph(noteBlock);
        }
    }

    /** Starts a new page where a heading and table of these heights would otherwise be parted badly. */
    private void placeTable(TableBlock table, float heading, float note, float following) {
        float page = flow.page();
        float tableHeight = table.spacingBefore() + table.totalHeight() + table.spacingAfter();
        if (heading + tableHeight + note + following <= page) {
            keepSpace(heading + tableHeight + note + following);
            return;
        }
        if (heading + tableHeight + note <= page) {
            keepSpace(heading + tableHeight + note);
            return;
        }
        float top = heading + table.spacingBefore();
        int firstRows = Math.min(MIN_LAST_ROWS, table.size() - table.headerRows());
        float start = top + table.headerHeight();
        for (int i = 0; i < firstRows; i++) {
            start += table.rowHeight(table.headerRows() + i);
        }
        float space = flow.space();
        if (space < Math.min(start, page) || (rowsOnLastPage(table, space - top, page) < MIN_LAST_ROWS
                && rowsOnLastPage(table, page - top, page) >= MIN_LAST_ROWS)) {
            flow.newPage();
        }
    }

    /**
     * How many rows a table would put on the page it ends on when it starts with {@code space} left
     * on this page; a row that does not fit moves to the next page, unless it is taller than a page.
     */
    private static int rowsOnLastPage(TableBlock table, float space, float page) {
        float header = table.headerHeight();
        float left = space - header;
        int onPage = 0;
        for (int i = table.headerRows(); i < table.size(); i++) {
            float row = table.rowHeight(i);
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

    /**
     * The height a paragraph takes in the text column, with its spacing: measured as before the
     * layout was drawn directly, the space after counted twice, so that pages break where they did.
     */
    float height(TextBlock block) {
        return flow.lines(block).size() * block.leading() + block.spacingBefore() + 2 * block.spacingAfter();
    }

    /**
     * Keeps content of the given height on one page when it fits on a page at all; taller content
     * only needs room for its first lines.
     */
    void keepTogether(float height) {
        keepSpace(height < flow.page() ? height : HEADING_SPACE + KEEP_WITH_NEXT);
    }

    /** Starts a new page unless the given height still fits on this one. */
    void keepSpace(float height) {
        if (flow.space() < height) {
            flow.newPage();
        }
    }
}
