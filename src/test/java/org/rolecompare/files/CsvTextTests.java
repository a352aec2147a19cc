package org.rolecompare.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guarding CSV cells against formula injection: text a spreadsheet would run as a formula gets a
 * leading apostrophe, while plain numbers (a growth rate of -4, a share of +3%) and the unknown
 * markers stay exactly as they are.
 */
class CsvTextTests {

    @Test
    void prefixesAFormulaWithAnApostrophe() {
        // given // when // then
        assertThat(CsvText.safe("=cmd")).isEqualTo("'=cmd");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+cmd", "-2+3", "@SUM(A1)", "-cmd", "\tcmd", "\rcmd"})
    void prefixesEveryFormulaLikeText(String value) {
        // given // when // then
        assertThat(CsvText.safe(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-4", "+3", "-4.5", "-4%", "-4 %", "-77,096", "-", "--", "43633", "Patient Care", "a=b"})
    void leavesNumbersUnknownMarkersAndOrdinaryTextAlone(String value) {
        // given // when // then
        assertThat(CsvText.safe(value)).isEqualTo(value);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void writesNothingForNoValue(String value) {
        // given // when // then
        assertThat(CsvText.safe(value)).isEmpty();
    }
}
