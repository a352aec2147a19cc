package org.rolecompare.report.html;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;

import org.rolecompare.report.content.PlainText;

/**
 * The output every page is rendered into: JTE's own HTML escaping by context (element text,
 * attribute, script), after removing control characters from each value as the PDF does
 * ({@link PlainText#printable}: HTML forbids them, and a browser shows them as boxes or not at
 * all), so that a title holding {@code <script>}, quotes, ampersands or a stray escape character
 * reads as text. Applied to every value a template writes, no page can let one through.
 */
final class PageOutput extends OwaspHtmlTemplateOutput {

    PageOutput(TemplateOutput output) {
        super(output);
    }

    @Override
    public void writeUserContent(String value) {
        super.writeUserContent(value == null ? null : PlainText.printable(value));
    }
}
