package org.rolecompare.report.pdf;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.Deflater;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts reports are set in: a small Latin font shipped with role-compare for almost every
 * report, and fuller fonts for the reports whose text needs characters it lacks.
 *
 * <p>Why a shipped subset: OpenPDF embeds a subset of the font in each report and compresses it
 * every time. The shipped file ({@code fonts/RoleCompareSans-Regular.ttf}, see its README) is
 * Liberation Sans cut to Latin, unhinted, so that per-report subset is several times smaller and
 * quicker to build than one of the full, hinted font.
 *
 * <p>Fallback, in order: the full Liberation Sans from the OpenPDF jar (Latin, Greek, Cyrillic,
 * Hebrew), the font files named in the system property {@value #FALLBACK_FONTS_PROPERTY} (paths
 * separated by the platform's path separator; {@code file.ttc,0} picks a font of a collection),
 * then well-known system fonts where installed: DejaVu Sans (many symbols and some emoji) and common
 * CJK fonts. A report that needs more than the Latin font is set in the full Liberation Sans, and
 * each character that font lacks in the first fallback font that has it; the characters no font has
 * print blank and are logged by the renderer.
 *
 * <p>Every font is parsed once per JVM from bytes held in memory (parsing from a file path makes
 * every render read the file again) and shared by all renders on all threads; fallback fonts are
 * only read when a report first needs one. Each font's subset tag is fixed so that output stays
 * byte-identical, and its stream is compressed at the fastest level.
 */
final class ReportFonts {

    /** System property naming extra fallback font files, tried before the well-known system fonts. */
    static final String FALLBACK_FONTS_PROPERTY = "rolecompare.pdf.fallback-fonts";

    private static final Logger LOG = LoggerFactory.getLogger("role-compare");

    private static final String LATIN_RESOURCE = "/fonts/RoleCompareSans-Regular.ttf";
    private static final String FULL_RESOURCE = "/font-fallback/LiberationSans-Regular.ttf";

    /** Fonts of common Debian/Ubuntu packages (fonts-dejavu-core, fonts-droid-fallback, fonts-wqy-*, fonts-noto-cjk). */
    static final List<String> SYSTEM_FONTS = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,0");

    /** Deflate level of embedded font streams: the fastest; smaller files are not worth the time. */
    private static final int COMPRESSION = Deflater.BEST_SPEED;

    private static final class Shared {
        static final ReportFonts FONTS = new ReportFonts(fallbackFiles(System.getProperty(FALLBACK_FONTS_PROPERTY), SYSTEM_FONTS));
    }

    private final FontFace latin;
    private final List<Lazy> fuller;

    /** Fonts with the given fallback font files (after the full Liberation Sans); missing files are skipped. */
    ReportFonts(List<String> fallbackFiles) {
        this.latin = fromResource(LATIN_RESOURCE, "RoleCompareSans-Regular.ttf");
        List<Lazy> faces = new ArrayList<>();
        faces.add(new Lazy(() -> Optional.of(fromResource(FULL_RESOURCE, "LiberationSans-Regular.ttf"))));
        for (String file : fallbackFiles) {
            faces.add(new Lazy(() -> fromFile(file)));
        }
        this.fuller = List.copyOf(faces);
    }

    /** The fonts of this JVM, with the fallback files of {@value #FALLBACK_FONTS_PROPERTY} and the system. */
    static ReportFonts shared() {
        return Shared.FONTS;
    }

    /** The configured font files first, then the well-known system fonts. */
    static List<String> fallbackFiles(String configured, List<String> system) {
        List<String> files = new ArrayList<>();
        if (configured != null) {
            for (String file : configured.split(File.pathSeparator)) {
                if (!file.isBlank()) {
                    files.add(file.trim());
                }
            }
        }
        files.addAll(system);
        return files;
    }

    /** The shipped Latin font, in which almost every report is set. */
    FontFace latin() {
        return latin;
    }

    /**
     * The fonts for a report whose text has the given code points beyond printable ASCII: the Latin
     * font alone when it has them all; else the full Liberation Sans, with, for each character it
     * lacks, the first fallback font that has it.
     */
    FontInUse forCharacters(Collection<Integer> needed) {
        if (needed.stream().allMatch(latin::covers)) {
            return new FontInUse(latin);
        }
        FontFace main = fuller.get(0).get().orElseThrow();
        Set<FontFace> fallbacks = new LinkedHashSet<>();
        for (int codePoint : needed) {
            if (!main.covers(codePoint)) {
                fallbackFor(codePoint).ifPresent(fallbacks::add);
            }
        }
        return new FontInUse(main, List.copyOf(fallbacks));
    }

    private Optional<FontFace> fallbackFor(int codePoint) {
        for (Lazy candidate : fuller.subList(1, fuller.size())) {
            Optional<FontFace> face = candidate.get();
            if (face.isPresent() && face.get().covers(codePoint)) {
                return face;
            }
        }
        return Optional.empty();
    }

    private static FontFace fromResource(String resource, String name) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is not on the classpath");
            }
            return new FontFace(name, parse(name, in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read font " + resource, e);
        }
    }

    private static Optional<FontFace> fromFile(String spec) {
        int comma = spec.lastIndexOf(',');
        boolean collection = comma > 0 && spec.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(".ttc");
        Path path = Path.of(collection ? spec.substring(0, comma) : spec);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            String name = path.getFileName() + (collection ? spec.substring(comma) : "");
            FontFace face = new FontFace(spec, parse(name, Files.readAllBytes(path)));
            LOG.info("PDF fallback font loaded: {}", spec);
            return Optional.of(face);
        } catch (IOException | RuntimeException e) {
            LOG.warn("PDF fallback font {} cannot be used: {}", spec, e.toString());
            return Optional.empty();
        }
    }

    private static BaseFont parse(String name, byte[] bytes) {
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            font.setSubset(true);
            font.setCompressionLevel(COMPRESSION);
            font.setSecureRandom(new FixedSubsetTag());
            return font;
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Could not load font " + name, e);
        }
    }

    /** A font loaded on first use, once, by whichever thread asks first. */
    private static final class Lazy {

        private final Supplier<Optional<FontFace>> loader;
        private Optional<FontFace> face;

        Lazy(Supplier<Optional<FontFace>> loader) {
            this.loader = loader;
        }

        synchronized Optional<FontFace> get() {
            if (face == null) {
                face = loader.get();
            }
            return face;
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
