package org.rolecompare.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rolecompare.compare.Breakdown;
import org.rolecompare.compare.CategoryShare;
import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.compare.PinnedLocale;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.SeedProfiles;
import org.rolecompare.report.content.ReportNotes;

@ExtendWith(PinnedLocale.class)
class PdfReportRendererTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 27);
    private static final PdfReportRenderer RENDERER =
            new PdfReportRenderer(new PdfReportSettings(PdfReportSettings.PageSizeOption.LETTER, "Source: role data feed"));

    @Test
    void rendersTheSeedPairWithEverySectionInOrder() throws IOException {
        // given
        byte[] pdf = renderSeed();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "seed-report.pdf"), pdf);

        // when
        String text = textOf(pdf);

        // then
        String pair = "Patient Relations Manager vs Patient Account Manager";
        assertThat(text).containsSubsequence(
                pair,
                "Report date: 2026-11-27",
                "Source: role data feed",
                "can be seen in a few details",
                "The top three skills for a patient relations manager include",
                pair + " overview",
                "What does a patient relations manager do?",
                "What does a patient account manager do?",
                pair + " salary",
                pair + " education",
                pair + " demographics",
                "Gender",
                "Race",
                pair + " responsibilities",
                "Patient relations manager example responsibilities",
                "Patient account manager example responsibilities",
                pair + " skills",
                "Shared skills: Patients, Patient Care");
        assertThat(text).contains("$70,777", "$43,633", "$20.98", "$34.03", "-4%", "28%", "77,096", "152,009",
                "Bachelor's Degree, 50%", "University of Pennsylvania", "Male, 20.8%", "Patients, 39%", "Page 1 of",
                "$27,000 \u2013 $68,000", "Gender ratio", "Race ratio", "LGBT percentage",
                "Common patient relations manager skills", "Common patient account manager skills",
                "a patient account manager has an average salary of $70,777",
                "Not known for either role: job satisfaction.", "About these numbers");
        assertThat(text).doesNotContain("null", "NaN", "Job satisfaction");
    }

    @Test
    void printsTheRelatedLineThenTheChangeLineUnderTheSubtitleAndNeitherWhenAbsent() throws IOException {
        // given
        RoleProfile left = SeedProfiles.patientRelationsManager();
        RoleProfile right = SeedProfiles.patientAccountManager();
        String related = "Related: 0.40 \u2014 shared skills Patients, Patient Care";
        String change = "Average salary of Patient Account Manager up 3.1% since 2026-11-26.";

        // when
        String both = textOf(RENDERER.render(left, right, MetricsCalculator.compute(left, right), RUN_DATE, new ReportNotes(related, change)));
        String plain = textOf(renderSeed());

        // then
        assertThat(both).containsSubsequence("Report date: 2026-11-27", related, change, "can be seen in a few details");
        assertThat(plain).doesNotContain("Related:", "since 2026-11-26");
    }

    @Test
    void writesMetadataAndTotalPages() throws IOException {
        // given
        byte[] pdf = renderSeed();

        // when
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // then
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("role-compare");
            assertThat(doc.getDocumentInformation().getSubject()).startsWith("Comparison of two job roles");
            assertThat(doc.getNumberOfPages()).isBetween(3, 5);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Patient Relations Manager vs Patient Account Manager");
            assertThat(doc.getDocumentInformation().getKeywords()).contains("Patient Relations Manager", "Patient Account Manager");
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo("2026-11-27T00:00:00Z");
            assertThat(textOf(pdf)).contains("Page 1 of " + doc.getNumberOfPages());
        }
    }

    @Test
    void embedsEveryFont() throws IOException {
        // given
        byte[] pdf = renderSeed();

        // when
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            // then
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(fonts).noneSatisfy(font -> assertThat(font.getName()).contains("Helvetica"));
        }
    }

    @Test
    void rendersTheSameBytesTwiceAndAcrossThreads() throws Exception {
        // given
        byte[] first = renderSeed();
        ExecutorService pool = Executors.newFixedThreadPool(4);

        // when
        List<Future<byte[]>> renders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            renders.add(pool.submit(PdfReportRendererTests::renderSeed));
        }

        // then
        assertThat(renderSeed()).isEqualTo(first);
        for (Future<byte[]> render : renders) {
            assertThat(render.get()).isEqualTo(first);
        }
        pool.shutdown();
    }

    @Test
    void drawsTheChartsIntoThePagesClippedToTheirBoxes() throws IOException {
        // given
        byte[] pdf = renderSeed();

        // when
        List<PDFormXObject> forms = new ArrayList<>();
        int clips = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDFormXObject form) {
                        forms.add(form);
                    }
                }
                for (Object token : new PDFStreamParser(page).parse()) {
                    if (token instanceof Operator operator && operator.getName().equals("W")) {
                        clips++;
                    }
                }
            }

            // then: the salary, two demographics and the skills chart; the only form is the "Page N of M" total
            assertThat(clips).isEqualTo(4);
            assertThat(forms).isNotEmpty().allSatisfy(form -> assertThat(form.getBBox().getHeight()).isLessThan(20f));
        }
    }

    @Test
    void keepsTheSeedReportSmall() {
        // given // when
        byte[] pdf = renderSeed();

        // then
        assertThat(pdf.length).isLessThan(100 * 1024);
    }

    @Test
    void leavesOutWhatNeitherRoleHasAndSaysSoInOneLineEach() throws IOException {
        // given
        RoleProfile left = SeedProfiles.minimal("clerk", "Clerk", 30000);
        RoleProfile right = SeedProfiles.minimal("office-manager", "Office Manager", 45000);

        // when
        String text = textOf(render(left, right)).replaceAll("\\s+", " ");

        // then
        assertThat(text).contains("Clerk vs Office Manager", "Yearly salary", "$30,000", "$45,000",
                "Not known for either role: hourly rate, growth rate, number of jobs, job satisfaction",
                "No description of either role.",
                "No education, demographics, responsibilities or skills data for either role.");
        assertThat(text).doesNotContain("null", "NaN", "$0", " - ", "Hourly rate -", "No data", "Most common major",
                "Shared skills", "Clerk vs Office Manager education", "What does an office manager do?");
    }

    @Test
    void wrapsVeryLongDescriptionsAndWords() throws IOException {
        // given
        String longWord = "Supercalifragilistic".repeat(30);
        String description = ("Handles patient accounts and claims. ").repeat(1100).substring(0, 40_000);
        RoleProfile left = withDescription(SeedProfiles.patientRelationsManager(), description);
        RoleProfile right = withDescription(SeedProfiles.patientAccountManager(), longWord);

        // when
        byte[] pdf = render(left, right);

        // then
        String text = textOf(pdf).replaceAll("\\s+", "");
        assertThat(text).contains(longWord).contains("Handlespatientaccountsandclaims.");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(8);
        }
    }

    @Test
    void printsNonLatinTitlesAndSymbols() throws IOException {
        // given
        RoleProfile left = SeedProfiles.minimal("senor", "Señor Niño Analyst — Zürich", 50000);
        RoleProfile right = withDescription(SeedProfiles.minimal("lodz", "Łódź Coordinator", 48000), "Needs ≥ 5 € a day.");

        // when
        String text = textOf(render(left, right));

        // then
        assertThat(text).contains("Señor Niño Analyst — Zürich vs Łódź Coordinator", "≥ 5 €", "Łódź Coordinator");
    }

    @Test
    void printsOnA4WithoutADataSource() throws IOException {
        // given
        PdfReportRenderer a4 = new PdfReportRenderer(new PdfReportSettings(PdfReportSettings.PageSizeOption.A4, null));
        RoleProfile left = SeedProfiles.patientRelationsManager();
        RoleProfile right = SeedProfiles.patientAccountManager();

        // when
        byte[] pdf = a4.render(left, right, MetricsCalculator.compute(left, right), RUN_DATE);

        // then
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(595f);
        }
        assertThat(textOf(pdf)).doesNotContain("Source:");
    }

    @Test
    void writesTheKeyDifferencesNamingTheRoles() throws IOException {
        // given // when
        String text = textOf(renderSeed());

        // then
        assertThat(text).containsSubsequence("Key differences",
                "Patient Account Manager pays 62.2% more ($27,144 a year)",
                "Patient Account Manager grows (28%) while Patient Relations Manager shrinks (-4%)",
                "Patient Account Manager takes 2 more years to become",
                "2 of 10 top skills shared");
    }

    @Test
    void writesAnOutlineEntryPerSectionPointingAtItsPage() throws IOException {
        // given
        byte[] pdf = renderSeed();

        // when
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                pages.add(doc.getPages().indexOf(item.findDestinationPage(doc)));
            }

            // then
            assertThat(titles).containsExactly("Summary", "Overview", "What does a patient relations manager do?",
                    "What does a patient account manager do?", "Salary", "Education", "Demographics",
                    "Responsibilities", "Skills", "About these numbers");
            assertThat(pages).first().isEqualTo(0);
            assertThat(pages).isSorted().allSatisfy(page -> assertThat(page).isBetween(0, doc.getNumberOfPages() - 1));
        }
    }

    @Test
    void rendersEveryPageOfEveryKindOfReportToAnImage() throws IOException {
        // given
        List<byte[]> reports = List.of(renderSeed(),
                render(SeedProfiles.minimal("clerk", "Clerk", 30000), SeedProfiles.minimal("judge", "Judge", 90000)),
                render(withDescription(SeedProfiles.patientRelationsManager(), "x".repeat(40_000)),
                        SeedProfiles.minimal("lodz", "Łódź Coordinator", 48000)),
                render(SeedProfiles.patientAccountManager(),
                        SeedProfiles.minimal("long", "Senior Principal Coordinator of ".repeat(10) + "Everything", 48000)));

        // when
        for (byte[] pdf : reports) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDFRenderer renderer = new PDFRenderer(doc);
                for (int page = 0; page < doc.getNumberOfPages(); page++) {
                    BufferedImage image = renderer.renderImageWithDPI(page, 30);

                    // then
                    assertThat(image.getWidth()).isPositive();
                }
            }
        }
    }

    @Test
    void printsMarkupAndControlCharactersAsPlainText() throws IOException {
        // given
        String title = "<script>alert(1)</script> %PDF-1.7\u0000\u0007 Analyst\u001F";
        String description = "First\u000Bline\ttabbed\r\n%%EOF endstream endobj trailer\u0085 <</Type /Catalog>>";
        RoleProfile left = withDescription(SeedProfiles.minimal("odd", title, 40000), description);
        RoleProfile right = SeedProfiles.patientAccountManager();

        // when
        byte[] pdf = render(left, right);

        // then
        String text = textOf(pdf);
        assertThat(text).contains("<script>alert(1)</script> %PDF-1.7 Analyst vs Patient Account Manager",
                "Firstline tabbed", "%%EOF endstream endobj trailer <</Type /Catalog>>");
        assertThat(text).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");
        String bytes = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain("<script>", "%PDF-1.7", "endobj trailer").endsWith("%%EOF\n");
        assertThat(bytes.indexOf("%%EOF")).isEqualTo(bytes.lastIndexOf("%%EOF"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("<script>alert(1)</script> %PDF-1.7 Analyst vs Patient Account Manager");
            assertThat(new PDFRenderer(doc).renderImageWithDPI(0, 30).getWidth()).isPositive();
        }
    }

    @Test
    void keepsEveryHeadingWithTheTextBelowIt() throws IOException {
        // given
        List<String> many = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            many.add("Responsibility number " + i + " with enough words to fill most of one printed line of the report.");
        }
        RoleProfile left = withDescription(SeedProfiles.patientRelationsManager(), "Word ".repeat(8_000));
        RoleProfile right = withResponsibilities(SeedProfiles.patientAccountManager(), many);
        String pair = "PatientRelationsManagervsPatientAccountManager";
        Set<String> headings = Set.of(pair + "overview", pair + "salary", pair + "education", pair + "demographics",
                pair + "responsibilities", pair + "skills", "Whatdoesapatientrelationsmanagerdo?",
                "Whatdoesapatientaccountmanagerdo?", "Patientrelationsmanagerexampleresponsibilities",
                "Patientaccountmanagerexampleresponsibilities", "Gender", "Race");

        // when
        List<List<String>> pages = pageLines(render(left, right));

        // then
        assertThat(pages.size()).isGreaterThan(6);
        for (List<String> lines : pages) {
            List<String> body = lines.stream().filter(line -> !line.contains("ReportDate") && !line.contains("Reportdate:")
                    && !line.equals(pair)).toList();
            assertThat(headings).as("last line of a page").doesNotContain(body.get(body.size() - 1));
        }
    }

    @Test
    void repeatsTheHeaderRowOnEveryPageATableRunsOnto() throws IOException {
        // given
        List<CategoryShare> regions = new ArrayList<>();
        for (int i = 100; i < 260; i++) {
            regions.add(new CategoryShare("Region " + i, 0.625));
        }
        RoleProfile left = withBreakdown(SeedProfiles.patientRelationsManager(), new Breakdown("region", regions));
        RoleProfile right = SeedProfiles.patientAccountManager();

        // when
        List<List<String>> pages = pageLines(render(left, right));

        // then
        List<List<String>> regionPages = pages.stream().filter(p -> p.stream().anyMatch(l -> l.contains("Region1"))).toList();
        assertThat(regionPages).hasSizeGreaterThan(1)
                .allSatisfy(p -> assertThat(p).contains("PatientRelationsManagerPatientAccountManager"));
    }

    @Test
    void rendersTheSameBytesFromItsContentMadeOnceAsFromThePair() {
        // given
        RoleProfile left = SeedProfiles.patientRelationsManager();
        RoleProfile right = SeedProfiles.patientAccountManager();
        var metrics = MetricsCalculator.compute(left, right);
        ReportNotes note = new ReportNotes("Related: 0.40 \u2014 shared skills Patients, Patient Care",
                "Since 2026-11-26: the average salary of Patient Account Manager rose 2%.");

        // when
        byte[] fromContent = RENDERER.render(RENDERER.content(left, right, metrics, RUN_DATE, note), left, right, metrics, RUN_DATE);

        // then
        assertThat(fromContent).isEqualTo(RENDERER.render(left, right, metrics, RUN_DATE, note));
        assertThat(RENDERER.content(left, right, metrics, RUN_DATE, note).subtitle())
                .isEqualTo("Report date: 2026-11-27  \u00b7  Source: role data feed");
    }

    private static byte[] renderSeed() {
        return render(SeedProfiles.patientRelationsManager(), SeedProfiles.patientAccountManager());
    }

    private static byte[] render(RoleProfile left, RoleProfile right) {
        return RENDERER.render(left, right, MetricsCalculator.compute(left, right), RUN_DATE);
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static RoleProfile withDescription(RoleProfile profile, String description) {
        return PdfReportFontFallbackTests.withText(profile, profile.role().title(), description);
    }

    /** Each page's lines in reading order, with all white space removed. */
    static List<List<String>> pageLines(byte[] pdf) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(doc).lines().map(line -> line.replaceAll("\\s+", ""))
                        .filter(line -> !line.isEmpty()).toList());
            }
        }
        return pages;
    }

    private static RoleProfile withResponsibilities(RoleProfile profile, List<String> responsibilities) {
        return new RoleProfile(profile.role(), profile.breakdowns(), profile.skills(), responsibilities);
    }

    private static RoleProfile withBreakdown(RoleProfile profile, Breakdown breakdown) {
        List<Breakdown> breakdowns = new ArrayList<>(profile.breakdowns());
        breakdowns.add(breakdown);
        return new RoleProfile(profile.role(), breakdowns, profile.skills(), profile.responsibilities());
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xobject = resources.getXObject(name);
            if (xobject instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }
}
