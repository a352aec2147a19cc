package org.rolecompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The value parsers of {@code docs/input-format.md}: which spellings each type accepts, which it
 * refuses (with the expected-value text the finding shows), and that unknown is {@code null}, never
 * zero. Range rules are deliberately not checked here, so those inputs must still parse.
 */
class ValuesTests {

    @ParameterizedTest
    @ValueSource(strings = {"43633", "43,633", "$43,633", "43633.00", " 43633 ", "$ 43,633"})
    void acceptsEverySpellingOfMoney(String raw) throws InvalidValueException {
        // given // when
        Double value = Values.money(raw);

        // then
        assertThat(value).isEqualTo(43633.0);
    }

    @Test
    void keepsTheCentsOfMoney() throws InvalidValueException {
        // given // when // then
        assertThat(Values.money("20.98")).isEqualTo(20.98);
        assertThat(Values.money("$1,234,567.5")).isEqualTo(1234567.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"43.633,00", "abc", "1,23", "-5", "43633 USD", "$$43633"})
    void refusesMoneyThatIsNotMoney(String raw) {
        // given // when // then
        assertThatThrownBy(() -> Values.money(raw))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).expected())
                .isEqualTo(Values.MONEY);
    }

    @Test
    void parsesSharesWithOrWithoutAPercentSign() throws InvalidValueException {
        // given // when // then
        assertThat(Values.share("50")).isEqualTo(50.0);
        assertThat(Values.share("50%")).isEqualTo(50.0);
        assertThat(Values.share("50.0 %")).isEqualTo(50.0);
        assertThat(Values.share("79.2")).isEqualTo(79.2);
    }

    @Test
    void parsesANegativeShareSoThatTheShareRangeRuleCanReportIt() throws InvalidValueException {
        // given // when // then
        assertThat(Values.share("-5")).isEqualTo(-5.0);
        assertThat(Values.share("101")).isEqualTo(101.0);
    }

    @Test
    void refusesAShareThatIsNotANumber() {
        // given // when // then
        assertThatThrownBy(() -> Values.share("half"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("expected " + Values.SHARE);
        assertThatThrownBy(() -> Values.share("50%%")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void parsesSignedPercentages() throws InvalidValueException {
        // given // when // then
        assertThat(Values.percent("-4")).isEqualTo(-4.0);
        assertThat(Values.percent("28%")).isEqualTo(28.0);
        assertThat(Values.percent("+3")).isEqualTo(3.0);
        assertThat(Values.percent("-")).isNull();
    }

    @Test
    void refusesAPercentageThatIsNotANumber() {
        // given // when // then
        assertThatThrownBy(() -> Values.percent("about 4"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("expected " + Values.PERCENT);
    }

    @Test
    void parsesCountsWithOrWithoutThousandsSeparators() throws InvalidValueException {
        // given // when // then
        assertThat(Values.count("77096")).isEqualTo(77096L);
        assertThat(Values.count("77,096")).isEqualTo(77096L);
        assertThat(Values.count("0")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1.5", "7,70,96", "1234567890123456789", "lots"})
    void refusesCountsThatAreNotWholeNonNegativeNumbers(String raw) {
        // given // when // then
        assertThatThrownBy(() -> Values.count(raw))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("expected " + Values.COUNT);
    }

    @Test
    void parsesPlainNumbers() throws InvalidValueException {
        // given // when // then
        assertThat(Values.number("40")).isEqualTo(40.0);
        assertThat(Values.number(" 4.5 ")).isEqualTo(4.5);
        assertThat(Values.number("-2")).isEqualTo(-2.0);
        assertThat(Values.number("N/A")).isNull();
        assertThatThrownBy(() -> Values.number("4,5"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("expected " + Values.NUMBER);
    }

    @Test
    void parsesYearsAsARangeOrASingleNumber() throws InvalidValueException {
        // given // when // then
        assertThat(Values.years("2-4")).containsExactly(2, 4);
        assertThat(Values.years("3")).containsExactly(3, 3);
        assertThat(Values.years("2 - 4")).containsExactly(2, 4);
        assertThat(Values.years("--")).isNull();
    }

    @Test
    void keepsYearsInTheOrderWrittenSoTheRangeRuleCanReportThem() throws InvalidValueException {
        // given // when // then
        assertThat(Values.years("6-2")).containsExactly(6, 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a-b", "2-", "-2", "2-4-6", "two"})
    void refusesYearsThatAreNotARange(String raw) {
        // given // when // then
        assertThatThrownBy(() -> Values.years(raw))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("expected " + Values.YEARS);
    }

    @Test
    void checksYearsAreOrderedAndWithinZeroToSixty() {
        // given // when // then
        assertThat(Values.isValidYears(new int[] {0, 60})).isTrue();
        assertThat(Values.isValidYears(new int[] {3, 3})).isTrue();
        assertThat(Values.isValidYears(new int[] {0, 61})).isFalse();
        assertThat(Values.isValidYears(new int[] {-1, 2})).isFalse();
        assertThat(Values.isValidYears(new int[] {6, 2})).isFalse();
        assertThat(Values.isValidYears(new int[] {70, 80})).isFalse();
    }

    @Test
    void recognisesSlugs() {
        // given
        String eighty = "a".repeat(80);

        // when // then
        assertThat(Values.isSlug("patient-account-manager")).isTrue();
        assertThat(Values.isSlug("role2")).isTrue();
        assertThat(Values.isSlug(eighty)).isTrue();
        assertThat(Values.isSlug(eighty + "a")).isFalse();
        assertThat(Values.isSlug("Patient-Account-Manager")).isFalse();
        assertThat(Values.isSlug("patient account manager")).isFalse();
        assertThat(Values.isSlug("../../etc/passwd")).isFalse();
        assertThat(Values.isSlug("patient--manager")).isFalse();
        assertThat(Values.isSlug("-patient")).isFalse();
        assertThat(Values.isSlug("patient-")).isFalse();
        assertThat(Values.isSlug("")).isFalse();
        assertThat(Values.isSlug(null)).isFalse();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "-", "--", "N/A", "n/a", " N/a "})
    void treatsTheUnknownSpellingsAsUnknown(String raw) throws InvalidValueException {
        // given // when // then
        assertThat(Values.isUnknown(raw)).isTrue();
        assertThat(Values.text(raw)).isNull();
        assertThat(Values.money(raw)).isNull();
        assertThat(Values.count(raw)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "---", "NA", "none"})
    void doesNotTreatOtherValuesAsUnknown(String raw) {
        // given // when // then
        assertThat(Values.isUnknown(raw)).isFalse();
    }

    @Test
    void trimsText() {
        // given // when // then
        assertThat(Values.text("  Business ")).isEqualTo("Business");
    }

    @Test
    void matchesHeaderNamesIgnoringCaseAndSurroundingSpaces() {
        // given // when // then
        assertThat(Values.headerKey(" Role_ID ")).isEqualTo("role_id");
        assertThat(Values.headerKey("AVERAGE_SALARY\t")).isEqualTo("average_salary");
        assertThat(Values.headerKey(null)).isEmpty();
    }
}
