package org.rolecompare.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rolecompare.compare.Breakdown;
import org.rolecompare.compare.CategoryShare;
import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.compare.PinnedLocale;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.Skill;
import org.rolecompare.compare.YearsRange;
import org.rolecompare.report.content.ReportNotes;

/**
 * Reports on real-style data, as the official occupational data gives it: plural titles
 * ("Registered Nurses", "Physicians, All Other"), a 90-character title with a short title,
 * top-coded salaries (a minimum but no maximum), sparse demographics and skills without shares.
 *
 * <p>Why: the seed page has every value, so the layout read right on it, but real reports showed
 * rows of dashes, headings repeating long titles, pages of "No data" and dropped salary ranges.
 * These tests read the PDF text back as a reader sees it and check that each of those reads right.
 */
@ExtendWith(PinnedLocale.class)
class PdfReportRealDataTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 12, 5);
    private static final String CUTTING =
            "Cutting, Punching, and Press Machine Setters, Operators, and Tenders, Metal and Plastic";
    private static final PdfReportRenderer RENDERER = new PdfReportRenderer(
            new PdfReportSettings(PdfReportSettings.PageSizeOption.LETTER, "Source: role data feed", "2026-11-01"));

    @Test
    void leavesOutRowsUnknownForBothRolesAndNamesThemInOneNote() throws IOException {
        // given
        RoleProfile nurses = registeredNurses();
        RoleProfile physicians = physicians();

        // when
        String text = oneLine(textOf(render(nurses, physicians)));

        // then
        assertThat(text).contains("Not known for either role: job satisfaction, average age, years of experience.",
                "Not known for either role: highest paying city, highest paying state, best paying company, best paying industry.");
        assertThat(text).doesNotContain("Job satisfaction", "Highest paying city -", " - - ", "null", "NaN");
    }

    @Test
    void showsATopCodedSalaryRangeOpenEnded() throws IOException {
        // given
        RoleProfile nurses = registeredNurses();
        RoleProfile physicians = physicians();

        // when
        String text = oneLine(textOf(render(nurses, physicians)));

        // then
        assertThat(text).contains("Salary range", "$47,000 \u2013 $138,000", "$73,710 or more", "$73,710+",
                "The maximum salary of Physicians, All Other is not published; its bar fades out to the right.");
    }

    @Test
    void givesLongPairTitlesShortSectionHeadingsAndNamesRolesByTheirDisplayTitles() throws IOException {
        // given
        RoleProfile cutting = cutting();
        RoleProfile physicians = physicians();

        // when
        byte[] pdf = render(cutting, physicians);

        // then
        List<List<String>> pages = PdfReportRendererTests.pageLines(pdf);
        String text = oneLine(textOf(pdf));
        assertThat(pages.get(0).get(0) + pages.get(0).get(1)).startsWith("Cutting,Punching,andPressMachine");
        assertThat(pages.stream().flatMap(List::stream)).contains("Overview", "Salary", "Education")
                .contains("PressMachineOperatorsPhysicians,AllOther")
                .noneMatch(line -> line.endsWith("overview") || line.endsWith("salary") || line.endsWith("education"));
        assertThat(text).contains("What does a press machine operator do?", "What do other physicians do?",
                "Press machine operator example responsibilities", "Common press machine operator skills");
    }

    @Test
    void collapsesConsecutiveSectionsWithoutDataIntoOneLineAndKeepsTheirOutlineEntries() throws IOException {
        // given
        RoleProfile surgeons = bare("surgeons-all-other", "Surgeons, All Other", 239200);
        RoleProfile physicians = bare("physicians-all-other", "Physicians, All Other", 239200);

        // when
        byte[] pdf = render(surgeons, physicians);

        // then
        String text = oneLine(textOf(pdf));
        assertThat(text).contains("No education, demographics, responsibilities or skills data for either role.")
                .doesNotContain("No data", "Surgeons, All Other vs Physicians, All Other education");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertThat(titles).contains("Education", "Demographics", "Responsibilities", "Skills", "About these numbers");
        }
    }

    @Test
    void saysInWordsWhichRoleLacksASectionTheOtherHas() throws IOException {
        // given
        RoleProfile nurses = registeredNurses();
        RoleProfile physicians = physicians();

        // when
        String text = oneLine(textOf(render(nurses, physicians)));

        // then
        assertThat(text).contains("No responsibilities data for Physicians, All Other.",
                "No gender data for Physicians, All Other.");
    }

    @Test
    void listsWhatTheDataLacksForWhichRoleOnTheFirstPage() throws IOException {
        // given
        RoleProfile nurses = registeredNurses();
        RoleProfile physicians = physicians();

        // when
        List<List<String>> pages = PdfReportRendererTests.pageLines(render(nurses, physicians));

        // then
        assertThat(pages.get(0)).contains(
                "Notinthedata:salarymaximum,demographics,responsibilitiesandskillsharesforPhysicians,AllOther.");
    }

    @Test
    void printsTheSharesOfOneTableWithTheSameDecimals() throws IOException {
        // given
        RoleProfile nurses = registeredNurses();
        RoleProfile physicians = physicians();

        // when
        String text = oneLine(textOf(render(nurses, physicians)));

        // then
        assertThat(text).contains("Bachelor's Degree, 65.0%", "Doctoral Degree, 52.8%", "3.0%", "1.4%",
                "Female, 26.0%", "Male, 74.0%", "$41.38", "$115.00", "$86,070");
        assertThat(text).doesNotContain("Bachelor's Degree, 65%");
    }

    @Test
    void neverLeavesTheOverviewsLastRowAloneOnAPage() throws IOException {
        // given
        List<List<RoleProfile>> pairs = List.of(List.of(cutting(), physicians()),
                List.of(bare("wide-left", "WWWWWWWWWWWWWWWWWWWWWWW Manager", 50000), physicians()));
        List<String> notes = new ArrayList<>();
        for (int lines = 0; lines <= 40; lines++) {
            notes.add(lines == 0 ? null : "Changed since the last run: salary figures. ".repeat(3 * lines));
        }

        for (List<RoleProfile> pair : pairs) {
            for (String note : notes) {
                // when
                byte[] pdf = RENDERER.render(pair.get(0), pair.get(1), MetricsCalculator.compute(pair.get(0), pair.get(1)),
                        RUN_DATE, new ReportNotes(null, note));

                // then
                List<List<String>> pages = PdfReportRendererTests.pageLines(pdf);
                assertThat(pageOf(pages, "Yearstobecome"))
                        .as("%s: overview split with a change note of %d characters", pair.get(0).role().title(),
                                note == null ? 0 : note.length())
                        .isEqualTo(pageOf(pages, "Yearlysalary"));
            }
        }
    }

    @Test
    void endsWithAboutTheseNumbersNamingTheSourceOnlyWhenKnown() throws IOException {
        // given
        RoleProfile nurses = registeredNurses();
        RoleProfile physicians = physicians();
        PdfReportRenderer noSource = new PdfReportRenderer(new PdfReportSettings(null, null));

        // when
        String withSource = oneLine(textOf(render(nurses, physicians)));
        String withoutSource = oneLine(textOf(noSource.render(nurses, physicians,
                MetricsCalculator.compute(nurses, physicians), RUN_DATE)));

        // then
        assertThat(withSource).contains("About these numbers", "projected change in jobs", "(typically ten years)",
                "pp: percentage points, the difference between two percentages",
                "yearly averages (not medians) in US dollars", "hourly: per hour", "Unknown values are left out.",
                "Source: role data feed; data as of 2026-11-01.");
        assertThat(withoutSource).contains("About these numbers", "Unknown values are left out.")
                .doesNotContain("Source", "source:", "data as of");
    }

    @Test
    void rendersTheSameBytesTwice() {
        // given
        RoleProfile cutting = cutting();
        RoleProfile physicians = physicians();

        // when
        byte[] first = render(cutting, physicians);
        byte[] second = render(cutting, physicians);

        // then
        assertThat(second).isEqualTo(first);
    }

    private static int pageOf(List<List<String>> pages, String lineStart) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).stream().anyMatch(line -> line.startsWith(lineStart))) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + lineStart);
    }

    private static RoleProfile registeredNurses() {
        Role role = role("registered-nurses", "Registered Nurses", null, null,
                "Registered nurses assess patient health problems and needs.", 86070, 41.38, 47000.0, 138000.0, 1.4,
                "Bachelor's Degree", 65.0);
        return new RoleProfile(role,
                List.of(new Breakdown("gender", List.of(new CategoryShare("Female", 26), new CategoryShare("Male", 74))),
                        new Breakdown("race", List.of(new CategoryShare("White", 55.1), new CategoryShare("Asian", 10.5)))),
                List.of(new Skill("Project Management", 30.0), new Skill("Scheduling", 20.0)),
                List.of("Carry out nursing care plans."));
    }

    /** A top-coded role: average at the cap, a minimum but no maximum, no demographics, skills without shares. */
    private static RoleProfile physicians() {
        Role role = role("physicians-all-other", "Physicians, All Other", null, null,
                "Physicians, All Other diagnose and treat patients.", 239200, 115.0, 73710.0, null, 3.0,
                "Doctoral Degree", 52.8);
        return new RoleProfile(role, List.of(), List.of(new Skill("Patient Care", null), new Skill("Legal Research", null)),
                List.of());
    }

    private static RoleProfile cutting() {
        Role role = role("cutting-punching-press-machine-setters", CUTTING, "Press Machine Operators",
                "press machine operator", "They set up and run machines that cut and press metal.", 40330, 19.39,
                22000.0, null, 9.0, "High School Diploma", 65.0);
        return new RoleProfile(role, List.of(), List.of(new Skill("Quality Control", null)), List.of("Set up presses."));
    }

    /** A role with little more than a salary, as sparse real data often has. */
    private static RoleProfile bare(String id, String title, double salary) {
        Role role = role(id, title, null, null, null, salary, 115.0, null, null, 3.0, null, null);
        return new RoleProfile(role, List.of(), List.of(), List.of());
    }

    private static Role role(String id, String title, String shortTitle, String singularTitle, String description,
                             double salary, Double hourly, Double min, Double max, Double growth, String degree,
                             Double degreeShare) {
        return new Role(id, title, description, new YearsRange(2, 4), salary, hourly, min, max, growth, 1_000_000L, null,
                degree, degreeShare, null, null, null, null, null, null, null, null, null, shortTitle, singularTitle);
    }

    private static byte[] render(RoleProfile left, RoleProfile right) {
        return RENDERER.render(left, right, MetricsCalculator.compute(left, right), RUN_DATE);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
