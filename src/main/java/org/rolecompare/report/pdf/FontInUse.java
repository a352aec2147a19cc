package org.rolecompare.report.pdf;

import java.util.Set;
import java.util.TreeSet;

import com.lowagie.text.pdf.BaseFont;

/**
 * The font one report is set in, and the gate all of the report's text passes on its way into the
 * PDF: it makes the text {@linkplain ReportStyles#printable printable} and notes every character the
 * font has no glyph for, so that the renderer can choose a fuller font or say what printed blank.
 * One instance per render, used by one thread.
 */
final class FontInUse {

    private final FontFace face;
    private Set<Integer> missing;

    FontInUse(FontFace face) {
        this.face = face;
    }

    FontFace face() {
        return face;
    }

    BaseFont font() {
        return face.font();
    }

    /** The text as it is printed, noting the characters the font lacks. */
    String shown(String text) {
        String printable = ReportStyles.printable(text);
        boolean ascii = face.coversAscii();
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            if ((c > '~' || !ascii) && c != '\n' && !face.covers(c)) {
                noteMissing(printable, i);
            }
        }
        return printable;
    }

    private void noteMissing(String text, int index) {
        int codePoint = text.codePointAt(index);
        if (Character.isLowSurrogate(text.charAt(index)) || face.covers(codePoint)) {
            return;
        }
        if (missing == null) {
            missing = new TreeSet<>();
        }
        missing.add(codePoint);
    }

    /** The code points of text shown so far that the font has no glyph for, in order. */
    Set<Integer> missing() {
        return missing == null ? Set.of() : missing;
    }
}
