package org.rolecompare.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rolecompare.compare.PinnedLocale;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.SeedProfiles;

/**
 * The page of a role, parsed as a browser parses it: the role's facts as the reports print them,
 * the facts the data lacks named once, its skills, and a link to each of its comparisons and
 * their PDFs, A–Z by the other role.
 */
@ExtendWith(PinnedLocale.class)
class RolePageTests {

    @Test
    void showsTheSeedRolesFactsAsTheReportsPrintThem() {
        // given
        RoleProfile role = SeedProfiles.patientAccountManager();

        // when
        Document page = Pages.parse(SitePages.rolePage(role, seedDirectory(), Pages.RUN).bytes());

        // then
        assertThat(page.selectFirst("h1").text()).isEqualTo("Patient Account Manager");
        assertThat(page.select("section#overview tr").eachText()).containsExactly("Yearly salary $70,777", "Hourly rate $34.03",
                "Salary range $42,000 \u2013 $117,000", "Growth rate 28%", "Number of jobs 152,009", "Years of experience 6",
                "Years to become 4-6");
        assertThat(page.select("section#education tr").eachText()).containsExactly("Most common degree Bachelor's Degree, 55%",
                "Most common major Business", "Most common college University of Pennsylvania");
        assertThat(page.select("section#demographics tr").eachText()).contains("Average age 47", "Gender ratio Male 20.2%, Female 79.8%",
                "LGBT percentage 12%");
        assertThat(page.selectFirst("p.not-in-data").text()).isEqualTo("Not in the data: job satisfaction, highest paying city,"
                + " highest paying state, best paying company, best paying industry.");
        assertThat(page.select("section#pay")).isEmpty();
        assertThat(page.selectFirst("section#description h2").text()).isEqualTo("What does a patient account manager do?");
        assertThat(page.select("section#skills li").eachText()).startsWith("Patients 22%", "Customer Service 13%");
        assertThat(page.select("section#responsibilities li")).hasSize(6);
    }

    @Test
    void linksEachComparisonAndItsPdfAToZByTheOtherRole() {
        // given
        RoleDirectory directory = new RoleDirectory.Builder()
                .role("patient-account-manager", "Patient Account Manager")
                .role("patient-relations-manager", "Patient Relations Manager")
                .role("billing-clerk", "Billing Clerk")
                .comparison("patient-relations-manager", "patient-account-manager")
                .comparison("patient-account-manager", "billing-clerk")
                .build();

        // when
        Document page = Pages.parse(SitePages.rolePage(SeedProfiles.patientAccountManager(), directory, Pages.RUN).bytes());

        // then
        assertThat(page.select("ul.comparisons li > a:first-child").eachText()).containsExactly(
                "Patient Account Manager vs Billing Clerk", "Patient Relations Manager vs Patient Account Manager");
        assertThat(page.select("ul.comparisons li > a:first-child").eachAttr("href")).containsExactly(
                "../compare/patient-account-manager-vs-billing-clerk.html",
                "../compare/patient-relations-manager-vs-patient-account-manager.html");
        assertThat(page.select("ul.comparisons a.pdf").eachAttr("href")).containsExactly(
                "../../pdf/patient-account-manager-vs-billing-clerk.pdf",
                "../../pdf/patient-relations-manager-vs-patient-account-manager.pdf");
    }

    @Test
    void isWrittenUnderTheRolesIdAndLinksNoPdfWhenTheRunHasNone() {
        // when
        SitePages.SiteFile file = SitePages.rolePage(SeedProfiles.patientAccountManager(), seedDirectory(),
                new SiteRun(Pages.RUN_DATE, "nightly", false));

        // then
        assertThat(file.path()).isEqualTo("html/roles/patient-account-manager.html");
        assertThat(Pages.parse(file.bytes()).select("a.pdf")).isEmpty();
    }

    @Test
    void showsATitleWithMarkupAndControlCharactersAsText() {
        // given
        RoleProfile role = Pages.titled(SeedProfiles.patientAccountManager(), "Manager <b>&amp;</b> \"Lead\"\u0000\u0085");

        // when
        byte[] bytes = SitePages.rolePage(role, seedDirectory(), Pages.RUN).bytes();

        // then
        Document page = Pages.parse(bytes);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Manager <b>&amp;</b> \"Lead\"");
        assertThat(page.select("h1 b")).isEmpty();
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\u0000", "\u0085", "<b>");
    }

    private static RoleDirectory seedDirectory() {
        return new RoleDirectory.Builder()
                .role("patient-relations-manager", "Patient Relations Manager")
                .role("patient-account-manager", "Patient Account Manager")
                .comparison("patient-relations-manager", "patient-account-manager")
                .build();
    }
}
