package org.rolecompare.report.html;

import gg.jte.html.OwaspHtmlTemplateOutput;

import org.rolecompare.report.content.PlainText;

/**
 * The output every page is rendered into: JTE's own HTML escaping by context (element text,
 * attribute, script), after removing control characters from each value as the PDF does
 * ({@link PlainText#printable}: HTML forbids them, and a browser shows them as boxes or not at
 * all), so that a title holding {@code <script>}, quotes, ampersands or a stray escape character
 * reads as text. Applied to every value a template writes, no page can let one through.
 *
 * <p>In the two contexts that hold nearly every value, an element's text (not a script's) and an
 * attribute JTE escapes as plain HTML, the value is written by
 * {@link PageBytes#writeEscaped(String, boolean)}: the same rule and the same escapes in one pass
 * over its UTF-8 bytes instead of three over its characters, which were half the pages' CPU on the
 * C1-only runs. The other contexts (a script, an {@code on...} handler, a URL attribute JTE checks
 * for {@code javascript:}, an iframe's {@code srcdoc}) go through {@link PlainText#printable} and
 * JTE as they are.
 */
final class PageOutput extends OwaspHtmlTemplateOutput {

    private final PageBytes bytes;

    /** Whether the current context's values are written in one pass; JTE's first context is an element's text. */
    private boolean fused = true;

    /** Whether the current context is an attribute value, as JTE tells one: a tag and an attribute. */
    private boolean attribute;

    PageOutput(PageBytes bytes) {
        super(bytes);
        this.bytes = bytes;
    }

    @Override
    public void setContext(String tagName, String attributeName) {
        super.setContext(tagName, attributeName);
        attribute = tagName != null && attributeName != null;
        fused = attribute ? plainAttribute(tagName, attributeName) : !"script".equalsIgnoreCase(tagName);
    }

    @Override
    public void writeUserContent(String value) {
        if (value == null) {
            return;
        }
        if (fused) {
            bytes.writeEscaped(value, attribute);
        } else {
            super.writeUserContent(PlainText.printable(value));
        }
    }

    /**
     * Whether JTE 3.2.5 writes a value of the attribute with {@code Escape.htmlAttribute} alone:
     * not an iframe's {@code srcdoc} (never written), not a URL it checks for {@code javascript:} and
     * {@code data:}, not an event handler ({@code on...}, escaped as JavaScript).
     */
    private static boolean plainAttribute(String tagName, String attributeName) {
        boolean srcdoc = "iframe".equalsIgnoreCase(tagName) && "srcdoc".equalsIgnoreCase(attributeName);
        return !srcdoc && !urlAttribute(tagName, attributeName) && !attributeName.regionMatches(true, 0, "on", 0, 2);
    }

    /** JTE 3.2.5's guarded URL attributes ({@code OwaspHtmlTemplateOutput.isGuardedUrlAttribute}). */
    private static boolean urlAttribute(String tagName, String attributeName) {
        if ("href".equalsIgnoreCase(attributeName)) {
            return "a".equalsIgnoreCase(tagName) || "area".equalsIgnoreCase(tagName) || "base".equalsIgnoreCase(tagName);
        }
        if ("src".equalsIgnoreCase(attributeName)) {
            return "iframe".equalsIgnoreCase(tagName);
        }
        if ("formaction".equalsIgnoreCase(attributeName)) {
            return "button".equalsIgnoreCase(tagName) || "input".equalsIgnoreCase(tagName);
        }
        return "form".equalsIgnoreCase(tagName) && "action".equalsIgnoreCase(attributeName);
    }
}
