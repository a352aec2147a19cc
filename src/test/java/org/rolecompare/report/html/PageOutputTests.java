package org.rolecompare.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import gg.jte.html.HtmlTemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;

import org.junit.jupiter.api.Test;
import org.rolecompare.report.content.PlainText;

/**
 * A value written into a page is the UTF-8 of JTE's escaping of {@link PlainText#printable} of it,
 * byte for byte, whichever path writes it: the one pass of {@link PageBytes#writeEscaped} in an
 * element's text and a plain attribute, JTE itself in a script, a URL attribute or an event
 * handler. Checked on markup, quotes, every control character, text beyond ASCII, surrogate pairs
 * and lone surrogates, and on thousands of random mixes of them.
 */
class PageOutputTests {

    /** Contexts written in one pass: element text, including JTE's first context, and plain attributes. */
    private static final List<String[]> TEXT = List.of(context("p", null), context(null, null), context("td", null), context("Title", null),
            context(null, "id"));
    private static final List<String[]> ATTRIBUTES = List.of(context("section", "aria-label"), context("link", "href"),
            context("script", "src"), context("svg", "viewBox"), context("a", "title"), context("iframe", "name"), context("A", "data-on"));

    /** Contexts JTE escapes its own way or checks, written as before. */
    private static final List<String[]> JTE = List.of(context("script", null), context("SCRIPT", null), context("a", "href"),
            context("AREA", "Href"), context("base", "href"), context("iframe", "src"), context("button", "formaction"),
            context("input", "FORMACTION"), context("form", "action"), context("div", "onclick"), context("a", "ONMOUSEOVER"),
            context("iframe", "srcdoc"));

    private static final List<String> VALUES = values();

    @Test
    void writesElementTextPrintableEscapedAsUtf8() {
        for (String[] context : TEXT) {
            for (String value : VALUES) {
                // given // when
                byte[] written = written(context, value);

                // then
                assertThat(written).as("%s in <%s>", describe(value), context[0]).isEqualTo(escaped(Escape::htmlContent, value));
            }
        }
    }

    @Test
    void writesAttributeValuesPrintableEscapedAsUtf8() {
        for (String[] context : ATTRIBUTES) {
            for (String value : VALUES) {
                // given // when
                byte[] written = written(context, value);

                // then
                assertThat(written).as("%s in <%s %s>", describe(value), context[0], context[1])
                        .isEqualTo(escaped(Escape::htmlAttribute, value));
            }
        }
    }

    @Test
    void leavesScriptsUrlsAndHandlersToJte() {
        List<String> values = new ArrayList<>(VALUES);
        values.addAll(List.of("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "../roles/nurse.html",
                "java\u0001script:x"));
        for (String[] context : JTE) {
            for (String value : values) {
                // given // when
                byte[] written = written(context, value);

                // then
                assertThat(written).as("%s in <%s %s>", describe(value), context[0], context[1]).isEqualTo(jte(context, value));
            }
        }
        assertThat(written(context("a", "href"), "javascript:alert(1)")).isEmpty();
        assertThat(written(context("script", null), "</script>")).isEqualTo("<\\/script>".getBytes(StandardCharsets.UTF_8));
        assertThat(written(context("div", "onclick"), "a'b")).isEqualTo("a\\x27b".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesRandomTextAsBefore() {
        // given
        Random random = new Random(19);
        List<String[]> contexts = new ArrayList<>(TEXT);
        contexts.addAll(ATTRIBUTES);
        contexts.addAll(JTE);

        for (int i = 0; i < 5_000; i++) {
            String value = randomText(random);
            String[] context = contexts.get(i % contexts.size());

            // when
            byte[] written = written(context, value);

            // then
            assertThat(written).as("%s in <%s %s>", describe(value), context[0], context[1]).isEqualTo(jte(context, value));
        }
    }

    @Test
    void writesValuesOneAfterAnotherAndGrows() {
        // given
        PageBytes bytes = new PageBytes(4);
        PageOutput output = new PageOutput(bytes);
        StringBuilder expected = new StringBuilder();

        // when
        for (int i = 0; i < 2_000; i++) {
            output.setContext("p", null);
            output.writeUserContent("<b>" + i + "\u0001 & é\t</b>");
            output.setContext("p", "title");
            output.writeUserContent("\"" + i + "\"");
            expected.append("&lt;b&gt;").append(i).append(" &amp; é &lt;/b&gt;").append("&#34;").append(i).append("&#34;");
        }

        // then
        assertThat(bytes.toByteArray()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesNothingForNoValue() {
        for (String[] context : List.of(context("p", null), context("p", "title"), context("script", null), context("a", "href"))) {
            // given // when // then
            assertThat(written(context, null)).isEmpty();
        }
    }

    @Test
    void writesContentAsJteDoesWithValuesInsidePrintable() {
        // given
        Content content = output -> {
            output.writeContent("<em>");
            ((HtmlTemplateOutput) output).setContext("em", null);
            output.writeUserContent("a\u0001<b>");
            output.writeContent("</em>");
        };
        PageBytes text = new PageBytes(4);
        PageBytes attribute = new PageBytes(4);
        PageOutput inText = new PageOutput(text);
        PageOutput inAttribute = new PageOutput(attribute);

        // when
        inText.setContext("p", null);
        inText.writeUserContent(content);
        inAttribute.setContext("p", "title");
        inAttribute.writeUserContent(content);

        // then
        assertThat(new String(text.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("<em>a&lt;b&gt;</em>");
        assertThat(new String(attribute.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("&lt;em>a\u0001&lt;b>&lt;/em>");
    }

    private static String[] context(String tagName, String attributeName) {
        return new String[] {tagName, attributeName};
    }

    /** What a page holds for the value written in the context. */
    private static byte[] written(String[] context, String value) {
        PageBytes bytes = new PageBytes(4);
        PageOutput output = new PageOutput(bytes);
        output.setContext(context[0], context[1]);
        output.writeUserContent(value);
        return bytes.toByteArray();
    }

    /** The value printable, escaped by JTE, as UTF-8: the three passes pages made before. */
    private static byte[] escaped(BiConsumer<String, TemplateOutput> escape, String value) {
        StringOutput output = new StringOutput();
        escape.accept(PlainText.printable(value), output);
        return output.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The value printable, written by JTE's own output in the context, as UTF-8. */
    private static byte[] jte(String[] context, String value) {
        StringOutput output = new StringOutput();
        OwaspHtmlTemplateOutput html = new OwaspHtmlTemplateOutput(output);
        html.setContext(context[0], context[1]);
        html.writeUserContent(PlainText.printable(value));
        return output.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> values() {
        List<String> values = new ArrayList<>(List.of("", "Registered Nurse", "<script>alert(\"x\")</script>", "O'Brien & \"Sons\"",
                "a > b < c", "&amp; &lt;", "tab\there", "line\nbreak", "crlf\r\n", "é", "Zürich", "Straße", "\u00a0\u00a9\u00bf\u00c0\u00ff",
                "€ 100 — 中文", "\uD83D\uDE00", "smile \uD83D\uDE00 & <wink> \uD83D\uDE09", "a\uD83D", "\uDE00b", "\uD83D\uD83D",
                "\uDE00\uD83D", "\uD83D\u0001\uDE00", "\uD83D\u0085\uDE00", "\uD83D\t\uDE00", "\uD83D\n\uDE00", "why?\u0001", "?\u0085?",
                "\u0085\u00a0\u0080\u009f\u00a0", "\u0100\u07ff\u0800\uffff"));
        for (char c = 0; c < 0x20; c++) {
            values.add("a" + c + "b");
            values.add(String.valueOf(c));
        }
        for (char c = 0x7F; c <= 0xA0; c++) {
            values.add("a" + c + "b");
            values.add(String.valueOf(c));
        }
        return values;
    }

    /** Up to 24 characters, each from one of the kinds of {@link #values()}. */
    private static String randomText(Random random) {
        String[] kinds = {"abcXYZ019 ?.-/=:;", "&<>\"'", "\t\n\r\u0000\u001b\u001f", "\u007f\u0080\u0085\u009f", "éüßÀÿ\u00a0\u00a9",
                "€—中文\u0100\u07ff\u0800\uffff", "\uD83D", "\uDE00"};
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(25);
        for (int i = 0; i < length; i++) {
            String kind = kinds[random.nextInt(kinds.length)];
            if (kind.equals("\uD83D") && random.nextBoolean()) {
                text.append("\uD83D\uDE00");
            } else {
                text.append(kind.charAt(random.nextInt(kind.length())));
            }
        }
        return text.toString();
    }

    private static String describe(String value) {
        StringBuilder text = new StringBuilder("\"");
        value.chars().forEach(c -> text.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : "\\u%04x".formatted(c)));
        return text.append('"').toString();
    }
}
