package org.rolecompare.report.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.zip.Deflater;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfWriter;

import org.rolecompare.compare.ComparisonMetrics;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.report.content.PlainText;
import org.rolecompare.report.content.ReportContent;
import org.rolecompare.report.content.ReportNotes;

/**
 * Renders the comparison of two roles as a print-ready PDF in the layout of the seed page, for
 * managers who read it on a phone or print it: title, narrative, key differences, tables and vector
 * charts per section, a running header and "Page N of M" footer, document information and an
 * outline entry per section. What the report says is decided by
 * {@link ReportContent#of}; this renderer only lays it out, so other formats can say the same.
 *
 * <p>Only embedded fonts are used, as Identity-H subsets, so no viewer substitutes fonts. Almost
 * every report is set in the small Latin font role-compare ships; a report whose text has a
 * character that font lacks (Greek, Cyrillic, CJK, emoji, ...) is set in fuller fonts instead
 * ({@link ReportFonts}), and a character no available font has is printed blank and logged once
 * per role. Fonts are parsed once per JVM and shared; rendering keeps all other state per call, so
 * one renderer may serve several threads.
 *
 * <p>Output is deterministic: the document dates come from the run date, the file ID is derived from
 * the input, and the font subset tag is fixed, so rendering the same input twice gives the same
 * bytes and two nights' reports can be compared byte for byte. Streams are compressed at the
 * fastest level: deflating is the largest single cost of a render, and the slower levels save
 * only a few percent of the file.
 */
public final class PdfReportRenderer {

    private static final float MARGIN = 54f;
    private static final String SUBJECT =
            "Comparison of two job roles: pay, education, demographics, responsibilities and skills";

    /** Deflate level of the page contents and charts (the font streams have their own, also the fastest). */
    private static final int COMPRESSION = Deflater.BEST_SPEED;

    private final PdfReportSettings settings;
    private final ReportFonts fonts;
    private final MissingGlyphLog missingGlyphs = new MissingGlyphLog();

    public PdfReportRenderer(PdfReportSettings settings) {
        this(settings, ReportFonts.shared());
    }

    PdfReportRenderer(PdfReportSettings settings, ReportFonts fonts) {
        this.settings = settings == null ? new PdfReportSettings(null, null) : settings;
        this.fonts = fonts;
    }

    /** The report as PDF bytes; {@code runDate} is printed and also dates the document. */
    public byte[] render(RoleProfile left, RoleProfile right, ComparisonMetrics metrics, LocalDate runDate) {
        return render(left, right, metrics, runDate, ReportNotes.NONE);
    }

    /**
     * As {@link #render(RoleProfile, RoleProfile, ComparisonMetrics, LocalDate)}, with the lines under
     * the subtitle saying how related the roles are and what changed since the previous run.
     */
    public byte[] render(RoleProfile left, RoleProfile right, ComparisonMetrics metrics, LocalDate runDate, ReportNotes notes) {
        Objects.requireNonNull(runDate, "runDate");
        return render(content(left, right, metrics, runDate, notes), left, right, metrics, runDate);
    }

    /**
     * What the report of the pair says with this renderer's source line and as-of date: the content
     * {@link #render(ReportContent, RoleProfile, RoleProfile, ComparisonMetrics, LocalDate)} lays out,
     * which the comparison's web page shows too.
     */
    public ReportContent content(RoleProfile left, RoleProfile right, ComparisonMetrics metrics, LocalDate runDate, ReportNotes notes) {
        return ReportContent.of(left, right, metrics, runDate, settings.dataSource(), settings.dataAsOf(), notes);
    }

    /**
     * The report of {@code content}, made by {@link #content} from the same pair, metrics and run
     * date, as PDF bytes: a caller that shows the content in another format too makes it once.
     */
    public byte[] render(ReportContent content, RoleProfile left, RoleProfile right, ComparisonMetrics metrics, LocalDate runDate) {
        Report report = new Report(left, right, metrics, content);
        String key = report.key(settings);
        Set<Integer> needed = uncovered(key, fonts.latin());
        FontInUse font = needed.isEmpty() ? new FontInUse(fonts.latin()) : fonts.forCharacters(needed);
        byte[] pdf = render(report, key, runDate, font);
        if (!needed.containsAll(font.missing())) {
            needed.addAll(font.missing());
            FontInUse fuller = fonts.forCharacters(needed);
            if (!fuller.faces().equals(font.faces())) {
                font = fuller;
                pdf = render(report, key, runDate, font);
            }
        }
        missingGlyphs.log(font.missing(), left, right, font.faces());
        return pdf;
    }

    /** One report's input and what it says. */
    private record Report(RoleProfile left, RoleProfile right, ComparisonMetrics metrics, ReportContent content) {

        /** All of the report's input as text: what its file ID is derived from, and whose characters it prints. */
        String key(PdfReportSettings settings) {
            String date = content.reportDate();
            String changeNote = content.changeNote();
            String relatedNote = content.relatedNote();
            return String.join("\n", left.toString(), right.toString(), metrics.toString(),
                    changeNote == null ? date : date + changeNote, settings.toString(), String.join("\n", content.narrative()))
                    + (relatedNote == null ? "" : "\n" + relatedNote);
        }
    }

    /** The code points of the text, as it would be printed, that the font has no glyph for. */
    private static Set<Integer> uncovered(String text, FontFace face) {
        Set<Integer> missing = new TreeSet<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > '~' && !PlainText.isControl(c) && !face.covers(c)) {
                int codePoint = text.codePointAt(i);
                if (!face.covers(codePoint) && !Character.isLowSurrogate(c)) {
                    missing.add(codePoint);
                }
            }
        }
        return missing;
    }

    private byte[] render(Report report, String key, LocalDate runDate, FontInUse font) {
        ReportContent content = report.content();
        String title = content.title();
        Document document = new Document(pageSize(), MARGIN, MARGIN, MARGIN + 6f, MARGIN + 6f);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCompressionLevel(COMPRESSION);
            writer.setPageEvent(new PageFrame(font, title, "role-compare \u00b7 Report date: " + content.reportDate()));
            document.addCreator("role-compare");
            writer.setStrictImageSequence(true);
            document.open();
            writer.getInfo().put(PdfName.TITLE, ReportStyles.pdfText(title));
            writer.getInfo().put(PdfName.SUBJECT, ReportStyles.pdfText(SUBJECT));
            writer.getInfo().put(PdfName.AUTHOR, ReportStyles.pdfText("role-compare"));
            writer.getInfo().put(PdfName.KEYWORDS, ReportStyles.pdfText(PlainText.printable(
                    report.left().role().title().trim() + ", " + report.right().role().title().trim()) + ", role comparison"));
            PdfDate stamp = new PdfDate(startOfDayUtc(runDate));
            writer.getInfo().put(PdfName.CREATIONDATE, stamp);
            writer.getInfo().put(PdfName.MODDATE, stamp);
            writer.getInfo().put(PdfName.FILEID, fileId(key));
            new ComparisonDocument(new PageFlow(document, writer, font), writer, new ReportStyles(font), content).write();
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render the PDF report for " + title, e);
        }
        return out.toByteArray();
    }

    private Rectangle pageSize() {
        return settings.pageSize() == PdfReportSettings.PageSizeOption.A4 ? PageSize.A4 : PageSize.LETTER;
    }

    private static Calendar startOfDayUtc(LocalDate date) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return calendar;
    }

    /** A file ID derived from everything the report shows, so equal input gives an equal ID. */
    private static PdfObject fileId(String key) {
        try {
            byte[] id = MessageDigest.getInstance("MD5").digest(key.getBytes(StandardCharsets.UTF_8));
            return PdfEncryption.createInfoId(id, id);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this Java runtime", e);
        }
    }
}
