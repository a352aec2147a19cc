package org.rolecompare.report.content;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Section ids are anchors in the web pages and named destinations in the PDF, so a reader's saved
 * link keeps working from one night to the next: the id of a heading must not change when the code
 * that makes it does. These tests hold the hand-written slug to the two regular expressions it
 * replaced, on fixed headings and on random text.
 */
class SectionIdsTests {

    private static String byPattern(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    @Test
    void headingsBecomeTheSameIdsAsBefore() {
        // given
        String[] names = {"What does a Patient Relations do?", "Patient Relations vs Patient Account Manager overview",
            "  --Salary--  ", "Skills & responsibilities", "Éducation 2024", "İstanbul", "", "???", "a", "-a-", "A1b2 C3",
            "Physicians, All Other", "Registered Nurses\u00a0(RN)", "tab\tand\nnewline", "\ud83d\ude00 emoji \ud83d\ude00"};

        for (String name : names) {
            // when
            String slug = SectionIds.slug(name);

            // then
            assertThat(slug).as(name).isEqualTo(byPattern(name));
        }
    }

    @Test
    void randomTextBecomesTheSameIdsAsBefore() {
        // given
        Random random = new Random(18);
        String alphabet = "aZz09 -_.,&?!\u00e9\u00c9\u0130\u00df\u00a0\t\n\u2013\ud83d\ude00";

        for (int n = 0; n < 20_000; n++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }

            // when
            String slug = SectionIds.slug(name.toString());

            // then
            assertThat(slug).as(name.toString()).isEqualTo(byPattern(name.toString()));
        }
    }

    @Test
    void aRepeatedNameGetsANumber() {
        // given
        SectionIds ids = new SectionIds();

        // when
        String first = ids.next("What does a nurse do?");
        String second = ids.next("What does a nurse do?");
        String empty = ids.next("???");

        // then
        assertThat(first).isEqualTo("what-does-a-nurse-do");
        assertThat(second).isEqualTo("what-does-a-nurse-do-2");
        assertThat(empty).isEqualTo("section");
    }
}
