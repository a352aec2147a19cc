package org.rolecompare.report.pdf;

import java.util.BitSet;

import com.lowagie.text.pdf.BaseFont;

/**
 * One parsed font a report can be set in, with the characters it has glyphs for.
 *
 * <p>OpenPDF answers {@link BaseFont#charExists} from a map keyed by boxed code points; a report asks
 * for every character it prints, so the Basic Multilingual Plane's answers are copied into a bit set
 * once, when the font is loaded. Immutable after construction and shared by all threads: a
 * {@code BaseFont} is only read while documents are written.
 */
final class FontFace {

    private static final int BMP = 0x10000;

    private final String name;
    private final BaseFont font;
    private final BitSet bmp;
    private final boolean coversAscii;

    FontFace(String name, BaseFont font) {
        this.name = name;
        this.font = font;
        this.bmp = new BitSet(BMP);
        for (int c = 0; c < BMP; c++) {
            if (font.charExists(c)) {
                bmp.set(c);
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

    @Override
    public String toString() {
        return name;
    }
}
