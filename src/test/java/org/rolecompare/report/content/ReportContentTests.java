package org.rolecompare.report.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rolecompare.compare.Breakdown;
import org.rolecompare.compare.CategoryShare;
import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.compare.PinnedLocale;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.SeedProfiles;
import org.rolecompare.compare.Skill;
import org.rolecompare.compare.YearsRange;

/**
 * What a report says ({@link ReportContent}), read from the model as a renderer reads it: the seed
 * pair's summary, sections in the seed page's order with their rows, notes, lists and chart values,
 * and how sparse and official (plural, long, top-coded) data reads.
 */
@ExtendWith(PinnedLocale.class)
class ReportContentTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 27);
    private static final String PAIR = "Patient Relations Manager vs Patient Account Manager";

    @Test
    void saysTheSeedPairsSummary() {
        // given
        RoleProfile left = SeedProfiles.patientRelationsManager();
        RoleProfile right = SeedProfiles.patientAccountManager();

        // when
        ReportContent content = ReportContent.of(left, right, MetricsCalculator.compute(left, right), RUN_DATE,
                "Source: role data feed", null, "Since 2026-11-26: the average salary of Patient Account Manager rose 2%.");

        // then
        assertThat(content.title()).isEqualTo(PAIR);
        assertThat(content.leftName()).isEqualTo("Patient Relations Manager");
        assertThat(content.rightName()).isEqualTo("Patient Account Manager");
        assertThat(content.reportDate()).isEqualTo("2026-11-27");
        assertThat(content.subtitle()).isEqualTo("Report date: 2026-11-27  \u00b7  Source: role data feed");
        assertThat(content.changeNote()).isEqualTo("Since 2026-11-26: the average salary of Patient Account Manager rose 2%.");
        assertThat(String.join(" ", content.narrative()))
                .contains("a patient account manager has an average salary of $70,777",
                        "The top three skills for a patient relations manager include");
        assertThat(content.keyDifferencesHeading()).isEqualTo("Key differences");
        assertThat(content.keyDifferences()).containsExactly(
                "Patient Account Manager pays 62.2% more ($27,144 a year)",
                "Patient Account Manager grows (28%) while Patient Relations Manager shrinks (-4%)",
                "Patient Account Manager takes 2 more years to become",
                "2 of 10 top skills shared",
                "Patient Account Manager has 97.2% more jobs");
        assertThat(content.coverageNote()).isNull();
        assertThat(content.aboutHeading()).isEqualTo("About these numbers");
        assertThat(content.about()).startsWith("Growth rate: the projected change in jobs")
                .endsWith("Unknown values are left out. Source: role data feed.");
    }

    @Test
    void givesTheSectionsInTheSeedPagesOrderWithHeadingsAndIds() {
        // when
        ReportContent content = seed();

        // then
        assertThat(content.sections()).extracting(Section::names).containsExactly(
                List.of("Overview"),
                List.of("What does a patient relations manager do?"),
                List.of("What does a patient account manager do?"),
                List.of("Salary"), List.of("Education"), List.of("Demographics"), List.of("Responsibilities"),
                List.of("Skills"));
        assertThat(content.sections()).extracting(Section::id).containsExactly("overview",
                "what-does-a-patient-relations-manager-do", "what-does-a-patient-account-manager-do", "salary",
                "education", "demographics", "responsibilities", "skills");
        assertThat(table(content, "Overview").heading()).isEqualTo(PAIR + " overview");
        assertThat(list(content, "Skills").heading()).isEqualTo(PAIR + " skills");
        TextSection description = (TextSection) content.sections().get(1);
        assertThat(description.heading()).isEqualTo("What does a patient relations manager do?");
        assertThat(description.text()).startsWith("Patient Relations Managers serve as the front desk personnel");
    }

    @Test
    void showsTheOverviewRowsAsFormattedAndNamesTheRowsNeitherRoleHas() {
        // when
        TableSection overview = table(seed(), "Overview");

        // then
        assertThat(overview.rows()).containsExactly(
                new TableSection.Row("Yearly salary", "$43,633", "$70,777"),
                new TableSection.Row("Hourly rate", "$20.98", "$34.03"),
                new TableSection.Row("Growth rate", "-4%", "28%"),
                new TableSection.Row("Number of jobs", "77,096", "152,009"),
                new TableSection.Row("Most common degree", "Bachelor's Degree, 50%", "Bachelor's Degree, 55%"),
                new TableSection.Row("Average age", "40", "47"),
                new TableSection.Row("Years of experience", "4", "6"),
                new TableSection.Row("Years to become", "2-4", "4-6"));
        assertThat(overview.note()).isEqualTo("Not known for either role: job satisfaction.");
        assertThat(overview.charts()).isEmpty();
    }

    @Test
    void givesTheSalaryRangeChartItsValuesAndLabels() {
        // when
        TableSection salary = table(seed(), "Salary");

        // then
        assertThat(salary.rows()).contains(new TableSection.Row("Salary range", "$27,000 \u2013 $68,000", "$42,000 \u2013 $117,000"));
        assertThat(salary.charts()).hasSize(1);
        SalaryRange chart = (SalaryRange) salary.charts().get(0);
        assertThat(chart.left()).isEqualTo(new SalaryRange.Range(27000.0, 43633, 68000.0, "$27,000", "avg $43,633", "$68,000"));
        assertThat(chart.right()).isEqualTo(new SalaryRange.Range(42000.0, 70777, 117000.0, "$42,000", "avg $70,777", "$117,000"));
        assertThat(chart.title()).isNull();
        assertThat(chart.caption()).isEqualTo("Bars span each role's salary range; the black mark with its label is the average salary.");
    }

    @Test
    void printsTheSharesOfOneTableAndItsChartsWithTheSameDecimals() {
        // when
        TableSection demographics = table(seed(), "Demographics");

        // then
        assertThat(demographics.rows()).contains(
                new TableSection.Row("Gender ratio", "Male, 20.8%\nFemale, 79.2%", "Male, 20.2%\nFemale, 79.8%"),
                new TableSection.Row("LGBT percentage", "7.0%", "12.0%"));
        assertThat(demographics.charts()).extracting(Chart::title).containsExactly("Gender", "Race");
        PairedBars race = (PairedBars) demographics.charts().get(1);
        assertThat(race.bars()).hasSize(6).contains(
                new PairedBars.Bar("American Indian and Alaska Native", 0.6, 0.7, "0.6%", "0.7%", false),
                new PairedBars.Bar("White", 55.1, 61.1, "55.1%", "61.1%", false));
        assertThat(race.markNote()).isNull();
        assertThat(race.caption()).isNull();
    }

    @Test
    void ranksTheSkillsAndMarksTheSharedOnes() {
        // when
        ListSection skills = list(seed(), "Skills");

        // then
        assertThat(skills.ranked()).isTrue();
        ListSection.RoleList left = skills.lists().get(0);
        assertThat(left.heading()).isEqualTo("Common patient relations manager skills");
        assertThat(left.items()).startsWith(new ListSection.Item("1. Patients, 39%", true),
                new ListSection.Item("2. Schedule Appointments, 14%", false),
                new ListSection.Item("3. Patient Care, 11%", true));
        assertThat(left.absentText()).isNull();
        assertThat(skills.lists().get(1).heading()).isEqualTo("Common patient account manager skills");
        assertThat(skills.sharedMark()).isEqualTo("shared");
        assertThat(skills.sharedLabel()).isEqualTo("Shared skills:");
        assertThat(skills.sharedText()).isEqualTo("Patients, Patient Care");
        assertThat(skills.chart().markNote()).isEqualTo("skill both roles list");
        assertThat(skills.chart().caption()).isEqualTo("Share of job postings naming each skill.");
        assertThat(skills.chart().bars()).hasSize(10)
                .startsWith(new PairedBars.Bar("Patients", 39.0, 22.0, "39%", "22%", true))
                .contains(new PairedBars.Bar("Customer Service", null, 13.0, null, "13%", false));
    }

    @Test
    void listsEachRolesResponsibilitiesUnderItsHeading() {
        // when
        ListSection responsibilities = list(seed(), "Responsibilities");

        // then
        assertThat(responsibilities.ranked()).isFalse();
        assertThat(responsibilities.chart()).isNull();
        assertThat(responsibilities.lists()).extracting(ListSection.RoleList::heading).containsExactly(
                "Patient relations manager example responsibilities", "Patient account manager example responsibilities");
        assertThat(responsibilities.lists().get(1).items()).hasSize(6)
                .endsWith(new ListSection.Item("Move the general surgery clinic from one location to another on campus.", false));
        assertThat(responsibilities.sharedLabel()).isNull();
    }

    @Test
    void collapsesSectionsWithoutDataIntoOneLineEach() {
        // given
        RoleProfile left = SeedProfiles.minimal("clerk", "Clerk", 30000);
        RoleProfile right = SeedProfiles.minimal("judge", "Judge", 90000);

        // when
        ReportContent content = ReportContent.of(left, right, MetricsCalculator.compute(left, right), RUN_DATE, null, null, null);

        // then
        assertThat(content.sections()).extracting(Section::names).containsExactly(
                List.of("Overview"),
                List.of("What does a clerk do?", "What does a judge do?"),
                List.of("Salary"),
                List.of("Education", "Demographics", "Responsibilities", "Skills"));
        assertThat(((AbsentSection) content.sections().get(1)).text()).isEqualTo("No description of either role.");
        assertThat(((AbsentSection) content.sections().get(3)).text())
                .isEqualTo("No education, demographics, responsibilities or skills data for either role.");
        assertThat(table(content, "Salary").rows()).containsExactly(new TableSection.Row("Average salary", "$30,000", "$90,000"));
        assertThat(table(content, "Salary").charts()).isEmpty();
        assertThat(content.coverageNote()).isEqualTo("Not in the data: description, salary range, education, demographics,"
                + " responsibilities and skills for either role.");
        assertThat(content.subtitle()).isEqualTo("Report date: 2026-11-27");
        assertThat(content.about()).endsWith("Unknown values are left out.");
    }

    @Test
    void namesOfficialPluralTitlesInTheSingularOrPluralAsEnglishNeeds() {
        // given
        RoleProfile left = official("registered-nurses", "Registered Nurses", null, 86_070, 47000.0, 138000.0,
                List.of(new Skill("Patient Care", 40.0)));
        RoleProfile right = official("nurse-practitioners", "Nurse Practitioners", null, 121_610, 73710.0, null, List.of());

        // when
        ReportContent content = ReportContent.of(left, right, MetricsCalculator.compute(left, right), RUN_DATE,
                "Source: role data feed", "2026-11-01", null);

        // then
        assertThat(content.title()).isEqualTo("Registered Nurses vs Nurse Practitioners");
        assertThat(content.keyDifferences()).startsWith("Nurse Practitioners pay 41.3% more ($35,540 a year)");
        assertThat(content.sections().get(1).names()).containsExactly("What does a registered nurse do?");
        assertThat(table(content, "Overview").heading()).isEqualTo("Registered Nurses vs Nurse Practitioners overview");
        ListSection skills = list(content, "Skills");
        assertThat(skills.lists()).extracting(ListSection.RoleList::heading)
                .containsExactly("Common registered nurse skills", "Common nurse practitioner skills");
        assertThat(skills.lists().get(1).absentText()).isEqualTo("No skills data for Nurse Practitioners.");
        assertThat(skills.sharedText()).isEqualTo("none");
        assertThat(skills.chart().markNote()).isNull();
        assertThat(content.about()).endsWith("Source: role data feed; data as of 2026-11-01.");
    }

    @Test
    void drawsATopCodedSalaryRangeOpenEndedAndSaysSo() {
        // given
        RoleProfile left = official("registered-nurses", "Registered Nurses", null, 86_070, 47000.0, 138000.0, List.of());
        RoleProfile right = official("physicians-all-other", "Physicians, All Other", null, 239_200, 73710.0, null, List.of());

        // when
        TableSection salary = table(content(left, right), "Salary");

        // then
        assertThat(salary.rows()).contains(new TableSection.Row("Salary range", "$47,000 \u2013 $138,000", "$73,710 or more"));
        SalaryRange chart = (SalaryRange) salary.charts().get(0);
        assertThat(chart.right()).isEqualTo(new SalaryRange.Range(73710.0, 239200, null, "$73,710+", "avg $239,200", null));
        assertThat(chart.caption()).endsWith(
                "The maximum salary of Physicians, All Other is not published; its bar fades out to the right.");
    }

    @Test
    void givesALongPairTitleShortSectionHeadingsAndNamesRolesByTheirShortTitles() {
        // given
        RoleProfile left = official("cutting", "Cutting, Punching, and Press Machine Setters, Operators, and Tenders, Metal and Plastic",
                "Press Machine Operators", 40_330, 22000.0, null, List.of());
        RoleProfile right = official("registered-nurses", "Registered Nurses", null, 86_070, 47000.0, 138000.0, List.of());

        // when
        ReportContent content = content(left, right);

        // then
        assertThat(content.title()).startsWith("Cutting, Punching, and Press Machine Setters").endsWith(" vs Registered Nurses");
        assertThat(content.leftName()).isEqualTo("Press Machine Operators");
        assertThat(table(content, "Overview").heading()).isEqualTo("Overview");
        assertThat(table(content, "Salary").heading()).isEqualTo("Salary");
    }

    @Test
    void givesSectionsWithTheSameHeadingDifferentIds() {
        // given
        RoleProfile left = official("nurse-a", "Nurse", null, 50_000, null, null, List.of());
        RoleProfile right = official("nurse-b", "Nurse", null, 60_000, null, null, List.of());

        // when
        ReportContent content = content(left, right);

        // then
        assertThat(content.sections().subList(1, 3)).extracting(Section::id)
                .containsExactly("what-does-a-nurse-do", "what-does-a-nurse-do-2");
    }

    @Test
    void leavesTheSkillsChartOutWhenASkillHasNoShare() {
        // given
        RoleProfile left = official("registered-nurses", "Registered Nurses", null, 86_070, null, null,
                List.of(new Skill("Patient Care", 40.0)));
        RoleProfile right = official("physicians-all-other", "Physicians, All Other", null, 239_200, null, null,
                List.of(new Skill("Patient Care", null), new Skill("Legal Research", null)));

        // when
        ListSection skills = list(content(left, right), "Skills");

        // then
        assertThat(skills.chart()).isNull();
        assertThat(skills.lists().get(1).items()).containsExactly(
                new ListSection.Item("1. Patient Care", true), new ListSection.Item("2. Legal Research", false));
        assertThat(skills.sharedText()).isEqualTo("Patient Care");
    }

    private static ReportContent seed() {
        return content(SeedProfiles.patientRelationsManager(), SeedProfiles.patientAccountManager());
    }

    private static ReportContent content(RoleProfile left, RoleProfile right) {
        return ReportContent.of(left, right, MetricsCalculator.compute(left, right), RUN_DATE, "Source: role data feed", null, null);
    }

    private static TableSection table(ReportContent content, String name) {
        return (TableSection) section(content, name);
    }

    private static ListSection list(ReportContent content, String name) {
        return (ListSection) section(content, name);
    }

    private static Section section(ReportContent content, String name) {
        return content.sections().stream().filter(s -> s.names().equals(List.of(name))).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + name + " in " + content.sections()));
    }

    /** A role as official occupation data gives it: a plural title, a description, a salary and its range, 1,000,000 jobs. */
    private static RoleProfile official(String id, String title, String shortTitle, double salary, Double min, Double max,
                                        List<Skill> skills) {
        Role role = new Role(id, title, "They do the work of " + title + ".", new YearsRange(2, 4), salary, null, min, max,
                3.0, 1_000_000L, null, null, null, null, null, null, null, null, null, null, null, null, shortTitle, null);
        return new RoleProfile(role, List.of(new Breakdown("gender", List.of(new CategoryShare("Female", 60), new CategoryShare("Male", 40)))),
                skills, List.of());
    }
}
