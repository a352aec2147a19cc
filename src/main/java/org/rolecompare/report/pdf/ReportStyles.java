package org.rolecompare.report.pdf;

import java.awt.Color;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;

/**
 * The typographic hierarchy of a comparison report and factories for text in it.
 *
 * <p>Every piece of text goes through here so that it always carries the embedded font: text
 * added without a font would make OpenPDF pull in non-embedded Helvetica. Only one regular font
 * file ships on the classpath, so bold is derived from it by stroking the glyph outlines (fill and
 * stroke render mode), which keeps a single small embedded subset and works in every viewer.
 * Colours are dark greys and one muted blue that stay distinct when printed in greyscale.
 *
 * <p>All text is passed through {@link #printable} first, so control characters in the data can
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

    Font font(float size, Color color) {
        return new Font(font.font(), size, Font.NORMAL, color);
    }

    /**
     * Text in the report's font: one chunk, or one per run of a fallback font where the report's
     * main font lacks characters. The phrase has the font of its first chunk, which gives it its
     * leading.
     */
    Phrase text(String text, float size, Color color) {
        return phrase(text, size, color, false);
    }

    private Phrase phrase(String text, float size, Color color, boolean bold) {
        List<FontInUse.Run> runs = font.runs(text);
        Phrase phrase = new Phrase(chunk(runs.get(0), size, color, bold));
        for (int i = 1; i < runs.size(); i++) {
            phrase.add(chunk(runs.get(i), size, color, bold));
        }
        return phrase;
    }

    private static Chunk chunk(FontInUse.Run run, float size, Color color, boolean bold) {
        Chunk chunk = new Chunk(run.text(), new Font(run.font(), size, Font.NORMAL, color));
        if (bold) {
            chunk.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, size / 32f, color);
        }
        return chunk;
    }

    /** The phrase with its first chunk as the target {@code anchor} of an outline entry; none when {@code null}. */
    private static Phrase anchored(Phrase phrase, String anchor) {
        if (anchor != null) {
            ((Chunk) phrase.get(0)).setLocalDestination(anchor);
        }
        return phrase;
    }

    /**
     * The text without control characters: a tab becomes a space, a newline stays, carriage returns
     * and the other C0 and C1 controls are removed.
     */
    static String printable(String text) {
        int i = 0;
        while (i < text.length() && !isControl(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                out.append(' ');
            } else if (!isControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Text for the document information and outline: printable, as UTF-16 written in hex, so no text
     * from the data (such as {@code %%EOF}) ever appears as such in the file's bytes.
     */
    static PdfString pdfText(String text) {
        PdfString string = new PdfString(printable(text), PdfObject.TEXT_UNICODE);
        string.setHexWriting(true);
        return string;
    }

    /** Whether {@link #printable} drops or replaces the character. */
    static boolean isControl(char c) {
        return c != '\n' && (c < 0x20 || (c >= 0x7F && c <= 0x9F));
    }

    /** Text in the report's font, emboldened by stroking its outlines in the text colour. */
    Phrase bold(String text, float size, Color color) {
        return phrase(text, size, color, true);
    }

    /** A paragraph of the phrase with the given leading and the phrase's font. */
    private static Paragraph paragraph(float leading, Phrase content) {
        Paragraph p = new Paragraph(leading);
        p.setFont(content.getFont());
        p.addAll(content);
        return p;
    }

    /** The report title, also the target {@code anchor} of the first outline entry. */
    Paragraph title(String text, String anchor) {
        Paragraph p = paragraph(26f, anchored(bold(text, 20f, ACCENT), anchor));
        p.setSpacingAfter(4f);
        return p;
    }

    /**
     * A section heading that is also the target {@code anchor} of an outline entry ({@code null} for
     * a copy that is only measured).
     */
    Paragraph heading(String text, String anchor) {
        Paragraph p = paragraph(17f, anchored(bold(text, 13f, ACCENT), anchor));
        p.setSpacingBefore(14f);
        p.setSpacingAfter(6f);
        return p;
    }

    /**
     * One muted line standing where one or more sections without data would have been, also the
     * target {@code anchor} of their outline entries.
     */
    Paragraph absent(String text, String anchor) {
        Paragraph p = paragraph(14.5f, anchored(text(text, BODY_SIZE, MUTED), anchor));
        p.setSpacingBefore(12f);
        p.setSpacingAfter(4f);
        return p;
    }

    /** A small heading over a block in small type, such as "About these numbers", and the target {@code anchor}. */
    Paragraph smallHeading(String text, String anchor) {
        Paragraph p = paragraph(13f, anchored(bold(text, 9f, TEXT), anchor));
        p.setSpacingBefore(16f);
        p.setSpacingAfter(2f);
        return p;
    }

    Paragraph subheading(String text) {
        Paragraph p = paragraph(14f, bold(text, 10.5f, TEXT));
        p.setSpacingBefore(6f);
        p.setSpacingAfter(3f);
        return p;
    }

    Paragraph body(String text) {
        Paragraph p = paragraph(14.5f, text(text, BODY_SIZE, TEXT));
        p.setSpacingAfter(6f);
        return p;
    }

    Paragraph note(String text) {
        Paragraph p = paragraph(11f, text(text, SMALL_SIZE, MUTED));
        p.setSpacingAfter(2f);
        return p;
    }

    /**
     * An empty paragraph that carries the embedded font: OpenPDF writes the spacing after a
     * paragraph as a blank in the paragraph's own font, which would otherwise be Helvetica.
     */
    Paragraph paragraph(float leading, float size) {
        Paragraph p = new Paragraph(leading);
        p.setFont(font(size, TEXT));
        return p;
    }

    /** A bulleted line whose wrapped lines align with the text after the bullet. */
    Paragraph bullet(Phrase... content) {
        Paragraph p = paragraph(13.5f, BODY_SIZE);
        p.setIndentationLeft(14f);
        p.setFirstLineIndent(-10f);
        p.addAll(text("\u2022 ", BODY_SIZE, MUTED));
        for (Phrase c : content) {
            p.addAll(c);
        }
        p.setSpacingAfter(1.5f);
        return p;
    }

    /** A shaded box with a bold caption over a bulleted list, e.g. the "Key differences". */
    PdfPTable box(String caption, List<String> items, float width) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(3f);
        cell.setBorderColorLeft(ACCENT);
        cell.setBackgroundColor(BOX_FILL);
        cell.setPadding(8f);
        cell.setPaddingLeft(12f);
        cell.setPaddingTop(5f);
        Paragraph head = paragraph(15f, bold(caption, 11f, ACCENT));
        head.setSpacingAfter(2f);
        cell.addElement(head);
        for (String item : items) {
            cell.addElement(bullet(text(item, BODY_SIZE, TEXT)));
        }
        PdfPTable table = new PdfPTable(1);
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        table.setSpacingBefore(4f);
        table.setSpacingAfter(4f);
        table.addCell(cell);
        return table;
    }

    PdfPCell headerCell(String text) {
        PdfPCell cell = cell(bold(text, CELL_SIZE, ACCENT));
        cell.setBackgroundColor(HEADER_FILL);
        return cell;
    }

    PdfPCell labelCell(String text) {
        return cell(text(text, CELL_SIZE, MUTED));
    }

    PdfPCell valueCell(String text) {
        Phrase phrase = text(text, CELL_SIZE, TEXT);
        phrase.setLeading(12.5f);
        return cell(phrase);
    }

    private static PdfPCell cell(Phrase phrase) {
        return styled(new PdfPCell(phrase));
    }

    private static PdfPCell styled(PdfPCell cell) {
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(3.5f);
        cell.setPaddingBottom(5f);
        cell.setPaddingLeft(4f);
        cell.setPaddingRight(4f);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    /** One line of a list inside a table cell; a wrapped line is indented under its text. */
    Paragraph listLine(Phrase... content) {
        Paragraph p = paragraph(12.5f, CELL_SIZE);
        p.setIndentationLeft(12f);
        p.setFirstLineIndent(-12f);
        for (Phrase c : content) {
            p.addAll(c);
        }
        return p;
    }

    /** A cell of lines (such as a ranked list), each line a paragraph so long lines wrap with a hanging indent. */
    PdfPCell listCell(List<Paragraph> lines) {
        PdfPCell cell = styled(new PdfPCell());
        for (Paragraph line : lines) {
            cell.addElement(line);
        }
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }
}
