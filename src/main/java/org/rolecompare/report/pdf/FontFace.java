package org.rolecompare.report.pdf;

import java.util.BitSet;

import com.lowagie.text.pdf.BaseFont;

/**
 * One parsed font a report can be set in, with the characters it has glyphs for.
 *
 * <p>OpenPDF answers {@link BaseFont#charExists} from a map keyed by boxed code points; a report asks
 * for every character it prints, so the Basic Multilingual Plane's answers are copied into a bit set
 * once, when the font is loaded, and so are their advance widths (the same map lookup again, for every
 * character the layout measures). Immutable after construction and shared by all threads: a
 * {@code BaseFont} is only read while documents are written.
 */
final class FontFace {

    private static final int BMP = 0x10000;

    private final String name;
    private final BaseFont font;
    private final BitSet bmp;
    private final int[] bmpWidths;
    private final boolean coversAscii;

    FontFace(String name, BaseFont font) {
        this.name = name;
        this.font = font;
        this.bmp = new BitSet(BMP);
        this.bmpWidths = new int[BMP];
        for (int c = 0; c < BMP; c++) {
            if (font.charExists(c)) {
                bmp.set(c);
                bmpWidths[c] = font.getWidth(c);
            }
        }
        this.coversAscii = bmp.nextClearBit(' ') > '~';
    }

    /** Where the font came from, for log lines. */
    String name() {
        return name;
    }

    BaseFont font() {
        return font;
    }

    /** Whether the font has a glyph for every printable ASCII character. */
    boolean coversAscii() {
        return coversAscii;
    }

    /** Whether the font has a glyph for the code point. */
    boolean covers(int codePoint) {
        return codePoint < BMP ? bmp.get(codePoint) : font.charExists(codePoint);
    }

    /**
     * The advance width of the code point in points, as {@link BaseFont#getWidthPoint(int, float)}
     * gives it, answered from an array for the characters the font has.
     */
    float widthPoint(int codePoint, float size) {
        int width = codePoint < BMP && bmp.get(codePoint) ? bmpWidths[codePoint] : font.getWidth(codePoint);
        return width * 0.001f * size;
    }

    /** The advance width of the text in points, as {@link BaseFont#getWidthPoint(String, float)} gives it. */
    float widthPoint(String text, float size) {
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                total += font.getWidth(text.codePointAt(i));
                i++;
            } else {
                total += bmp.get(c) ? bmpWidths[c] : font.getWidth(c);
            }
        }
        return total * 0.001f * size;
    }

    @Override
    public String toString() {
        return name;
    }
}
