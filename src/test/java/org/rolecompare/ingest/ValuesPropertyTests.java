package org.rolecompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.assertj.core.data.Offset;

/**
 * Property-based checks of the value parsers: every valid value, in each spelling the input format
 * allows, parses back to the number it was written from; every other string either parses or is
 * reported as {@link InvalidValueException}, never any other exception.
 */
class ValuesPropertyTests {

    @Property
    void moneyRoundTripsInEverySpelling(@ForAll @LongRange(min = 0, max = 99_999_999) long dollars,
                                        @ForAll @IntRange(min = 0, max = 99) int cents) throws Exception {
        // given
        double value = dollars + cents / 100.0;
        String plain = String.format(Locale.ROOT, "%d.%02d", dollars, cents);
        String grouped = String.format(Locale.US, "%,d.%02d", dollars, cents);

        // when / then
        assertThat(Values.money(plain)).isCloseTo(value, Offset.offset(1e-6));
        assertThat(Values.money(grouped)).isCloseTo(value, Offset.offset(1e-6));
        assertThat(Values.money("$" + grouped)).isCloseTo(value, Offset.offset(1e-6));
        assertThat(Values.money(" " + dollars + " ")).isEqualTo((double) dollars);
    }

    @Property
    void sharesRoundTripWithAndWithoutPercentSign(@ForAll @IntRange(min = 0, max = 1000) int tenths) throws Exception {
        // given
        double share = tenths / 10.0;
        String text = String.format(Locale.ROOT, "%.1f", share);

        // when / then
        assertThat(Values.share(text)).isEqualTo(share);
        assertThat(Values.share(text + "%")).isEqualTo(share);
        assertThat(Values.share(text + " %")).isEqualTo(share);
    }

    @Property
    void countsRoundTripWithAndWithoutGrouping(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long count) throws Exception {
        assertThat(Values.count(Long.toString(count))).isEqualTo(count);
        assertThat(Values.count(String.format(Locale.US, "%,d", count))).isEqualTo(count);
    }

    @Property
    void negativeOrFractionalCountsAreInvalid(@ForAll @LongRange(min = 1, max = 1_000_000) long n) {
        assertThatCode(() -> Values.count("-" + n)).isInstanceOf(InvalidValueException.class);
        assertThatCode(() -> Values.count(n + ".5")).isInstanceOf(InvalidValueException.class);
    }

    @Property
    void yearRangesRoundTrip(@ForAll @IntRange(min = 0, max = 60) int low, @ForAll @IntRange(min = 0, max = 60) int extra)
            throws Exception {
        // given
        int high = Math.min(60, low + extra);

        // when
        int[] ends = Values.years(low + "-" + high);

        // then
        assertThat(ends).containsExactly(low, high);
        assertThat(Values.isValidYears(ends)).isTrue();
        assertThat(Values.toYearsRange(ends).toString()).isEqualTo(low == high ? Integer.toString(low) : low + "-" + high);
    }

    @Property
    void slugsBuiltFromTheAlphabetAreValid(@ForAll("slugs") String slug) {
        assertThat(Values.isSlug(slug)).isTrue();
    }

    @Provide
    Arbitrary<String> slugs() {
        Arbitrary<String> part = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789").ofMinLength(1).ofMaxLength(8);
        return part.list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("-", parts)).filter(s -> s.length() <= 80);
    }

    @Property
    void anyTextEitherParsesOrIsReportedNeverThrowsOtherwise(@ForAll String text) {
        for (Parser parser : new Parser[] {Values::money, Values::share, Values::percent, Values::count, Values::number, Values::years}) {
            try {
                parser.parse(text);
            } catch (InvalidValueException expected) {
                assertThat(expected.expected()).isNotBlank();
            }
        }
        Values.isSlug(text);
        Values.isUnknown(text);
    }

    @Property
    void slugRuleRejectsTextWithCharactersOutsideTheAlphabet(@ForAll("slugs") String slug,
                                                             @ForAll("foreign") char foreign) {
        assertThat(Values.isSlug(slug + foreign)).isFalse();
        assertThat(Values.isSlug(foreign + slug)).isFalse();
    }

    @Provide
    Arbitrary<Character> foreign() {
        return Arbitraries.chars().filter(c -> !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9'));
    }

    @FunctionalInterface
    interface Parser {
        Object parse(String text) throws InvalidValueException;
    }
}
