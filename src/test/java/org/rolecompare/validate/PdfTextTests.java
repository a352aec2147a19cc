package org.rolecompare.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Cutting text for the PDF report: the report's layout time grows with the square of a
 * paragraph's length, so text over its limit is cut, after the last whole word and with an
 * ellipsis, and the result never exceeds the limit; text within it is left alone.
 */
class PdfTextTests {

    @Test
    void leavesTextWithinTheLimitAlone() {
        // given
        String text = "Answers patient questions.";

        // when
        String cut = PdfText.cut(text, text.length());

        // then
        assertThat(cut).isSameAs(text);
    }

    @Test
    void cutsAfterTheLastWholeWordAndAddsAnEllipsis() {
        // given
        String text = "Answers patient questions about bills and insurance claims";

        // when
        String cut = PdfText.cut(text, 30);

        // then
        assertThat(cut).isEqualTo("Answers patient questions\u2026").hasSizeLessThanOrEqualTo(30);
    }

    @Test
    void cutsInsideAWordWhenOneWordIsLongerThanTheLimit() {
        // given
        String text = "x".repeat(100_000);

        // when
        String cut = PdfText.cut(text, PdfText.DESCRIPTION_LIMIT);

        // then
        assertThat(cut).hasSize(PdfText.DESCRIPTION_LIMIT).endsWith("x\u2026");
    }

    @Test
    void neverSplitsACharacterOutsideTheBasicPlane() {
        // given: the cut would fall between the two halves of an emoji
        String text = "a".repeat(8) + "\uD83D\uDE00".repeat(10);

        // when
        String cut = PdfText.cut(text, 10);

        // then
        assertThat(cut).isEqualTo("a".repeat(8) + "\u2026");
    }

    @Test
    void eachColumnHasItsLimit() {
        // given // when // then
        assertThat(PdfText.limit("description")).isEqualTo(5_000);
        assertThat(PdfText.limit("responsibility")).isEqualTo(1_000);
        assertThat(PdfText.limit("title")).isEqualTo(200);
        assertThat(PdfText.limit("skill")).isEqualTo(200);
    }
}
