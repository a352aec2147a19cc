package org.rolecompare.report.html;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;

/**
 * The output every page is rendered into: JTE's own HTML escaping by context (element text,
 * attribute, script), after removing control characters from each value ({@link Text}), so that a
 * title holding {@code <script>}, quotes, ampersands or a stray escape character reads as text.
 */
final class PageOutput extends OwaspHtmlTemplateOutput {

    PageOutput(TemplateOutput output) {
        super(output);
    }

    @Override
    public void writeUserContent(String value) {
        super.writeUserContent(value == null ? null : Text.withoutControls(value));
    }
}
