package org.rolecompare.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;

import org.rolecompare.report.content.PlainText;

/**
 * The fonts one report is set in, and the gate all of the report's text passes on its way into the
 * PDF: a main font, and fallback fonts for the characters it lacks (none for almost every report).
 * It makes text {@linkplain PlainText#printable printable}, splits it into runs of one font each,
 * and notes every character that no font of the report has, so that the renderer can choose other
 * fonts or say what printed blank. One instance per render, used by one thread.
 */
final class FontInUse {

    /** A piece of text set in one font. */
    record Run(FontFace face, String text) {

        BaseFont font() {
            return face.font();
        }
    }

    private final FontFace main;
    private final List<FontFace> fallbacks;
    private Set<Integer> missing;

    FontInUse(FontFace main, List<FontFace> fallbacks) {
        this.main = main;
        this.fallbacks = List.copyOf(fallbacks);
    }

    FontInUse(FontFace main) {
        this(main, List.of());
    }

    /** The main font: the font of all text the fallbacks are not needed for. */
    BaseFont font() {
        return main.font();
    }

    /** The fonts of the report, main font first. */
    List<FontFace> faces() {
        List<FontFace> faces = new ArrayList<>(fallbacks.size() + 1);
        faces.add(main);
        faces.addAll(fallbacks);
        return faces;
    }

    /** The printable text in runs of one font each, noting the characters no font has. */
    List<Run> runs(String text) {
        String printable = PlainText.printable(text);
        boolean ascii = main.coversAscii();
        int i = 0;
        while (i < printable.length() && coveredByMain(printable.charAt(i), ascii)) {
            i++;
        }
        if (i == printable.length()) {
            return List.of(new Run(main, printable));
        }
        List<Run> runs = new ArrayList<>(3);
        int start = 0;
        FontFace current = main;
        while (i < printable.length()) {
            int codePoint = printable.codePointAt(i);
            FontFace face = faceFor(codePoint, printable.charAt(i), ascii);
            if (face != current) {
                if (i > start) {
                    runs.add(new Run(current, printable.substring(start, i)));
                }
                start = i;
                current = face;
            }
            i += Character.charCount(codePoint);
        }
        runs.add(new Run(current, printable.substring(start)));
        return runs;
    }

    /** Whether the main font has the character, answered without a look-up for ASCII. */
    private boolean coveredByMain(char c, boolean ascii) {
        return c <= '~' ? ascii || c == '\n' : !Character.isSurrogate(c) && main.covers(c);
    }

    private FontFace faceFor(int codePoint, char c, boolean ascii) {
        if (coveredByMain(c, ascii) || main.covers(codePoint)) {
            return main;
        }
        for (FontFace fallback : fallbacks) {
            if (fallback.covers(codePoint)) {
                return fallback;
            }
        }
        if (missing == null) {
            missing = new TreeSet<>();
        }
        missing.add(codePoint);
        return main;
    }

    /** The width of the printable text in points. */
    float width(String text, float size) {
        float width = 0;
        for (Run run : runs(text)) {
            width += run.face().widthPoint(run.text(), size);
        }
        return width;
    }

    /** The printable text, cut with an ellipsis where it would not fit the width at the given size. */
    String fit(String text, float size, float width) {
        String printable = PlainText.printable(text);
        if (width(printable, size) <= width) {
            return printable;
        }
        String cut = printable.substring(0, Math.min(printable.length(), (int) (width / (size * 0.2f)) + 1));
        while (!cut.isEmpty() && width(cut + "\u2026", size) > width) {
            cut = cut.substring(0, cut.length() - (cut.length() > 1 && Character.isLowSurrogate(cut.charAt(cut.length() - 1)) ? 2 : 1));
        }
        return cut + "\u2026";
    }

    /**
     * Shows one line of text at the given point inside a {@code beginText}/{@code endText} block,
     * aligned like {@link PdfContentByte#showTextAligned}, each run in its font.
     */
    void show(PdfContentByte canvas, String text, float size, float x, float y, int alignment) {
        List<Run> runs = runs(text);
        float start = x;
        if (alignment != Element.ALIGN_LEFT) {
            float width = 0;
            for (Run run : runs) {
                width += run.face().widthPoint(run.text(), size);
            }
            start = alignment == Element.ALIGN_CENTER ? x - width / 2 : x - width;
        }
        canvas.setTextMatrix(start, y);
        for (Run run : runs) {
            canvas.setFontAndSize(run.font(), size);
            canvas.showText(run.text());
        }
    }

    /** The code points of text shown so far that no font of the report has, in order. */
    Set<Integer> missing() {
        return missing == null ? Set.of() : missing;
    }
}
