package org.rolecompare.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.slf4j.LoggerFactory;

/**
 * Reports whose text the shipped Latin font cannot print: they are set in a fuller font, and a
 * character no available font has is logged, naming the role, once.
 */
@ExtendWith(PinnedLocale.class)
class PdfReportFontFallbackTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 27);
    private static final String DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private static final String GREEK = "Υπεύθυνος Ασθενών";
    private static final String CYRILLIC = "Менеджер по работе с пациентами";
    private static final String CJK = "患者关系经理";
    private static final String EMOJI = "Team spirit \uD83D\uDE00 \u2713";

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger("role-compare");

    @BeforeEach
    void captureLog() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(log);
    }

    @Test
    void setsALatinReportInTheShippedFont() throws IOException {
        // given
        PdfReportRenderer renderer = renderer(List.of());
        RoleProfile left = SeedProfiles.minimal("senor", "Señor Niño Analyst — Zürich", 50000);
        RoleProfile right = SeedProfiles.minimal("lodz", "Łódź Coordinator ≥ 5 €", 48000);

        // when
        byte[] pdf = render(renderer, left, right);

        // then
        assertThat(textOf(pdf)).contains("Señor Niño Analyst — Zürich vs Łódź Coordinator ≥ 5 €");
        assertThat(fontsOf(pdf)).isNotEmpty().allSatisfy(font -> assertThat(font).endsWith("+RoleCompareSans"));
        assertThat(warnings()).isEmpty();
    }

    @Test
    void setsGreekAndCyrillicInTheFullFontAndPrintsEveryCharacter() throws IOException {
        // given
        PdfReportRenderer renderer = renderer(List.of());
        RoleProfile left = withText(SeedProfiles.patientRelationsManager(), GREEK, "Διαχειρίζεται τα παράπονα των ασθενών.");
        RoleProfile right = withText(SeedProfiles.patientAccountManager(), CYRILLIC, "Ведёт счета пациентов.");

        // when
        byte[] pdf = render(renderer, left, right);

        // then
        String text = textOf(pdf);
        assertThat(text).contains(GREEK + " vs " + CYRILLIC, "Διαχειρίζεται τα παράπονα των ασθενών.", "Ведёт счета пациентов.",
                "Key differences", "$70,777");
        assertThat(fontsOf(pdf)).isNotEmpty().allSatisfy(font -> assertThat(font).endsWith("+LiberationSans"));
        assertThat(warnings()).isEmpty();
        assertEveryPageRenders(pdf);
    }

    @Test
    void findsCharactersOnlyInSkillsAndCategories() throws IOException {
        // given
        PdfReportRenderer renderer = renderer(List.of());
        RoleProfile seed = SeedProfiles.patientRelationsManager();
        RoleProfile left = new RoleProfile(seed.role(),
                List.of(new Breakdown("Язык", List.of(new CategoryShare("Русский", 60.0), new CategoryShare("Ελληνικά", 40.0)))),
                List.of(new Skill("Обслуживание клиентов", 50.0)), List.of("Отвечает на жалобы"));

        // when
        String text = textOf(render(renderer, left, SeedProfiles.patientAccountManager()));

        // then
        assertThat(text).contains("Язык ratio", "Русский, 60.0%", "Ελληνικά", "Обслуживание клиентов", "Отвечает на жалобы");
    }

    @Test
    void setsEmojiAndSymbolsInAFallbackFontThatHasThemAndTheRestInTheFullFont() throws IOException {
        // given
        assumeTrue(Files.isRegularFile(Path.of(DEJAVU)), "DejaVu Sans is installed (Debian fonts-dejavu-core)");
        PdfReportRenderer renderer = renderer(List.of(DEJAVU));
        RoleProfile left = withText(SeedProfiles.patientRelationsManager(), "Patient Relations Manager", EMOJI);

        // when
        byte[] pdf = render(renderer, left, SeedProfiles.patientAccountManager());

        // then
        assertThat(textOf(pdf)).contains(EMOJI, "Patient Relations Manager vs Patient Account Manager");
        assertThat(fontsOf(pdf)).anySatisfy(font -> assertThat(font).endsWith("+DejaVuSans"))
                .allSatisfy(font -> assertThat(font).matches(".*\\+(DejaVuSans|LiberationSans)"));
        assertThat(warnings()).isEmpty();
    }

    @Test
    void warnsOnceNamingTheRoleAndCharacterThatNoFontHasAndStillRenders() throws IOException {
        // given
        PdfReportRenderer renderer = renderer(List.of());
        RoleProfile left = withText(SeedProfiles.patientRelationsManager(), CJK + " " + GREEK, "Handles complaints.");
        RoleProfile right = SeedProfiles.patientAccountManager();

        // when
        byte[] first = render(renderer, left, right);
        byte[] second = render(renderer, left, right);

        // then
        assertThat(second).isEqualTo(first);
        assertThat(textOf(first)).contains(GREEK + " vs Patient Account Manager", "Handles complaints.", "$70,777");
        assertThat(warnings()).hasSize(CJK.length())
                .allSatisfy(w -> assertThat(w).contains("role patient-relations-manager", "prints blank"))
                .anySatisfy(w -> assertThat(w).contains("U+60A3 '患'", "CJK UNIFIED IDEOGRAPHS 60A3"));
        assertThat(fontsOf(first)).isNotEmpty().allSatisfy(font -> assertThat(font).endsWith("+LiberationSans"));
    }

    @Test
    void printsCjkWhereTheSystemHasAFontForIt() throws IOException {
        // given
        Optional<String> cjkFont = ReportFonts.SYSTEM_FONTS.stream()
                .filter(f -> !f.contains("dejavu") && Files.isRegularFile(Path.of(f.replaceFirst(",\\d+$", "")))).findFirst();
        assumeTrue(cjkFont.isPresent(), "a CJK font is installed, e.g. Debian fonts-droid-fallback");
        PdfReportRenderer renderer = renderer(List.of(cjkFont.get()));
        RoleProfile left = withText(SeedProfiles.patientRelationsManager(), CJK, "处理患者投诉。");

        // when
        byte[] pdf = render(renderer, left, SeedProfiles.patientAccountManager());

        // then
        assertThat(textOf(pdf)).contains(CJK + " vs Patient Account Manager", "处理患者投诉。", "$70,777");
        assertThat(warnings()).isEmpty();
        assertEveryPageRenders(pdf);
    }

    @Test
    void listsConfiguredFallbackFontsBeforeTheSystemOnes() {
        // given
        String configured = String.join(File.pathSeparator, "/fonts/a.ttf", " ", "/fonts/b.ttc,1");

        // when
        List<String> files = ReportFonts.fallbackFiles(configured, List.of("/usr/share/fonts/c.ttf"));

        // then
        assertThat(files).containsExactly("/fonts/a.ttf", "/fonts/b.ttc,1", "/usr/share/fonts/c.ttf");
    }

    private List<String> warnings() {
        return log.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static PdfReportRenderer renderer(List<String> fallbackFiles) {
        return new PdfReportRenderer(new PdfReportSettings(null, "Source: role data feed"), new ReportFonts(fallbackFiles));
    }

    private static byte[] render(PdfReportRenderer renderer, RoleProfile left, RoleProfile right) {
        return renderer.render(left, right, MetricsCalculator.compute(left, right), RUN_DATE);
    }

    /** The profile with another title and description. */
    static RoleProfile withText(RoleProfile profile, String title, String description) {
        Role r = profile.role();
        Role role = new Role(r.id(), title, description, r.yearsToBecome(), r.averageSalary(), r.hourlyRate(),
                r.salaryMin(), r.salaryMax(), r.growthRate(), r.jobCount(), r.jobSatisfaction(), r.commonDegree(),
                r.commonDegreeShare(), r.commonMajor(), r.commonCollege(), r.averageAge(), r.yearsExperience(),
                r.lgbtShare(), r.highestPayingCity(), r.highestPayingState(), r.bestPayingCompany(), r.bestPayingIndustry(), null, null);
        return new RoleProfile(role, profile.breakdowns(), profile.skills(), profile.responsibilities());
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The names of the fonts of every page and chart. */
    private static List<String> fontsOf(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                collectFonts(page.getResources(), names);
            }
        }
        return names;
    }

    private static void collectFonts(PDResources resources, List<String> names) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            names.add(resources.getFont(name).getName());
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xobject = resources.getXObject(name);
            if (xobject instanceof PDFormXObject form) {
                collectFonts(form.getResources(), names);
            }
        }
    }

    private static void assertEveryPageRenders(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int page = 0; page < doc.getNumberOfPages(); page++) {
                assertThat(renderer.renderImageWithDPI(page, 30).getWidth()).isPositive();
            }
        }
    }
}
