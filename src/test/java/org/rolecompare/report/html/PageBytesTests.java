package org.rolecompare.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * A page's bytes are the UTF-8 of what the template wrote, in order, whatever mix of plain text,
 * text beyond ASCII (accents, CJK, emoji as surrogate pairs) and pre-encoded parts, and however far
 * past its first capacity the page grows.
 */
class PageBytesTests {

    @Test
    void writesTextAndBinaryPartsAsUtf8InOrder() {
        // given
        PageBytes page = new PageBytes(4);
        String mixed = "São Paulo – 東京 \uD83D\uDE00 end";

        // when
        page.writeBinaryContent("<p>".getBytes(StandardCharsets.UTF_8));
        page.writeContent(mixed);
        page.writeContent("xx(Zürich)yy", 2, 10);
        page.writeBinaryContent("</p>".getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(new String(page.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("<p>" + mixed + "(Zürich)</p>");
        assertThat(page.toByteArray()).isEqualTo(("<p>" + mixed + "(Zürich)</p>").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void growsPastItsCapacity() {
        // given
        PageBytes page = new PageBytes(8);
        StringBuilder expected = new StringBuilder();

        // when
        for (int i = 0; i < 5_000; i++) {
            String part = "row " + i + (i % 3 == 0 ? " é" : "") + "\n";
            page.writeContent(part);
            expected.append(part);
        }

        // then
        assertThat(page.toByteArray()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
    }
}
