package org.rolecompare.compare;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How reports name a role in sentences and headings, on singular career-site titles, plural
 * official titles, titles that cannot be inflected, and the optional short_title and
 * singular_title columns. The list test writes the narrative of every title of
 * {@code titles/official-titles.txt} against a plural and a singular partner and checks the English
 * mistakes seen on real data: doubled plurals, an article before a plural, a singular verb after a
 * plural subject, "all others".
 */
class RoleNamesTests {

    @Test
    void singularTitleReadsAsTheSeedDoes() {
        // when
        RoleNames names = RoleNames.of(role("Patient Relations Manager", null, null));

        // then
        assertThat(names.subject()).isEqualTo("a patient relations manager");
        assertThat(names.group()).isEqualTo("patient relations managers");
        assertThat(names.whatDoesHeading()).isEqualTo("What does a patient relations manager do?");
        assertThat(names.responsibilitiesHeading()).isEqualTo("Patient relations manager example responsibilities");
        assertThat(names.skillsHeading()).isEqualTo("Common patient relations manager skills");
        assertThat(names.display() + " " + names.displayVerb("pays", "pay")).isEqualTo("Patient Relations Manager pays");
    }

    @Test
    void pluralOfficialTitleIsUsedInTheSingularInSentences() {
        // when
        RoleNames names = RoleNames.of(role("Registered Nurses", null, null));

        // then
        assertThat(names.subject()).isEqualTo("a registered nurse");
        assertThat(names.group()).isEqualTo("registered nurses");
        assertThat(names.whatDoesHeading()).isEqualTo("What does a registered nurse do?");
        assertThat(names.display() + " " + names.displayVerb("pays", "pay")).isEqualTo("Registered Nurses pay");
    }

    @Test
    void allOtherTitleIsAPluralGroup() {
        // when
        RoleNames names = RoleNames.of(role("Physicians, All Other", null, null));

        // then
        assertThat(names.subject()).isEqualTo("other physicians");
        assertThat(names.verb("has", "have")).isEqualTo("have");
        assertThat(names.whatDoesHeading()).isEqualTo("What do other physicians do?");
        assertThat(names.responsibilitiesHeading()).isEqualTo("Example responsibilities of other physicians");
        assertThat(names.toBecome()).isEqualTo("qualify for the role \u201cPhysicians, All Other\u201d");
    }

    @Test
    void titleThatCannotBeInflectedIsNamedInQuotes() {
        // given
        String title = "Cutting, Punching, and Press Machine Setters, Operators, and Tenders, Metal and Plastic";

        // when
        RoleNames names = RoleNames.of(role(title, null, null));

        // then
        assertThat(names.subject()).isEqualTo("the role \u201c" + title + "\u201d");
        assertThat(names.verb("has", "have")).isEqualTo("has");
        assertThat(names.whatDoesHeading()).isEqualTo("What does the role \u201c" + title + "\u201d involve?");
        assertThat(names.display() + " " + names.displayVerb("pays", "pay")).isEqualTo(title + " pay");
    }

    @Test
    void shortTitleIsShownAndInflected() {
        // when
        RoleNames names = RoleNames.of(role("Cutting, Punching, and Press Machine Setters, Operators, and Tenders, Metal and Plastic",
                "Press Machine Operators", null));

        // then
        assertThat(names.display()).isEqualTo("Press Machine Operators");
        assertThat(names.subject()).isEqualTo("a press machine operator");
        assertThat(names.title()).startsWith("Cutting, Punching");
    }

    @Test
    void singularTitleIsUsedInSentences() {
        // when
        RoleNames names = RoleNames.of(role("Physicians, All Other", null, "Physician"));

        // then
        assertThat(names.subject()).isEqualTo("a physician");
        assertThat(names.group()).isEqualTo("physicians");
        assertThat(names.display()).isEqualTo("Physicians, All Other");
    }

    @Test
    void narrativeOfEveryListedTitleIsCorrectEnglish() throws IOException {
        for (String title : TitleInflectionTests.titles()) {
            for (String partner : List.of("Registered Nurses", "Patient Account Manager")) {
                // given
                RoleProfile left = profile(title, 52_000);
                RoleProfile right = profile(partner, 61_000);
                RoleNames names = RoleNames.of(left.role());

                // when
                String text = String.join(" ", Narrative.paragraphs(left, right)) + " " + names.whatDoesHeading()
                        + " " + names.responsibilitiesHeading() + " " + names.skillsHeading();

                // then
                String described = title + " vs " + partner + ": " + text;
                assertThat(text).as(described).doesNotContain("null").doesNotContainIgnoringCase("all others")
                        .doesNotContainIgnoringCase(", all other ").doesNotContain(" a other").doesNotContain(" an other");
                for (String plural : List.of(Narrative.inProse(title), Narrative.inProse(partner))) {
                    if (TitleInflection.ofTitle(plural).titleIsPlural()) {
                        assertThat(text).as(described)
                                .doesNotContainPattern(Pattern.compile("(?i)\\b(a|an) " + Pattern.quote(plural) + "\\b(?! member)"))
                                .doesNotContainPattern(Pattern.compile("(?i)" + Pattern.quote(plural) + "(e?s)\\b"));
                    }
                }
                String higher = RoleNames.of(right.role()).subject();
                assertThat(text).as(described).containsIgnoringCase(
                        higher + " " + RoleNames.of(right.role()).verb("has", "have") + " an average salary of $61,000");
                if (names.subjectIsPlural()) {
                    assertThat(names.whatDoesHeading()).as(described).startsWith("What do ");
                } else {
                    assertThat(names.whatDoesHeading()).as(described).doesNotStartWith("What do ");
                }
                if (names.singular() != null && TitleInflection.ofTitle(title).titleIsPlural()) {
                    assertThat(names.singular()).as(described).isNotEqualTo(title.toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    private static RoleProfile profile(String title, double salary) {
        Role role = new Role(title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), title, null, new YearsRange(2, 4),
                salary, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
        return new RoleProfile(role, List.of(), List.of(new Skill("Patient Care", null), new Skill("Scheduling", null)), List.of());
    }

    private static Role role(String title, String shortTitle, String singularTitle) {
        return new Role("some-role", title, null, null, 50_000, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, shortTitle, singularTitle);
    }
}
