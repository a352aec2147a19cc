package org.rolecompare.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PinnedLocale.class)
class NarrativeTests {

    @Test
    void writesTheSeedPairsParagraphsExactly() {
        // given
        RoleProfile left = SeedProfiles.patientRelationsManager();
        RoleProfile right = SeedProfiles.patientAccountManager();

        // when
        List<String> paragraphs = Narrative.paragraphs(left, right);

        // then
        assertThat(paragraphs).containsExactly(
                "The differences between patient relations managers and patient account managers can be seen in a few details. "
                        + "While it typically takes 2-4 years to become a patient relations manager, becoming a patient account manager usually requires 4-6 years. "
                        + "Additionally, a patient account manager has an average salary of $70,777, which is higher than the $43,633 average annual salary of a patient relations manager.",
                "The top three skills for a patient relations manager include patients, schedule appointments and patient care. "
                        + "The most important skills for a patient account manager are patients, customer service and patient accounts.");
    }

    @Test
    void leavesOutTheYearsSentenceWhenOneSideIsUnknown() {
        // given
        RoleProfile left = SeedProfiles.patientRelationsManager();
        RoleProfile right = SeedProfiles.minimal("clerk", "Clerk", 50000);

        // when
        List<String> paragraphs = Narrative.paragraphs(left, right);

        // then
        assertThat(paragraphs.get(0))
                .doesNotContain("years", "null", "$0", "NaN")
                .contains("A clerk has an average salary of $50,000, which is higher than the $43,633 average annual salary of a patient relations manager.");
    }

    @Test
    void saysEqualWhenSalariesAreEqual() {
        // given
        RoleProfile left = SeedProfiles.minimal("legal-secretary", "Legal Secretary", 43633.2);
        RoleProfile right = SeedProfiles.minimal("attorney", "Attorney", 43633);

        // when
        String first = Narrative.paragraphs(left, right).get(0);

        // then
        assertThat(first)
                .contains("Both legal secretaries and attorneys earn an average salary of $43,633.")
                .doesNotContain("higher");
    }

    @Test
    void namesTheLeftRoleWhenItEarnsMore() {
        // given
        RoleProfile left = SeedProfiles.patientAccountManager();
        RoleProfile right = SeedProfiles.patientRelationsManager();

        // when
        String first = Narrative.paragraphs(left, right).get(0);

        // then
        assertThat(first).contains("Additionally, a patient account manager has an average salary of $70,777, "
                + "which is higher than the $43,633 average annual salary of a patient relations manager.");
    }

    @Test
    void pluralisesTheHeadNoun() {
        // given // when // then
        assertThat(Narrative.plural("attorney")).isEqualTo("attorneys");
        assertThat(Narrative.plural("legal secretary")).isEqualTo("legal secretaries");
        assertThat(Narrative.plural("analyst")).isEqualTo("analysts");
        assertThat(Narrative.plural("boss")).isEqualTo("bosses");
        assertThat(Narrative.plural("box")).isEqualTo("boxes");
        assertThat(Narrative.plural("coach")).isEqualTo("coaches");
        assertThat(Narrative.plural("chief")).isEqualTo("chiefs");
        assertThat(Narrative.plural("salesman")).isEqualTo("salesmen");
        assertThat(Narrative.plural("director of nursing")).isEqualTo("directors of nursing");
        assertThat(Narrative.plural("CEO")).isEqualTo("CEOs");
        assertThat(Narrative.plural("señor niño analyst \u2014 zürich")).isEqualTo("señor niño analysts \u2014 zürich");
        assertThat(Narrative.plural("nurse - night shift")).isEqualTo("nurses - night shift");
    }

    @Test
    void keepsAcronymsAndChoosesTheArticleBySound() {
        // given // when // then
        assertThat(Narrative.inProse("HR Business Partner")).isEqualTo("HR business partner");
        assertThat(Narrative.withArticle("account manager")).isEqualTo("an account manager");
        assertThat(Narrative.withArticle("university lecturer")).isEqualTo("a university lecturer");
        assertThat(Narrative.withArticle("HR manager")).isEqualTo("an HR manager");
        assertThat(Narrative.withArticle("hourly worker")).isEqualTo("an hourly worker");
        assertThat(Narrative.withArticle("CEO")).isEqualTo("a CEO");
    }

    @Test
    void adaptsToFewerThanThreeSkills() {
        // given
        RoleProfile left = withSkills(SeedProfiles.minimal("editor", "Editor", 50000), "Copy Editing");
        RoleProfile right = withSkills(SeedProfiles.minimal("cto", "CTO", 90000), "Cloud", "SQL");

        // when
        List<String> paragraphs = Narrative.paragraphs(left, right);

        // then
        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(1)).isEqualTo("The top skill for an editor is copy editing. "
                + "The most important skills for a CTO are cloud and SQL.");
    }

    @Test
    void leavesOutTheSkillsParagraphWithoutSkills() {
        // given
        RoleProfile left = SeedProfiles.minimal("editor", "Editor", 50000);
        RoleProfile right = SeedProfiles.minimal("writer", "Writer", 40000);

        // when
        List<String> paragraphs = Narrative.paragraphs(left, right);

        // then
        assertThat(paragraphs).hasSize(1);
        assertThat(paragraphs.get(0)).doesNotContain("skill", "null");
    }

    @Test
    void leavesOutOnlyTheSideWithoutSkills() {
        // given
        RoleProfile left = SeedProfiles.minimal("editor", "Editor", 50000);
        RoleProfile right = SeedProfiles.patientAccountManager();

        // when
        List<String> paragraphs = Narrative.paragraphs(left, right);

        // then
        assertThat(paragraphs.get(1)).isEqualTo(
                "The most important skills for a patient account manager are patients, customer service and patient accounts.");
    }

    private static RoleProfile withSkills(RoleProfile profile, String... names) {
        List<Skill> skills = Arrays.stream(names).map(n -> new Skill(n, null)).toList();
        return new RoleProfile(profile.role(), profile.breakdowns(), skills, profile.responsibilities());
    }
}
