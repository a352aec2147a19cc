package org.rolecompare.report.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph of the report before it is laid out: its pieces of styled text, line spacing
 * (leading), the space above and below it, its indents, and the outline anchor it is the target of.
 *
 * <p>The report is laid out by role-compare itself ({@link TextLines}, {@link PageFlow}) rather than
 * by OpenPDF's {@code Paragraph}/{@code ColumnText}, whose general layout cost most of a render; this
 * record carries what those paragraphs carried, so that the report keeps its look.
 *
 * @param spans           the text, each piece in one size, colour and weight
 * @param leading         distance between baselines
 * @param spacingBefore   space above, dropped at the top of a page
 * @param spacingAfter    space below
 * @param indentLeft      indent of every line
 * @param firstLineIndent extra indent of the first line (negative for a hanging first line)
 * @param anchor          name of the outline destination at the first line, or {@code null}
 */
record TextBlock(List<Span> spans, float leading, float spacingBefore, float spacingAfter, float indentLeft,
                 float firstLineIndent, String anchor) {

    /** A piece of text in one size, colour and weight; bold is drawn by stroking the outlines. */
    record Span(String text, float size, Color color, boolean bold) {
    }

    TextBlock {
        spans = List.copyOf(spans);
    }

    static TextBlock of(float leading, List<Span> spans) {
        return new TextBlock(spans, leading, 0f, 0f, 0f, 0f, null);
    }

    TextBlock spacing(float before, float after) {
        return new TextBlock(spans, leading, before, after, indentLeft, firstLineIndent, anchor);
    }

    TextBlock indent(float left, float firstLine) {
        return new TextBlock(spans, leading, spacingBefore, spacingAfter, left, firstLine, anchor);
    }

    /** The block as the target of the outline destination {@code name}; unchanged when {@code null}. */
    TextBlock anchored(String name) {
        return new TextBlock(spans, leading, spacingBefore, spacingAfter, indentLeft, firstLineIndent, name);
    }

    /** The block with more text after its own. */
    TextBlock append(List<Span> more) {
        List<Span> all = new ArrayList<>(spans);
        all.addAll(more);
        return new TextBlock(all, leading, spacingBefore, spacingAfter, indentLeft, firstLineIndent, anchor);
    }
}
