package org.rolecompare.report.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;

import org.rolecompare.report.content.PlainText;

/**
 * The typographic hierarchy of a comparison report and factories for its paragraphs
 * ({@link TextBlock}), tables and cells ({@link TableBlock}), with the sizes, leading, spacing,
 * padding and colours of each kind of text in one place.
 *
 * <p>All text is drawn in the report's embedded fonts ({@link FontInUse}), never in a standard font
 * a viewer would substitute. Only one regular font file ships on the classpath, so bold is derived
 * from it by stroking the glyph outlines (fill and stroke render mode), which keeps a single small
 * embedded subset and works in every viewer.
 * Colours are dark greys and one muted blue that stay distinct when printed in greyscale.
 *
 * <p>All text is passed through {@link PlainText#printable} first, so control characters in the data can
 * neither break a line nor reach the file; markup-like text ({@code <script>}, {@code %PDF-1.7}) is
 * harmless anyway because it is written as glyph codes of the embedded font.
 */
final class ReportStyles {

    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x5F, 0x66, 0x70);
    static final Color ACCENT = new Color(0x1F, 0x3A, 0x5F);
    static final Color RULE = new Color(0xB8, 0xC0, 0xCA);
    static final Color HEADER_FILL = new Color(0xE6, 0xEB, 0xF1);
    static final Color LEFT_BAR = new Color(0x9D, 0xB3, 0xCE);
    static final Color RIGHT_BAR = new Color(0x4A, 0x6A, 0x94);
    static final Color BAR_OUTLINE = new Color(0x33, 0x3A, 0x44);
    static final Color BOX_FILL = new Color(0xF3, 0xF5, 0xF8);

    static final float BODY_SIZE = 10f;
    static final float CELL_SIZE = 9f;
    static final float SMALL_SIZE = 8f;

    private final FontInUse font;

    ReportStyles(FontInUse font) {
        this.font = font;
    }

    /** The report's font, through which all its text passes. */
    FontInUse fontInUse() {
        return font;
    }

    /** Text in the report's font; runs of characters the main font lacks are set in a fallback font when drawn. */
    List<TextBlock.Span> text(String text, float size, Color color) {
        return List.of(new TextBlock.Span(text, size, color, false));
    }

    /**
     * Text for the document information and outline: printable, as UTF-16 written in hex, so no text
     * from the data (such as {@code %%EOF}) ever appears as such in the file's bytes.
     */
    static PdfString pdfText(String text) {
        PdfString string = new PdfString(PlainText.printable(text), PdfObject.TEXT_UNICODE);
        string.setHexWriting(true);
        return string;
    }

    /** Text in the report's font, emboldened by stroking its outlines in the text colour. */
    List<TextBlock.Span> bold(String text, float size, Color color) {
        return List.of(new TextBlock.Span(text, size, color, true));
    }

    /** The report title, also the target {@code anchor} of the first outline entry. */
    TextBlock title(String text, String anchor) {
        return TextBlock.of(26f, bold(text, 20f, ACCENT)).spacing(0f, 4f).anchored(anchor);
    }

    /**
     * A section heading that is also the target {@code anchor} of an outline entry ({@code null} for
     * a copy that is only measured).
     */
    TextBlock heading(String text, String anchor) {
        return TextBlock.of(17f, bold(text, 13f, ACCENT)).spacing(14f, 6f).anchored(anchor);
    }

    /**
     * One muted line standing where one or more sections without data would have been, also the
     * target {@code anchor} of their outline entries.
     */
    TextBlock absent(String text, String anchor) {
        return TextBlock.of(14.5f, text(text, BODY_SIZE, MUTED)).spacing(12f, 4f).anchored(anchor);
    }

    /** A small heading over a block in small type, such as "About these numbers", and the target {@code anchor}. */
    TextBlock smallHeading(String text, String anchor) {
        return TextBlock.of(13f, bold(text, 9f, TEXT)).spacing(16f, 2f).anchored(anchor);
    }

    TextBlock subheading(String text) {
        return TextBlock.of(14f, bold(text, 10.5f, TEXT)).spacing(6f, 3f);
    }

    TextBlock body(String text) {
        return TextBlock.of(14.5f, text(text, BODY_SIZE, TEXT)).spacing(0f, 6f);
    }

    TextBlock note(String text) {
        return TextBlock.of(11f, text(text, SMALL_SIZE, MUTED)).spacing(0f, 2f);
    }

    /** A bulleted line whose wrapped lines align with the text after the bullet. */
    TextBlock bullet(List<TextBlock.Span> content) {
        return TextBlock.of(13.5f, text("\u2022 ", BODY_SIZE, MUTED)).append(content).indent(14f, -10f).spacing(0f, 1.5f);
    }

    /** A shaded box with a bold caption over a bulleted list, e.g. the "Key differences". */
    TableBlock box(String caption, List<String> items, float width) {
        List<TextBlock> blocks = new ArrayList<>();
        blocks.add(TextBlock.of(15f, bold(caption, 11f, ACCENT)).spacing(0f, 2f));
        for (String item : items) {
            blocks.add(bullet(text(item, BODY_SIZE, TEXT)));
        }
        TableBlock table = new TableBlock(font, width, new float[] {1f}, 0, 4f, 4f, true);
        table.addRow(new TableBlock.Cell(blocks, false, BOX_FILL, false, true, 5f, 8f, 12f, 8f));
        return table;
    }

    /** A comparison table: a label column and one column per role, the header row repeated on each page. */
    TableBlock comparisonTable(float width) {
        return new TableBlock(font, width, new float[] {28f, 36f, 36f}, 1, 2f, 4f, false);
    }

    /** A table of two lists side by side under a header row. */
    TableBlock listsTable(float width) {
        return new TableBlock(font, width, new float[] {1f, 1f}, 1, 8f, 0f, true);
    }

    TableBlock.Cell headerCell(String text) {
        return cell(bold(text, CELL_SIZE, ACCENT), HEADER_FILL);
    }

    TableBlock.Cell labelCell(String text) {
        return cell(text(text, CELL_SIZE, MUTED), null);
    }

    TableBlock.Cell valueCell(String text) {
        return cell(text(text, CELL_SIZE, TEXT), null);
    }

    /** A text cell: its lines advance by the font size, as in OpenPDF's text-mode cells. */
    private static TableBlock.Cell cell(List<TextBlock.Span> spans, Color fill) {
        return new TableBlock.Cell(List.of(TextBlock.of(CELL_SIZE, spans)), true, fill, true, false, 3.5f, 5f, 4f, 4f);
    }

    /** One line of a list inside a table cell; a wrapped line is indented under its text. */
    TextBlock listLine(List<TextBlock.Span> content) {
        return TextBlock.of(12.5f, content).indent(12f, -12f);
    }

    /** A cell of lines (such as a ranked list), each line a paragraph so long lines wrap with a hanging indent. */
    TableBlock.Cell listCell(List<TextBlock> lines) {
        return new TableBlock.Cell(lines, false, null, false, false, 3.5f, 5f, 4f, 4f);
    }
}
