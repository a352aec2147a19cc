package org.rolecompare.report.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfContentByte;

/**
 * A table of the report, laid out once and drawn straight onto the page: columns of fixed widths,
 * header rows repeated on every page the table runs onto, cells of wrapped text with padding, a
 * fill and a rule below or an accent bar on the left.
 *
 * <p>Why not {@code PdfPTable}: measuring and writing its cells through {@code ColumnText} was the
 * largest part of a render, and every report's tables have the same few shapes. The row heights and
 * the way a row is split across pages follow {@code PdfPTable}'s, so the report keeps its look:
 * a row is its tallest cell plus padding; a text cell advances by its font size per line and a cell
 * of paragraphs by their leading; a row that does not fit is either split at a line, the part on
 * this page reaching to its bottom (tables that split early), or moved whole to the next page.
 */
final class TableBlock {

    /** A cell's look and its paragraphs; in a text cell lines advance by their font size, else by the paragraph's leading. */
    record Cell(List<TextBlock> blocks, boolean textMode, Color fill, boolean ruleBelow, boolean accentLeft,
                float padTop, float padBottom, float padLeft, float padRight) {
    }

    /** A laid-out line in a cell: how far it advances down to its baseline, and the space after it. */
    private record CellLine(TextLines.Line line, float advance, float after, String anchor) {
    }

    /** A cell laid out in its column. */
    private record Laid(Cell cell, float x, List<CellLine> lines) {

        float contentHeight() {
            float h = 0f;
            for (CellLine line : lines) {
                h += line.advance() + line.after();
            }
            return h;
        }
    }

    /** A row of laid-out cells; {@code fixed} is its height when it is the part of a split row that fills a page. */
    record Row(List<Laid> cells, float fixed) {

        float height() {
            if (fixed > 0f) {
                return fixed;
            }
            float h = 0f;
            for (Laid laid : cells) {
                h = Math.max(h, laid.cell().padTop() + laid.contentHeight() + laid.cell().padBottom());
            }
            return h;
        }

        /** This row split to the height {@code h}: the part that fits and the rest, or {@code null} when no line fits. */
        Row[] split(float h) {
            List<Laid> first = new ArrayList<>();
            List<Laid> rest = new ArrayList<>();
            boolean anyFits = false;
            for (Laid laid : cells) {
                float room = h - laid.cell().padTop() - laid.cell().padBottom();
                float used = 0f;
                int fit = 0;
                for (CellLine line : laid.lines()) {
                    if (used + line.advance() > room) {
                        break;
                    }
                    used += line.advance() + line.after();
                    fit++;
                }
                anyFits |= fit > 0;
                first.add(new Laid(laid.cell(), laid.x(), laid.lines().subList(0, fit)));
                rest.add(new Laid(laid.cell(), laid.x(), laid.lines().subList(fit, laid.lines().size())));
            }
            return anyFits ? new Row[] {new Row(first, h), new Row(rest, 0f)} : null;
        }
    }

    private final float width;
    private final float[] columnX;
    private final float[] columnWidth;
    private final int headerRows;
    private final List<Row> rows = new ArrayList<>();
    private final float spacingBefore;
    private final float spacingAfter;
    private final boolean splitLate;
    private final FontInUse font;

    /**
     * A table of the given total width and relative column widths; {@code splitLate} moves a row
     * that does not fit to the next page rather than split it (unless it starts a page).
     */
    TableBlock(FontInUse font, float width, float[] relativeWidths, int headerRows, float spacingBefore, float spacingAfter,
               boolean splitLate) {
        this.font = font;
        this.width = width;
        this.headerRows = headerRows;
        this.spacingBefore = spacingBefore;
        this.spacingAfter = spacingAfter;
        this.splitLate = splitLate;
        float total = 0f;
        for (float w : relativeWidths) {
            total += w;
        }
        columnX = new float[relativeWidths.length];
        columnWidth = new float[relativeWidths.length];
        float x = 0f;
        for (int i = 0; i < relativeWidths.length; i++) {
            columnWidth[i] = width * relativeWidths[i] / total;
            columnX[i] = x;
            x += columnWidth[i];
        }
    }

    /** Adds a row of one cell per column. */
    void addRow(Cell... cells) {
        List<Laid> laid = new ArrayList<>(cells.length);
        for (int i = 0; i < cells.length; i++) {
            Cell cell = cells[i];
            float inner = columnWidth[i] - cell.padLeft() - cell.padRight();
            List<CellLine> lines = new ArrayList<>();
            for (TextBlock block : cell.blocks()) {
                List<TextLines.Line> blockLines = TextLines.lines(block, inner, font);
                for (int j = 0; j < blockLines.size(); j++) {
                    TextLines.Line line = blockLines.get(j);
                    float advance = cell.textMode() ? line.maxSize() : block.leading();
                    float after = j == blockLines.size() - 1 ? block.spacingAfter() : 0f;
                    lines.add(new CellLine(line, advance, after, j == 0 ? block.anchor() : null));
                }
            }
            laid.add(new Laid(cell, columnX[i], lines));
        }
        rows.add(new Row(laid, 0f));
    }

    float width() {
        return width;
    }

    int size() {
        return rows.size();
    }

    int headerRows() {
        return headerRows;
    }

    float spacingBefore() {
        return spacingBefore;
    }

    float spacingAfter() {
        return spacingAfter;
    }

    boolean splitLate() {
        return splitLate;
    }

    float rowHeight(int i) {
        return rows.get(i).height();
    }

    float headerHeight() {
        float h = 0f;
        for (int i = 0; i < headerRows; i++) {
            h += rowHeight(i);
        }
        return h;
    }

    float totalHeight() {
        float h = 0f;
        for (Row row : rows) {
            h += row.height();
        }
        return h;
    }

    /** The body rows (after the header), to be placed on pages. */
    List<Row> bodyRows() {
        return new ArrayList<>(rows.subList(headerRows, rows.size()));
    }

    /** Draws the header rows and then {@code body} with the top at {@code top} and the left edge at {@code left}. */
    void draw(PdfContentByte canvas, float left, float top, List<Row> body) {
        List<Row> shown = new ArrayList<>(rows.subList(0, headerRows));
        shown.addAll(body);
        float[] tops = new float[shown.size()];
        float y = top;
        for (int i = 0; i < shown.size(); i++) {
            tops[i] = y;
            y -= shown.get(i).height();
        }
        for (int i = 0; i < shown.size(); i++) {
            fills(canvas, left, tops[i], shown.get(i));
        }
        boolean rules = false;
        for (int i = 0; i < shown.size(); i++) {
            Row row = shown.get(i);
            for (int c = 0; c < row.cells().size(); c++) {
                Laid laid = row.cells().get(c);
                if (laid.cell().ruleBelow()) {
                    if (!rules) {
                        canvas.setLineWidth(0.5f);
                        canvas.setColorStroke(ReportStyles.RULE);
                        rules = true;
                    }
                    float bottom = tops[i] - row.height();
                    canvas.moveTo(left + laid.x(), bottom);
                    canvas.lineTo(left + laid.x() + columnWidth[c], bottom);
                }
            }
        }
        if (rules) {
            canvas.stroke();
        }
        for (int i = 0; i < shown.size(); i++) {
            for (Laid laid : shown.get(i).cells()) {
                float baseline = tops[i] - laid.cell().padTop();
                for (CellLine line : laid.lines()) {
                    baseline -= line.advance();
                    TextLines.draw(canvas, line.line(), left + laid.x() + laid.cell().padLeft(), baseline, line.anchor());
                    baseline -= line.after();
                }
            }
        }
    }

    private void fills(PdfContentByte canvas, float left, float top, Row row) {
        for (int c = 0; c < row.cells().size(); c++) {
            Laid laid = row.cells().get(c);
            float h = row.height();
            if (laid.cell().fill() != null) {
                canvas.setColorFill(laid.cell().fill());
                canvas.rectangle(left + laid.x(), top - h, columnWidth[c], h);
                canvas.fill();
            }
            if (laid.cell().accentLeft()) {
                canvas.setColorFill(ReportStyles.ACCENT);
                canvas.rectangle(left + laid.x(), top - h, 3f, h);
                canvas.fill();
            }
        }
    }
}
