package org.rolecompare.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The digest's headline per report: who earns how much more, by title, with the verb agreeing with
 * a singular or plural title, the share relative to the lower-paid role, and plain words when the
 * pay is the same or unknown. The numbers are those of comparisons.csv (difference right − left,
 * ratio right ÷ left).
 */
class HeadlinesTests {

    private static final Path PDF = Path.of("pdf/x.pdf");

    @Test
    void theHigherPaidRoleOnTheRightLeadsWithAPluralVerb() {
        // given
        PublishedRun.Report report = report("registered-nurses", "nurse-practitioners", "Registered Nurses",
                "Nurse Practitioners", 35540.0, 1.4129197165098175);

        // when
        String headline = Headlines.of(List.of(report)).of(report);

        // then
        assertThat(headline).isEqualTo("Nurse Practitioners earn $35,540 more than Registered Nurses (41.3% more)");
    }

    @Test
    void aSingularTitleTakesASingularVerb() {
        // given
        PublishedRun.Report report = report("patient-relations-manager", "patient-account-manager",
                "Patient Relations Manager", "Patient Account Manager", 27144.0, 1.6221666170100612);

        // when
        String headline = Headlines.of(List.of(report)).of(report);

        // then
        assertThat(headline).isEqualTo("Patient Account Manager earns $27,144 more than Patient Relations Manager (62.2% more)");
    }

    @Test
    void whenTheLeftRoleEarnsMoreTheShareIsRelativeToTheRight() {
        // given
        PublishedRun.Report report = report("physicians-all-other", "registered-nurses", "Physicians, All Other",
                "Registered Nurses", -153130.0, 0.3598244147157191);

        // when
        String headline = Headlines.of(List.of(report)).of(report);

        // then
        assertThat(headline).isEqualTo("Physicians, All Other earn $153,130 more than Registered Nurses (177.9% more)");
    }

    @Test
    void equalPayIsSaidWithoutAnAmountWorkedBackFromARoundedRatio() {
        // given
        PublishedRun.Report other = report("physicians-all-other", "registered-nurses", "Physicians, All Other",
                "Registered Nurses", -153130.0, 0.3598244147157191);
        PublishedRun.Report same = report("surgeons-all-other", "physicians-all-other", "Surgeons, All Other",
                "Physicians, All Other", 0.0, 1.0);
        PublishedRun.Report alone = report("lawyers", "paralegals", "Lawyers", "Paralegals and Legal Assistants", 0.0, 1.0);

        // when
        Headlines headlines = Headlines.of(List.of(other, same, alone));

        // then
        assertThat(headlines.of(same)).isEqualTo("Surgeons, All Other and Physicians, All Other earn the same on average");
        assertThat(headlines.of(alone)).isEqualTo("Lawyers and Paralegals and Legal Assistants earn the same on average");
    }

    @Test
    void unknownPayIsSaidInWordsAndAnUnknownRatioLeavesOutTheShare() {
        // given
        PublishedRun.Report unknown = report("a", "b", "Actuaries", "Accountants and Auditors", null, null);
        PublishedRun.Report noRatio = report("a", "b", "Actuaries", "Accountants and Auditors", -45020.0, null);

        // when
        Headlines headlines = Headlines.of(List.of(unknown, noRatio));

        // then
        assertThat(headlines.of(unknown)).isEqualTo("Actuaries and Accountants and Auditors: pay not compared, as an average salary is unknown");
        assertThat(headlines.of(noRatio)).isEqualTo("Actuaries earn $45,020 more than Accountants and Auditors");
    }

    private static PublishedRun.Report report(String left, String right, String leftTitle, String rightTitle,
                                              Double diff, Double ratio) {
        return new PublishedRun.Report(left, right, leftTitle, rightTitle, diff, ratio, PDF);
    }
}
