package org.rolecompare.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextTests {

    @Test
    void dropsCharactersXmlForbidsAndKeepsTabsLineBreaksAndSurrogatePairs() {
        // given
        CellText text = new CellText();
        String input = "a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh\uD800i\uDC00j\t\n\r\uD83D\uDE00";

        // when
        String clean = text.clean(input);

        // then
        assertThat(clean).isEqualTo("abcdefghij\t\n\r\uD83D\uDE00");
        assertThat(text.truncatedCells()).isZero();
    }

    @Test
    void cutsAtTheCellLimitWithoutSplittingASurrogatePairAndCountsTheCut() {
        // given
        CellText text = new CellText();
        String input = "x".repeat(CellText.MAX_LENGTH - 1) + "\uD83D\uDE00" + "tail";

        // when
        String clean = text.clean(input);

        // then
        assertThat(clean).isEqualTo("x".repeat(CellText.MAX_LENGTH - 1));
        assertThat(text.clean("short")).isEqualTo("short");
        assertThat(text.truncatedCells()).isEqualTo(1);
    }
}
