package org.rolecompare.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Objects;
import java.util.TimeZone;
import java.util.zip.Deflater;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfWriter;

import org.rolecompare.compare.ComparisonMetrics;
import org.rolecompare.compare.Narrative;
import org.rolecompare.compare.RoleProfile;

/**
 * Renders the comparison of two roles as a print-ready PDF in the layout of the seed page, for
 * managers who read it on a phone or print it: title, narrative, key differences, tables and vector
 * charts per section, a running header and "Page N of M" footer, document information and an
 * outline entry per section.
 *
 * <p>Only embedded fonts are used (Liberation Sans from the OpenPDF jar, as an Identity-H subset),
 * so any Unicode title prints and no viewer substitutes fonts. The font is parsed once per JVM and
 * shared by all renderers: rendering keeps all other state per call, so one renderer may serve
 * several threads.
 * Output is deterministic: the document dates come from the run date, the file ID is derived from
 * the input, and the font subset tag is fixed, so rendering the same input twice gives the same
 * bytes and two nights' reports can be compared byte for byte.
 */
public final class PdfReportRenderer {

    private static final String FONT_RESOURCE = "/font-fallback/LiberationSans-Regular.ttf";
    private static final float MARGIN = 54f;
    private static final String SUBJECT =
            "Comparison of two job roles: pay, education, demographics, responsibilities and skills";

    /**
     * Deflate level of the embedded font subset, the largest stream of a report. Its stream ignores
     * the writer's level; the fastest level costs about 1 KB a report and saves about a third of the
     * render time.
     */
    private static final int FONT_COMPRESSION = Deflater.BEST_SPEED;

    private final PdfReportSettings settings;
    /** Parsed on first use and shared; a BaseFont only reads its tables while a document is written. */
    private static final class SharedFont {
        static final BaseFont FONT = loadFont();
    }

    private final BaseFont font;

    public PdfReportRenderer(PdfReportSettings settings) {
        this.settings = settings == null ? new PdfReportSettings(null, null) : settings;
        this.font = SharedFont.FONT;
    }

    /** The report as PDF bytes; {@code runDate} is printed and also dates the document. */
    public byte[] render(RoleProfile left, RoleProfile right, ComparisonMetrics metrics, LocalDate runDate) {
        return render(left, right, metrics, runDate, null);
    }

    /**
     * As {@link #render(RoleProfile, RoleProfile, ComparisonMetrics, LocalDate)}, with a one-line
     * note under the subtitle saying what changed since the previous run (none when {@code null}).
     */
    public byte[] render(RoleProfile left, RoleProfile right, ComparisonMetrics metrics, LocalDate runDate, String changeNote) {
        Objects.requireNonNull(runDate, "runDate");
        String title = ComparisonDocument.title(left, right);
        String date = runDate.toString();
        Document document = new Document(pageSize(), MARGIN, MARGIN, MARGIN + 6f, MARGIN + 6f);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageFrame(font, title, "role-compare \u00b7 Report date: " + date));
            document.addCreator("role-compare");
            writer.setStrictImageSequence(true);
            document.open();
            writer.getInfo().put(PdfName.TITLE, ReportStyles.pdfText(title));
            writer.getInfo().put(PdfName.SUBJECT, ReportStyles.pdfText(SUBJECT));
            writer.getInfo().put(PdfName.AUTHOR, ReportStyles.pdfText("role-compare"));
            writer.getInfo().put(PdfName.KEYWORDS, ReportStyles.pdfText(
                    ReportStyles.printable(left.role().title().trim() + ", " + right.role().title().trim()) + ", role comparison"));
            PdfDate stamp = new PdfDate(startOfDayUtc(runDate));
            writer.getInfo().put(PdfName.CREATIONDATE, stamp);
            writer.getInfo().put(PdfName.MODDATE, stamp);
            writer.getInfo().put(PdfName.FILEID, fileId(left, right, metrics, changeNote == null ? date : date + changeNote));
            new ComparisonDocument(document, writer, new ReportStyles(font), left, right, metrics)
                    .write(date, settings.dataSource(), changeNote);
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
    private PdfObject fileId(RoleProfile left, RoleProfile right, ComparisonMetrics metrics, String date) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            String key = String.join("\n", left.toString(), right.toString(), metrics.toString(), date, settings.toString(),
                    String.join("\n", Narrative.paragraphs(left, right)));
            byte[] id = md5.digest(key.getBytes(StandardCharsets.UTF_8));
            return PdfEncryption.createInfoId(id, id);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this Java runtime", e);
        }
    }

    private static BaseFont loadFont() {
        try (InputStream in = PdfReportRenderer.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Font " + FONT_RESOURCE + " is not on the classpath (it ships in the OpenPDF jar)");
            }
            BaseFont base = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    false, in.readAllBytes(), null);
            base.setSubset(true);
            base.setCompressionLevel(FONT_COMPRESSION);
            base.setSecureRandom(new FixedSubsetTag());
            return base;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read font " + FONT_RESOURCE, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not load font " + FONT_RESOURCE, e);
        }
    }

    /**
     * The source of the six-letter subset tag OpenPDF puts before an embedded font's name. A random
     * tag would make every render differ; the tag only has to differ between fonts of one file, and
     * a report embeds a single font, so a fixed tag is safe.
     */
    private static final class FixedSubsetTag extends SecureRandom {

        private static final long serialVersionUID = 1L;

        @Override
        public double nextDouble() {
            return 0.5;
        }
    }
}
