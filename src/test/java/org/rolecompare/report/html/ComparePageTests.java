package org.rolecompare.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
import org.rolecompare.report.content.AbsentSection;
import org.rolecompare.report.content.ListSection;
import org.rolecompare.report.content.ReportContent;
import org.rolecompare.report.content.ReportNotes;
import org.rolecompare.report.content.Section;
import org.rolecompare.report.content.TableSection;
import org.rolecompare.report.content.TextSection;

/**
 * The web page of a comparison, parsed as a browser parses it: it says what the report content
 * says, section by section (the same words and numbers as the PDF, which is drawn from the same
 * content), draws each chart as SVG with a title, a description and its numbers in a table, links
 * to the PDF and both roles' pages, and shows titles holding markup, quotes and control characters
 * as text.
 */
@ExtendWith(PinnedLocale.class)
class ComparePageTests {

    private static final String PAIR = "Patient Relations Manager vs Patient Account Manager";

    @Test
    void showsTheSeedReportsWordsAndNumbersInItsOrder() {
        // given
        ReportContent content = seed();

        // when
        Document page = Pages.parse(SitePages.comparePage(content, "patient-relations-manager", "patient-account-manager", Pages.RUN));

        // then
        assertThat(page.title()).isEqualTo(PAIR);
        assertThat(page.selectFirst("h1").text()).isEqualTo(PAIR);
        assertThat(page.selectFirst("p.subtitle").text()).isEqualTo("Report date: 2026-11-27 \u00b7 Source: role data feed");
        assertThat(Pages.texts(page, "#summary p")).isEqualTo(content.narrative());
        assertThat(Pages.texts(page, "#key-differences li")).containsExactly(
                "Patient Account Manager pays 62.2% more ($27,144 a year)",
                "Patient Account Manager grows (28%) while Patient Relations Manager shrinks (-4%)",
                "Patient Account Manager takes 2 more years to become",
                "2 of 10 top skills shared",
                "Patient Account Manager has 97.2% more jobs");
        assertThat(page.select("#report > section[id], #report > p.absent").eachAttr("id")).containsExactly("summary", "key-differences",
                "overview", "what-does-a-patient-relations-manager-do", "what-does-a-patient-account-manager-do", "salary", "education",
                "demographics", "responsibilities", "skills", "about");
        Element overview = page.selectFirst("section#overview table.comparison");
        assertThat(overview.select("thead th").eachText()).containsExactly("Overview", "Patient Relations Manager", "Patient Account Manager");
        assertThat(Pages.row(overview, "Yearly salary")).containsExactly("Yearly salary", "$43,633", "$70,777");
        assertThat(Pages.row(overview, "Growth rate")).containsExactly("Growth rate", "-4%", "28%");
        assertThat(page.selectFirst("section#overview p.note").text()).isEqualTo("Not known for either role: job satisfaction.");
        assertThat(Pages.row(page.selectFirst("section#salary table.comparison"), "Salary range"))
                .containsExactly("Salary range", "$27,000 \u2013 $68,000", "$42,000 \u2013 $117,000");
        assertThat(page.selectFirst("section#skills .shared-line").text()).isEqualTo("Shared skills: Patients, Patient Care");
        assertThat(page.select("section#skills .role-items").first().select("li").first().text()).isEqualTo("1. Patients, 39% (shared)");
        assertThat(page.selectFirst("#about h2").text()).isEqualTo("About these numbers");
        assertThat(page.selectFirst("#about p").text()).isEqualTo(content.about());
    }

    @Test
    void showsEverySectionOfTheContentWithItsHeading() {
        // given
        ReportContent content = seed();

        // when
        Document page = Pages.parse(SitePages.comparePage(content, "patient-relations-manager", "patient-account-manager", Pages.RUN));

        // then
        for (Section section : content.sections()) {
            Element shown = page.getElementById(section.id());
            assertThat(shown).as(section.id()).isNotNull();
            if (section instanceof AbsentSection absent) {
                assertThat(shown.text()).isEqualTo(absent.text());
            } else {
                assertThat(shown.selectFirst("h2").text()).as(section.id()).isEqualTo(heading(section));
            }
        }
    }

    @Test
    void drawsEachChartAsSvgWithATitleADescriptionAndItsNumbersInATable() {
        // when
        Document page = Pages.parse(SitePages.comparePage(seed(), "patient-relations-manager", "patient-account-manager", Pages.RUN));

        // then
        List<Element> charts = page.select("figure.chart svg");
        assertThat(charts).hasSize(4);
        for (Element svg : charts) {
            assertThat(svg.attr("role")).isEqualTo("img");
            for (String id : svg.attr("aria-labelledby").split(" ")) {
                assertThat(page.getElementById(id)).as(id).isNotNull();
                assertThat(page.getElementById(id).text()).as(id).isNotBlank();
            }
        }
        Element salary = page.selectFirst("section#salary figure.chart svg");
        assertThat(salary.selectFirst("desc").text()).isEqualTo("Patient Relations Manager: $27,000 to $68,000, avg $43,633."
                + " Patient Account Manager: $42,000 to $117,000, avg $70,777.");
        assertThat(salary.select("text").eachText()).contains("avg $43,633", "$117,000");
        Element gender = page.select("section#demographics figure.chart").first();
        assertThat(gender.selectFirst("h3").text()).isEqualTo("Gender");
        assertThat(gender.selectFirst("svg desc").text()).isEqualTo("Male: Patient Relations Manager 20.8%, Patient Account Manager 20.2%;"
                + " Female: Patient Relations Manager 79.2%, Patient Account Manager 79.8%.");
        Element genderTable = page.select("section#demographics details.chart-data table").first();
        assertThat(Pages.row(genderTable, "Female")).containsExactly("Female", "79.2%", "79.8%");
        Element skillsTable = page.selectFirst("section#skills details.chart-data table");
        assertThat(Pages.row(skillsTable, "Patients *")).containsExactly("Patients *", "39%", "22%");
        assertThat(Pages.row(skillsTable, "Customer Service")).containsExactly("Customer Service", "-", "13%");
        assertThat(page.selectFirst("section#skills details.chart-data summary").text())
                .isEqualTo("The chart's numbers (* skill both roles list)");
    }

    @Test
    void linksToThePdfAndToBothRolesPagesAndTheIndex() {
        // when
        Document page = Pages.parse(SitePages.comparePage(seed(), "patient-relations-manager", "patient-account-manager", Pages.RUN));

        // then
        assertThat(page.selectFirst("a.pdf-link").attr("href")).isEqualTo("../../pdf/patient-relations-manager-vs-patient-account-manager.pdf");
        assertThat(page.select("a.role-link").eachAttr("href")).containsExactly("../roles/patient-relations-manager.html",
                "../roles/patient-account-manager.html");
        assertThat(page.select("a.role-link").eachText()).containsExactly("Patient Relations Manager", "Patient Account Manager");
        assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("../assets/site.css");
        assertThat(page.select("header.site-header a").attr("href")).isEqualTo("../index.html");
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void hasNoPdfLinkWhenTheRunWritesNoPdfs() {
        // when
        Document page = Pages.parse(SitePages.comparePage(seed(), "patient-relations-manager", "patient-account-manager",
                new SiteRun(Pages.RUN_DATE, "nightly", false)));

        // then
        assertThat(page.select("a.pdf-link")).isEmpty();
        assertThat(page.select("a.role-link")).hasSize(2);
    }

    @Test
    void showsTitlesWithMarkupQuotesAmpersandsAndControlCharactersAsText() {
        // given
        String title = "<script>alert(\"x\")</script> & 'Sons' \u0007Ltd\u001b";
        RoleProfile left = Pages.titled(SeedProfiles.patientRelationsManager(), title);
        RoleProfile right = SeedProfiles.patientAccountManager();
        ReportContent content = ReportContent.of(left, right, MetricsCalculator.compute(left, right), Pages.RUN_DATE, null, null, null);

        // when
        byte[] bytes = SitePages.comparePage(content, "patient-relations-manager", "patient-account-manager", Pages.RUN);

        // then
        String html = new String(bytes, StandardCharsets.UTF_8);
        Document page = Pages.parse(bytes);
        assertThat(page.select("script")).isEmpty();
        assertThat(html).doesNotContain("<script>alert", "\u0007", "\u001b");
        String shown = "<script>alert(\"x\")</script> & 'Sons' Ltd";
        assertThat(page.selectFirst("h1").text()).isEqualTo(shown + " vs Patient Account Manager");
        assertThat(page.title()).isEqualTo(shown + " vs Patient Account Manager");
        assertThat(page.select("section#overview thead th").eachText()).contains(shown);
        assertThat(page.select("a.role-link").first().text()).isEqualTo(shown);
        assertThat(html).contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'Sons' Ltd");
        for (Element element : page.select("[aria-labelledby]")) {
            for (String id : element.attr("aria-labelledby").split(" ")) {
                assertThat(page.getElementById(id)).as(id).isNotNull();
            }
        }
    }

    @Test
    void readsRightOnASparsePairOfOfficialTitles() {
        // given
        RoleProfile physicians = physicians();
        RoleProfile nurses = registeredNurses();
        ReportContent content = ReportContent.of(physicians, nurses, MetricsCalculator.compute(physicians, nurses), Pages.RUN_DATE,
                "Source: role data feed", "2026-11-01", null);

        // when
        Document page = Pages.parse(SitePages.comparePage(content, "physicians-all-other", "registered-nurses", Pages.RUN));

        // then
        assertThat(page.selectFirst("h1").text()).isEqualTo("Physicians, All Other vs Registered Nurses");
        assertThat(Pages.row(page.selectFirst("section#salary table.comparison"), "Salary range"))
                .containsExactly("Salary range", "$73,710 or more", "$47,000 \u2013 $138,000");
        assertThat(page.selectFirst("section#salary figure.chart svg").select("text").eachText()).contains("$73,710+");
        assertThat(page.selectFirst("section#overview p.note").text()).startsWith("Not known for either role:");
        assertThat(page.selectFirst("p.coverage-note").text()).isEqualTo(content.coverageNote());
        assertThat(page.select("p.absent").eachText()).isEqualTo(content.sections().stream()
                .filter(AbsentSection.class::isInstance).map(s -> ((AbsentSection) s).text()).toList());
        assertThat(page.text()).doesNotContain("null", "NaN");
    }

    @Test
    void givesTheSameBytesForTheSameContent() {
        // when
        byte[] first = SitePages.comparePage(seed(), "patient-relations-manager", "patient-account-manager", Pages.RUN);
        byte[] second = SitePages.comparePage(seed(), "patient-relations-manager", "patient-account-manager", Pages.RUN);

        // then
        assertThat(second).isEqualTo(first);
    }

    private static String heading(Section section) {
        if (section instanceof TableSection table) {
            return table.heading();
        }
        return section instanceof TextSection text ? text.heading() : ((ListSection) section).heading();
    }

    @Test
    void showsTheRelatedLineThenTheChangeLineUnderTheSubtitleOnlyWhenTheReportHasThem() {
        // given
        RoleProfile left = SeedProfiles.patientRelationsManager();
        RoleProfile right = SeedProfiles.patientAccountManager();
        String related = "Related: 0.40 \u2014 shared skills Patients, Patient Care";
        String change = "Average salary of Patient Account Manager up 3.1% since 2026-11-26.";
        ReportContent content = ReportContent.of(left, right, MetricsCalculator.compute(left, right), Pages.RUN_DATE,
                "Source: role data feed", null, new ReportNotes(related, change));

        // when
        Document page = Pages.parse(SitePages.comparePage(content, "patient-relations-manager", "patient-account-manager", Pages.RUN));
        Document plain = Pages.parse(SitePages.comparePage(seed(), "patient-relations-manager", "patient-account-manager", Pages.RUN));

        // then
        assertThat(page.select(".report-header > p").eachText())
                .containsExactly("Report date: 2026-11-27 \u00b7 Source: role data feed", related, change);
        assertThat(plain.select("#related-note, #change-note")).isEmpty();
    }

    private static ReportContent seed() {
        RoleProfile left = SeedProfiles.patientRelationsManager();
        RoleProfile right = SeedProfiles.patientAccountManager();
        return ReportContent.of(left, right, MetricsCalculator.compute(left, right), Pages.RUN_DATE, "Source: role data feed", null, null);
    }

    /** A top-coded official role: a minimum salary but no maximum, no demographics, skills without shares. */
    static RoleProfile physicians() {
        Role role = new Role("physicians-all-other", "Physicians, All Other", null, null, 239200, 115.0, 73710.0, null, 3.0, 818_900L,
                null, "Doctoral or professional degree", null, null, null, null, null, null, null, null, null, null, null, null);
        return new RoleProfile(role, List.of(), List.of(new Skill("Patient Care", null), new Skill("Diagnosis", null)), List.of());
    }

    /** A plural official title with a few breakdowns. */
    static RoleProfile registeredNurses() {
        Role role = new Role("registered-nurses", "Registered Nurses", "Registered nurses assess patient health problems and needs.",
                new YearsRange(2, 4), 93600, 45.0, 47000.0, 138000.0, 6.0, 3_300_000L, null, "Bachelor's degree", null, null, null,
                null, null, null, null, null, null, null, null, null);
        return new RoleProfile(role, List.of(new Breakdown("gender", List.of(new CategoryShare("Female", 87.6), new CategoryShare("Male", 12.4)))),
                List.of(new Skill("Patient Care", 40.0)), List.of("Monitor patients."));
    }
}
