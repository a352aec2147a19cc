package org.rolecompare.report.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;

/**
 * Breaks a {@link TextBlock} into lines of a given width and draws lines onto a page or cell.
 *
 * <p>Why not OpenPDF's {@code ColumnText}: it lays out through several object layers per character
 * and was about 40% of a render. Here each character is measured once with the font's own advance
 * widths ({@link FontFace#widthPoint}), and lines break as OpenPDF breaks them, so the
 * report reads the same: greedily, after the last space, hyphen or other break character that fits;
 * a word longer than the line is cut where the line is full, without a hyphen; a newline always
 * breaks; spaces at the start of a continued line are dropped. Each piece of text keeps the font of
 * its {@link FontInUse.Run}, so characters the main font lacks print in their fallback font.
 */
final class TextLines {

    /** Text of one font, size, colour and weight within a line. */
    record Piece(BaseFont font, float size, Color color, boolean bold, String text) {
    }

    /** One line: its offset from the block's left edge, its pieces and its largest font size. */
    record Line(float x, List<Piece> pieces, float maxSize) {
    }

    private TextLines() {
    }

    /** The block's lines in a column of the given width. */
    static List<Line> lines(TextBlock block, float width, FontInUse font) {
        Measured text = measure(block, font);
        List<Line> lines = new ArrayList<>();
        int n = text.chars.length();
        int pos = 0;
        boolean first = true;
        boolean continued = false;
        while (pos < n || first) {
            if (continued) {
                while (pos < n && isSpace(text.chars.charAt(pos))) {
                    pos++;
                }
                if (pos >= n) {
                    break;
                }
            }
            float x = block.indentLeft() + (first ? block.firstLineIndent() : 0f);
            int[] range = breakLine(text, pos, width - x);
            lines.add(text.line(x, pos, range[0]));
            pos = range[1];
            first = false;
            continued = range[2] == 0;
        }
        return lines;
    }

    /**
     * Where the line starting at {@code start} ends: {end (exclusive, trailing spaces left out),
     * where the next line starts, 1 when it ends at a newline (the next line keeps its spaces) else 0}.
     */
    private static int[] breakLine(Measured text, int start, float width) {
        String chars = text.chars;
        int n = chars.length();
        float left = width;
        int lastSplit = -1;
        int i = start;
        while (i < n) {
            char c = chars.charAt(i);
            if (c == '\n') {
                return new int[] {trimRight(chars, start, i), i + 1, 1};
            }
            int units = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(chars.charAt(i + 1)) ? 2 : 1;
            float w = text.widths[i];
            boolean split = isSplit(c);
            if (split && isSpace(c)) {
                lastSplit = i;
            }
            if (left - w < 0) {
                break;
            }
            if (split) {
                lastSplit = i;
            }
            left -= w;
            i += units;
        }
        if (i >= n) {
            return new int[] {trimRight(chars, start, n), n, 0};
        }
        if (i == start) {
            int units = Character.isHighSurrogate(chars.charAt(i)) && i + 1 < n ? 2 : 1;
            return new int[] {i + units, i + units, 0};
        }
        int end = trimRight(chars, start, i);
        if (end == start) {
            return new int[] {start, i, 0};
        }
        if (lastSplit == -1 || lastSplit >= end - 1) {
            return new int[] {end, i, 0};
        }
        int splitEnd = trimRight(chars, start, lastSplit + 1);
        return new int[] {splitEnd == start ? lastSplit + 1 : splitEnd, lastSplit + 1, 0};
    }

    /** The end of {@code chars[start, end)} without its trailing spaces. */
    private static int trimRight(String chars, int start, int end) {
        int e = end;
        while (e > start && isSpace(chars.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || noPrint(c);
    }

    /** OpenPDF's default break characters: white space, hyphens, and the CJK ranges. */
    private static boolean isSplit(char c) {
        if (c <= ' ' || c == '-' || c == '\u2010') {
            return true;
        }
        if (c < 0x2002) {
            return false;
        }
        return c <= 0x200b || c >= 0x2e80 && c < 0xd7a0 || c >= 0xf900 && c < 0xfb00
                || c >= 0xfe30 && c < 0xfe50 || c >= 0xff61 && c < 0xffa0;
    }

    /** Characters that take no room and are not drawn as glyphs' advance (zero-width and bidi marks, soft hyphen). */
    private static boolean noPrint(char c) {
        return c >= 0x200b && c <= 0x200f || c >= 0x202a && c <= 0x202e || c == 0xad;
    }

    private static Measured measure(TextBlock block, FontInUse font) {
        StringBuilder chars = new StringBuilder();
        List<float[]> widthParts = new ArrayList<>();
        List<Piece> styles = new ArrayList<>();
        List<int[]> styleRanges = new ArrayList<>();
        for (TextBlock.Span span : block.spans()) {
            for (FontInUse.Run run : font.runs(span.text())) {
                String s = run.text();
                float[] widths = new float[s.length()];
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        widths[i] = run.face().widthPoint(s.codePointAt(i), span.size());
                        i++;
                    } else if (!noPrint(c) && c != '\n') {
                        widths[i] = run.face().widthPoint(c, span.size());
                    }
                }
                styleRanges.add(new int[] {chars.length(), chars.length() + s.length(), styles.size()});
                styles.add(new Piece(run.font(), span.size(), span.color(), span.bold(), null));
                chars.append(s);
                widthParts.add(widths);
            }
        }
        float[] widths = new float[chars.length()];
        int at = 0;
        for (float[] part : widthParts) {
            System.arraycopy(part, 0, widths, at, part.length);
            at += part.length;
        }
        return new Measured(chars.toString(), widths, styles, styleRanges);
    }

    /** The block's text in one string, each character's advance width, and which style each range is in. */
    private record Measured(String chars, float[] widths, List<Piece> styles, List<int[]> ranges) {

        Line line(float x, int start, int end) {
            List<Piece> pieces = new ArrayList<>(2);
            float maxSize = 0f;
            for (int[] range : ranges) {
                int from = Math.max(start, range[0]);
                int to = Math.min(end, range[1]);
                Piece style = styles.get(range[2]);
                if (range[0] <= start && start < range[1] || from < to) {
                    maxSize = Math.max(maxSize, style.size());
                }
                if (from < to) {
                    pieces.add(new Piece(style.font(), style.size(), style.color(), style.bold(), chars.substring(from, to)));
                }
            }
            if (maxSize == 0f && !styles.isEmpty()) {
                maxSize = styles.get(0).size();
            }
            return new Line(x, pieces, maxSize);
        }
    }

    /**
     * Draws the line with its left edge at {@code left} and its baseline at {@code baseline}; when
     * {@code anchor} is not {@code null}, the outline destination of that name points at the line.
     */
    static void draw(PdfContentByte canvas, Line line, float left, float baseline, String anchor) {
        float x = left + line.x();
        if (anchor != null && !line.pieces().isEmpty()) {
            canvas.localDestination(anchor, new PdfDestination(PdfDestination.XYZ, x, baseline + line.pieces().get(0).size(), 0));
        }
        if (line.pieces().isEmpty()) {
            return;
        }
        canvas.beginText();
        canvas.setTextMatrix(x, baseline);
        for (Piece piece : line.pieces()) {
            canvas.setFontAndSize(piece.font(), piece.size());
            canvas.setColorFill(piece.color());
            if (piece.bold()) {
                canvas.setColorStroke(piece.color());
                canvas.setLineWidth(piece.size() / 32f);
                canvas.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
            }
            canvas.showText(piece.text());
            if (piece.bold()) {
                canvas.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
            }
        }
        canvas.endText();
    }
}
