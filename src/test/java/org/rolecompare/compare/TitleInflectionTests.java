package org.rolecompare.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The singular and plural forms of occupation titles as real exports spell them: plural heads,
 * "All Other", comma qualifiers, "Except" clauses and "and"-lists. The explicit cases pin the
 * forms a reader expects; the list tests run every title of {@code titles/official-titles.txt}
 * (392 titles of our own making) through the rules that broke on real data: no doubled plural, no
 * word the title does not have, a plural for every plural title that has one.
 */
class TitleInflectionTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Registered Nurses                                   | registered nurse                                  | registered nurses
            Nurse Practitioners                                 | nurse practitioner                                | nurse practitioners
            Actuaries                                           | actuary                                           | actuaries
            Coaches and Scouts                                  | coach or scout                                    | coaches and scouts
            Paralegals and Legal Assistants                     | paralegal or legal assistant                      | paralegals and legal assistants
            Heavy and Tractor-Trailer Truck Drivers             | heavy and tractor-trailer truck driver            | heavy and tractor-trailer truck drivers
            Police and Sheriff's Patrol Officers                | police and sheriff's patrol officer               | police and sheriff's patrol officers
            Home Health and Personal Care Aides                 | home health and personal care aide                | home health and personal care aides
            First-Line Supervisors of Retail Sales Workers      | first-line supervisor of retail sales workers     | first-line supervisors of retail sales workers
            Waiters and Waitresses                              | waiter or waitress                                | waiters and waitresses
            Chefs and Head Cooks                                | chef or head cook                                 | chefs and head cooks
            Retail Salespersons                                 | retail salesperson                                | retail salespersons
            Gambling Change Persons and Booth Cashiers          | gambling change person or booth cashier           | gambling change persons and booth cashiers
            Automotive Service Technicians and Mechanics        | automotive service technician or mechanic         | automotive service technicians and mechanics
            Physicians, All Other                               | null                                              | other physicians
            Business Operations Specialists, All Other          | null                                              | other business operations specialists
            Cooks, Restaurant                                   | restaurant cook                                   | restaurant cooks
            Dentists, General                                   | general dentist                                   | general dentists
            Bus Drivers, Transit and Intercity                  | bus driver (transit and intercity)                | bus drivers (transit and intercity)
            Kindergarten Teachers, Except Special Education     | kindergarten teacher (except special education)   | kindergarten teachers (except special education)
            Claims Adjusters, Examiners, and Investigators      | claims adjuster, examiner, or investigator        | claims adjusters, examiners, and investigators
            Meeting, Convention, and Event Planners             | meeting, convention, and event planner            | meeting, convention, and event planners
            Farmers, Ranchers, and Other Agricultural Managers  | farmer, rancher, or other agricultural manager    | farmers, ranchers, and other agricultural managers
            Captains, Mates, and Pilots of Water Vessels        | captain, mate, or pilot of water vessels          | captains, mates, and pilots of water vessels
            Substitute Teachers, Short-Term                     | short-term substitute teacher                     | short-term substitute teachers
            Clergy                                              | clergy member                                     | clergy
            Patient Relations Manager                           | patient relations manager                         | patient relations managers
            Legal Secretary                                     | legal secretary                                   | legal secretaries
            Director of Nursing                                 | director of nursing                               | directors of nursing
            Salesman                                            | salesman                                          | salesmen
            HR Business Partner                                 | HR business partner                               | HR business partners
            """)
    void givesTheFormsAReaderExpects(String title, String singular, String plural) {
        // when
        TitleInflection.Forms forms = TitleInflection.ofTitle(title);

        // then
        assertThat(forms.singular()).isEqualTo(singular);
        assertThat(forms.plural()).isEqualTo(plural);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Cutting, Punching, and Press Machine Setters, Operators, and Tenders, Metal and Plastic
            Laborers and Freight, Stock, and Material Movers, Hand
            Sales Representatives, Wholesale and Manufacturing, Technical and Scientific Products
            VP Sales
            """)
    void givesNoFormWhenItCannotReadTheTitle(String title) {
        // when
        TitleInflection.Forms forms = TitleInflection.ofTitle(title);

        // then
        assertThat(forms.singular()).isNull();
        assertThat(forms.plural()).isNull();
    }

    @Test
    void readsTheNumberOfTheTitleForVerbs() {
        // then
        assertThat(TitleInflection.ofTitle("Registered Nurses").titleIsPlural()).isTrue();
        assertThat(TitleInflection.ofTitle("Cutting, Punching, and Press Machine Setters, Operators, and Tenders, Metal and Plastic")
                .titleIsPlural()).isTrue();
        assertThat(TitleInflection.ofTitle("Patient Account Manager").titleIsPlural()).isFalse();
        assertThat(TitleInflection.ofTitle("Boss").titleIsPlural()).isFalse();
        assertThat(TitleInflection.ofTitle("Head of Sales").titleIsPlural()).isFalse();
    }

    @Test
    void listHasTheTitlesItPromises() throws IOException {
        // when
        List<String> titles = titles();

        // then
        assertThat(titles).hasSizeGreaterThanOrEqualTo(200).doesNotHaveDuplicates();
    }

    @Test
    void pluralOfAPluralTitleUsesOnlyItsOwnWords() throws IOException {
        // given: "nurseses" or "physicians, all others" would bring words the title does not have
        for (String title : titles()) {
            TitleInflection.Forms forms = TitleInflection.ofTitle(title);
            if (forms.plural() == null || !forms.titleIsPlural()) {
                continue;
            }
            Set<String> own = words(title);

            // when
            Set<String> used = words(forms.plural());

            // then
            assertThat(own).as("plural of %s: %s", title, forms.plural()).containsAll(minus(used, "other"));
        }
    }

    @Test
    void everyPluralTitleWithoutCommasHasBothForms() throws IOException {
        for (String title : titles()) {
            // given
            TitleInflection.Forms forms = TitleInflection.ofTitle(title);
            if (title.contains(",") || !forms.titleIsPlural()) {
                continue;
            }

            // then
            assertThat(forms.singular()).as(title).isNotNull();
            assertThat(forms.plural()).as(title).isEqualTo(Narrative.inProse(title));
        }
    }

    @Test
    void aSingularNeverEndsInThePluralHeadOfItsTitle() throws IOException {
        for (String title : titles()) {
            // given
            TitleInflection.Forms forms = TitleInflection.ofTitle(title);
            if (forms.singular() == null || !forms.titleIsPlural() || forms.singular().endsWith(" member")) {
                continue;
            }
            String head = lastWord(title.split(",")[0].split(" (of|for|in) ")[0]);

            String beforeQualifier = forms.singular().split(" \\(")[0];

            // then
            assertThat(beforeQualifier).as(title).doesNotContain(head.toLowerCase(Locale.ROOT) + " ")
                    .doesNotEndWith(head.toLowerCase(Locale.ROOT))
                    .isNotEqualTo(forms.plural().split(" \\(")[0]);
        }
    }

    @Test
    void singularTitleGivesItsOwnPlural() {
        // when
        TitleInflection.Forms forms = TitleInflection.ofSingular("Press Machine Operator");

        // then
        assertThat(forms.singular()).isEqualTo("press machine operator");
        assertThat(forms.plural()).isEqualTo("press machine operators");
    }

    static List<String> titles() throws IOException {
        try (InputStream in = TitleInflectionTests.class.getResourceAsStream("/titles/official-titles.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        }
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}'/-]+"))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }

    private static Set<String> minus(Set<String> words, String word) {
        return words.stream().filter(w -> !w.equals(word)).collect(Collectors.toSet());
    }

    private static String lastWord(String text) {
        String[] words = text.trim().split(" +");
        return words[words.length - 1];
    }
}
