package org.rolecompare.report.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How report text is made printable ({@link PlainText#printable}). */
class PlainTextTests {

    @Test
    void removesControlCharactersAndKeepsNewlines() {
        // given
        String text = "a\u0000b\u0007c\td\r\ne\u001Ff\u007Fg\u0085h";

        // when
        String printable = PlainText.printable(text);

        // then
        assertThat(printable).isEqualTo("abc d\nefgh");
    }

    @Test
    void keepsMarkupAndUnicodeAsTheyAre() {
        // given
        String text = "<script>alert(1)</script> %PDF-1.7 Señor Niño — Łódź ≥ 5 €";

        // when
        String printable = PlainText.printable(text);

        // then
        assertThat(printable).isSameAs(text);
    }
}
