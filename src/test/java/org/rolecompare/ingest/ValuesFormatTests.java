package org.rolecompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The parsers of {@link Values} match their formats by hand, for speed; this holds each to the
 * regular expression that defines its format (the patterns the parsers used before): on every
 * string of a few hundred thousand, generated from the characters that matter (digits, including a
 * non-ASCII one, separators, signs, spaces of each kind, letters), a parser accepts exactly what its
 * pattern accepts, and returns the number the pattern's groups give.
 */
class ValuesFormatTests {

    private static final Pattern MONEY = Pattern.compile("\\$?\\s*((?:\\d{1,3}(?:,\\d{3})+)|\\d+)(\\.\\d+)?");
    private static final Pattern SIGNED_NUMBER_PERCENT = Pattern.compile("([-+]?\\d+(?:\\.\\d+)?)\\s*%?");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");
    private static final Pattern COUNT = Pattern.compile("(?:\\d{1,3}(?:,\\d{3})+)|\\d+");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** The characters the strings are made of, the digits and commas several times so that many strings are valid. */
    private static final String NUMERIC = "0123456789012345,,,..$-+% \t\u000B\f\r\nxE\u0661\u00A0";
    private static final String SLUGGY = "abcxyz0189--_A \u00E9.";
    private static final int STRINGS = 120_000;

    @Test
    void moneyAcceptsWhatItsPatternAcceptsAndReadsTheSameAmount() {
        // given
        Random random = new Random(11);
        int valid = 0;

        for (int n = 0; n < STRINGS; n++) {
            String raw = string(random, NUMERIC, 10);
            if (Values.isUnknown(raw)) {
                continue;
            }
            Matcher m = MONEY.matcher(raw.trim());

            // when
            Double parsed = parsed(() -> Values.money(raw));

            // then
            if (m.matches()) {
                valid++;
                assertThat(parsed).as(raw).isEqualTo(Double.parseDouble(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2))));
            } else {
                assertThat(parsed).as(raw).isNull();
            }
        }
        assertThat(valid).as("valid strings among those generated").isGreaterThan(1_000);
    }

    @Test
    void sharesAndPercentagesAcceptWhatTheirPatternAcceptsAndReadTheSameNumber() {
        // given
        Random random = new Random(12);
        int valid = 0;

        for (int n = 0; n < STRINGS; n++) {
            String raw = string(random, NUMERIC, 8);
            if (Values.isUnknown(raw)) {
                continue;
            }
            Matcher m = SIGNED_NUMBER_PERCENT.matcher(raw.trim());

            // when
            Double share = parsed(() -> Values.share(raw));
            Double percent = parsed(() -> Values.percent(raw));

            // then
            if (m.matches()) {
                valid++;
                assertThat(share).as(raw).isEqualTo(Double.parseDouble(m.group(1)));
            } else {
                assertThat(share).as(raw).isNull();
            }
            assertThat(percent).as(raw).isEqualTo(share);
        }
        assertThat(valid).as("valid strings among those generated").isGreaterThan(1_000);
    }

    @Test
    void numbersAndCountsAcceptWhatTheirPatternsAccept() {
        // given
        Random random = new Random(13);
        int numbers = 0;
        int counts = 0;

        for (int n = 0; n < STRINGS; n++) {
            String raw = string(random, NUMERIC, 9);
            if (Values.isUnknown(raw)) {
                continue;
            }
            String v = raw.trim();

            // when
            Double number = parsed(() -> Values.number(raw));
            Long count = parsedCount(raw);

            // then
            if (NUMBER.matcher(v).matches()) {
                numbers++;
                assertThat(number).as(raw).isEqualTo(Double.parseDouble(v));
            } else {
                assertThat(number).as(raw).isNull();
            }
            if (COUNT.matcher(v).matches()) {
                counts++;
                assertThat(count).as(raw).isEqualTo(Long.parseLong(v.replace(",", "")));
            } else {
                assertThat(count).as(raw).isNull();
            }
        }
        assertThat(numbers).isGreaterThan(1_000);
        assertThat(counts).isGreaterThan(1_000);
    }

    @Test
    void roleIdsAreSlugsExactlyWhenTheirPatternSaysSo() {
        // given
        Random random = new Random(14);
        Predicate<String> pattern = s -> s.length() <= 80 && SLUG.matcher(s).matches();
        int slugs = 0;

        for (int n = 0; n < STRINGS; n++) {
            String value = string(random, SLUGGY, n % 100 == 0 ? 90 : 8);

            // when
            boolean slug = Values.isSlug(value);

            // then
            assertThat(slug).as(value).isEqualTo(pattern.test(value));
            slugs += slug ? 1 : 0;
        }
        assertThat(slugs).isGreaterThan(1_000);
        assertThat(Values.isSlug("a".repeat(80))).isTrue();
        assertThat(Values.isSlug("a".repeat(81))).isFalse();
        assertThat(Values.isSlug(null)).isFalse();
    }

    private static String string(Random random, String alphabet, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    /** What a parser returns, or {@code null} when it refuses the value. */
    private static Double parsed(Parser parser) {
        try {
            return parser.parse();
        } catch (InvalidValueException refused) {
            return null;
        }
    }

    private static Long parsedCount(String raw) {
        try {
            return Values.count(raw);
        } catch (InvalidValueException refused) {
            return null;
        }
    }

    @FunctionalInterface
    private interface Parser {
        Double parse() throws InvalidValueException;
    }
}
