package org.rolecompare.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DisplayFormatTests {

    private Locale previous;

    @BeforeEach
    void pinUnusualLocale() {
        previous = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(previous);
    }

    @Test
    void formatsMoneyInWholeDollarsRoundingHalfUp() {
        // given // when // then
        assertThat(DisplayFormat.money(43633.0)).isEqualTo("$43,633");
        assertThat(DisplayFormat.money(70776.5)).isEqualTo("$70,777");
        assertThat(DisplayFormat.money(70776.49)).isEqualTo("$70,776");
        assertThat(DisplayFormat.money(0.0)).isEqualTo("$0");
        assertThat(DisplayFormat.money(999.5)).isEqualTo("$1,000");
        assertThat(DisplayFormat.money(-1200.0)).isEqualTo("-$1,200");
        assertThat(DisplayFormat.money(null)).isEqualTo("-");
        assertThat(DisplayFormat.money(Double.NaN)).isEqualTo("-");
    }

    @Test
    void formatsHourlyRatesWithCents() {
        // given // when // then
        assertThat(DisplayFormat.hourly(20.98)).isEqualTo("$20.98");
        assertThat(DisplayFormat.hourly(34.025)).isEqualTo("$34.03");
        assertThat(DisplayFormat.hourly(7.0)).isEqualTo("$7.00");
        assertThat(DisplayFormat.hourly(1234.5)).isEqualTo("$1,234.50");
        assertThat(DisplayFormat.hourly(null)).isEqualTo("-");
    }

    @Test
    void formatsPercentagesWithAsFewDecimalsAsNeeded() {
        // given // when // then
        assertThat(DisplayFormat.percent(-4.0)).isEqualTo("-4%");
        assertThat(DisplayFormat.percent(28.0)).isEqualTo("28%");
        assertThat(DisplayFormat.percent(50.0)).isEqualTo("50%");
        assertThat(DisplayFormat.percent(20.8)).isEqualTo("20.8%");
        assertThat(DisplayFormat.percent(20.85)).isEqualTo("20.9%");
        assertThat(DisplayFormat.percent(100.0)).isEqualTo("100%");
        assertThat(DisplayFormat.percent(-0.01)).isEqualTo("0%");
        assertThat(DisplayFormat.percent(null)).isEqualTo("-");
        assertThat(DisplayFormat.percent(Double.POSITIVE_INFINITY)).isEqualTo("-");
    }

    @Test
    void formatsCountsAndPlainNumbers() {
        // given // when // then
        assertThat(DisplayFormat.count(77096L)).isEqualTo("77,096");
        assertThat(DisplayFormat.count(0L)).isEqualTo("0");
        assertThat(DisplayFormat.count(999L)).isEqualTo("999");
        assertThat(DisplayFormat.count(null)).isEqualTo("-");
        assertThat(DisplayFormat.number(40.0)).isEqualTo("40");
        assertThat(DisplayFormat.number(4.5)).isEqualTo("4.5");
        assertThat(DisplayFormat.number(3.756)).isEqualTo("3.76");
        assertThat(DisplayFormat.number(12345.0)).isEqualTo("12345");
        assertThat(DisplayFormat.number(null)).isEqualTo("-");
    }

    @Test
    void formatsYearsRangesTextAndLabelledShares() {
        // given // when // then
        assertThat(DisplayFormat.years(new YearsRange(2, 4))).isEqualTo("2-4");
        assertThat(DisplayFormat.years(new YearsRange(3, 3))).isEqualTo("3");
        assertThat(DisplayFormat.years(null)).isEqualTo("-");
        assertThat(DisplayFormat.moneyRange(27000.0, 68000.0)).isEqualTo("$27,000 \u2013 $68,000");
        assertThat(DisplayFormat.moneyRange(27000.0, null)).isEqualTo("-");
        assertThat(DisplayFormat.text("  Business ")).isEqualTo("Business");
        assertThat(DisplayFormat.text(" ")).isEqualTo("-");
        assertThat(DisplayFormat.text(null)).isEqualTo("-");
        assertThat(DisplayFormat.labelled("Bachelor's Degree", 50.0)).isEqualTo("Bachelor's Degree, 50%");
        assertThat(DisplayFormat.labelled("Male", 20.8)).isEqualTo("Male, 20.8%");
        assertThat(DisplayFormat.labelled("Patients", null)).isEqualTo("Patients");
        assertThat(DisplayFormat.labelled(null, 50.0)).isEqualTo("-");
    }

    @Test
    void printsTheSharesOfOneTableWithTheSameDecimals() {
        // given
        List<Double> mixed = Arrays.asList(65.0, 52.8, null);
        List<Double> whole = Arrays.asList(-4.0, 28.0, 50.04, Double.NaN);

        // when
        int mixedDecimals = DisplayFormat.percentDecimals(mixed);
        int wholeDecimals = DisplayFormat.percentDecimals(whole);

        // then
        assertThat(mixedDecimals).isEqualTo(1);
        assertThat(wholeDecimals).isZero();
        assertThat(DisplayFormat.percent(65.0, mixedDecimals)).isEqualTo("65.0%");
        assertThat(DisplayFormat.percent(52.8, mixedDecimals)).isEqualTo("52.8%");
        assertThat(DisplayFormat.percent(-0.01, 1)).isEqualTo("0.0%");
        assertThat(DisplayFormat.percent(-4.0, wholeDecimals)).isEqualTo("-4%");
        assertThat(DisplayFormat.percent(null, 1)).isEqualTo("-");
        assertThat(DisplayFormat.labelled("Bachelor's Degree", 65.0, 1)).isEqualTo("Bachelor's Degree, 65.0%");
        assertThat(DisplayFormat.labelled("Patients", null, 1)).isEqualTo("Patients");
    }

    @Test
    void printsASalaryRangeKnownAtOneEndOnlyAsOpenEnded() {
        // given // when // then
        assertThat(DisplayFormat.openMoneyRange(73710.0, null)).isEqualTo("$73,710 or more");
        assertThat(DisplayFormat.openMoneyRange(null, 68000.0)).isEqualTo("up to $68,000");
        assertThat(DisplayFormat.openMoneyRange(27000.0, 68000.0)).isEqualTo("$27,000 \u2013 $68,000");
        assertThat(DisplayFormat.openMoneyRange(null, Double.NaN)).isEqualTo("-");
    }

    @Test
    void groupsDigitsAsUsEnglishDecimalFormatDid() {
        // given: amounts from cents to beyond a long, and counts of every size and sign
        Random random = new Random(18);
        DecimalFormat whole = usPattern("#,##0");
        DecimalFormat cents = usPattern("#,##0.00");

        for (int n = 0; n < 50_000; n++) {
            double amount = Math.scalb(random.nextDouble(), random.nextInt(80)) * (random.nextBoolean() ? 1 : -1);
            long count = random.nextLong() >> random.nextInt(64);
            BigDecimal wholeDollars = new BigDecimal(Double.toString(amount)).setScale(0, RoundingMode.HALF_UP);
            BigDecimal hourly = new BigDecimal(Double.toString(amount)).setScale(2, RoundingMode.HALF_UP);

            // when
            String money = DisplayFormat.money(amount);
            String rate = DisplayFormat.hourly(amount);
            String counted = DisplayFormat.count(count);

            // then
            assertThat(money).as("money %s", amount)
                    .isEqualTo((wholeDollars.signum() < 0 ? "-$" : "$") + whole.format(wholeDollars.abs()));
            assertThat(rate).as("hourly %s", amount)
                    .isEqualTo((hourly.signum() < 0 ? "-$" : "$") + cents.format(hourly.abs()));
            assertThat(counted).as("count %s", count).isEqualTo(whole.format(count));
        }
        assertThat(DisplayFormat.count(Long.MIN_VALUE)).isEqualTo(whole.format(Long.MIN_VALUE));
        assertThat(DisplayFormat.count(0L)).isEqualTo("0");
        assertThat(DisplayFormat.hourly(0.5)).isEqualTo("$0.50");
    }

    private static DecimalFormat usPattern(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
