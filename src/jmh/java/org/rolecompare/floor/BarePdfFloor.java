package org.rolecompare.floor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import com.sun.management.OperatingSystemMXBean;

/**
 * The floor under role-compare's PDF rendering: the seed report's page drawn with nothing but
 * OpenPDF and the JDK (no Spring, no Batch, none of role-compare's renderer classes). It replays a
 * fixture written by {@link PageOps} from a real seed report (every text run with its font size,
 * matrix and colour, every rectangle, line and colour of the charts, the forms, destinations,
 * outline and document information) through plain {@code Document}/{@code PdfWriter}/
 * {@code PdfContentByte} calls, with the same embedded TrueType subset from role-compare's
 * resources and the same compression level. Whatever this costs per page is the libraries' and the
 * JVM's, not role-compare's.
 *
 * <p>Modes ({@code java -cp CP org.rolecompare.floor.BarePdfFloor MODE OPS ...}):
 * <ul>
 *   <li>{@code warm OPS [rounds] [pages]}: CPU time per page on one warm thread, measured like
 *       {@code PdfRenderCpuTime} (3,000 warm-up pages, then {@code rounds} rounds of {@code pages},
 *       thread CPU time, median);</li>
 *   <li>{@code files OPS N THREADS DIR}: a cold run writing N pages to files in DIR on THREADS
 *       threads; prints wall, process CPU and pages/s from the first line of {@code main}.</li>
 * </ul>
 * System properties, to take one cost out at a time: {@code floor.compression} (deflate level,
 * default 1 as role-compare's; 0 writes the streams uncompressed), {@code floor.write=false} (files
 * mode renders to memory only), {@code floor.text=false} (no text shown: no glyph encoding and an
 * empty font subset).
 */
public final class BarePdfFloor {

    private static final int COMPRESSION = Integer.getInteger("floor.compression", 1);
    private static final boolean WRITE = !"false".equals(System.getProperty("floor.write"));
    private static final boolean TEXT = !"false".equals(System.getProperty("floor.text"));
    private static final String FONT = "/fonts/RoleCompareSans-Regular.ttf";

    /** One content-stream operator with its numbers or its text. */
    private record Op(String name, float[] numbers, String text) {
    }

    /** A form (chart, page-count box): size and operators. */
    private record Form(String name, float width, float height, List<Op> ops) {
    }

    private record Page(float width, float height, List<String[]> destinations, List<Op> ops) {
    }

    private record Fixture(String[] info, List<Form> forms, List<String[]> outlines, List<Page> pages) {
    }

    private final Fixture fixture;
    private final BaseFont font;

    private BarePdfFloor(Fixture fixture, BaseFont font) {
        this.fixture = fixture;
        this.font = font;
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        BarePdfFloor floor = new BarePdfFloor(read(Path.of(args[1])), font());
        switch (args[0]) {
            case "warm" -> floor.warm(args.length > 2 ? Integer.parseInt(args[2]) : 7, args.length > 3 ? Integer.parseInt(args[3]) : 300);
            case "files" -> floor.files(Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]), start);
            default -> throw new IllegalArgumentException("mode must be warm or files, not " + args[0]);
        }
    }

    private void warm(int rounds, int pages) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int size = page().length;
        for (int i = 0; i < 3_000; i++) {
            page();
        }
        double[] cpuMs = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long before = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < pages; i++) {
                page();
            }
            cpuMs[round] = (cpu.getCurrentThreadCpuTime() - before) / 1e6 / pages;
            System.out.printf("round %d: %.3f ms CPU/page%n", round + 1, cpuMs[round]);
        }
        Arrays.sort(cpuMs);
        System.out.printf("median %.3f ms CPU/page = %.0f pages/s per core; %d bytes%n", cpuMs[rounds / 2],
                1000 / cpuMs[rounds / 2], size);
    }

    private void files(int count, int threads, Path folder, long start) throws Exception {
        Files.createDirectories(folder);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    byte[] pdf = page();
                    if (WRITE) {
                        Files.write(folder.resolve("report-" + i + ".pdf"), pdf);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getProcessCpuTime() / 1e9;
        System.out.printf("%d pages on %d threads: %.2f s wall, %.2f s CPU (process, from JVM start), %.0f pages/s (from main)%n",
                count, threads, wall, cpu, count / wall);
    }

    /** One report: the fixture's pages as a PDF. */
    private byte[] page() {
        Page first = fixture.pages().get(0);
        Document document = new Document(new Rectangle(first.width(), first.height()), 54f, 54f, 60f, 60f);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCompressionLevel(COMPRESSION);
            document.addCreator(fixture.info()[4]);
            document.open();
            PdfName[] keys = {PdfName.TITLE, PdfName.SUBJECT, PdfName.AUTHOR, PdfName.KEYWORDS};
            for (int i = 0; i < keys.length; i++) {
                writer.getInfo().put(keys[i], new PdfString(fixture.info()[i], PdfObject.TEXT_UNICODE));
            }
            PdfContentByte canvas = writer.getDirectContent();
            Map<String, PdfTemplate> templates = new HashMap<>();
            for (Form form : fixture.forms()) {
                PdfTemplate template = canvas.createTemplate(form.width(), form.height());
                draw(template, form.ops(), templates);
                templates.put(form.name(), template);
            }
            for (String[] outline : fixture.outlines()) {
                new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(outline[1], false), outline[0]);
            }
            for (int p = 0; p < fixture.pages().size(); p++) {
                if (p > 0) {
                    document.newPage();
                }
                Page page = fixture.pages().get(p);
                for (String[] destination : page.destinations()) {
                    canvas.localDestination(destination[0], new PdfDestination(PdfDestination.XYZ,
                            Float.parseFloat(destination[1]), Float.parseFloat(destination[2]), 0));
                }
                draw(canvas, page.ops(), templates);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private void draw(PdfContentByte canvas, List<Op> ops, Map<String, PdfTemplate> templates) {
        for (Op op : ops) {
            float[] n = op.numbers();
            switch (op.name()) {
                case "q" -> canvas.saveState();
                case "Q" -> canvas.restoreState();
                case "BT" -> canvas.beginText();
                case "ET" -> canvas.endText();
                case "S" -> canvas.stroke();
                case "f" -> canvas.fill();
                case "B" -> canvas.fillStroke();
                case "h" -> canvas.closePath();
                case "W" -> canvas.clip();
                case "n" -> canvas.newPath();
                case "cm" -> canvas.concatCTM(n[0], n[1], n[2], n[3], n[4], n[5]);
                case "Tm" -> canvas.setTextMatrix(n[0], n[1], n[2], n[3], n[4], n[5]);
                case "Td" -> canvas.moveText(n[0], n[1]);
                case "rg" -> canvas.setRGBColorFillF(n[0], n[1], n[2]);
                case "RG" -> canvas.setRGBColorStrokeF(n[0], n[1], n[2]);
                case "w" -> canvas.setLineWidth(n[0]);
                case "Tr" -> canvas.setTextRenderingMode((int) n[0]);
                case "re" -> canvas.rectangle(n[0], n[1], n[2], n[3]);
                case "m" -> canvas.moveTo(n[0], n[1]);
                case "l" -> canvas.lineTo(n[0], n[1]);
                case "Tf" -> canvas.setFontAndSize(font, n[0]);
                case "Tj" -> {
                    if (TEXT) {
                        canvas.showText(op.text());
                    }
                }
                case "template" -> canvas.addTemplate(templates.get(op.text()), n[0], n[1], n[2], n[3], n[4], n[5]);
                default -> throw new IllegalStateException("unknown operator " + op.name());
            }
        }
    }

    private static Fixture read(Path file) throws IOException {
        String[] info = null;
        List<Form> forms = new ArrayList<>();
        List<String[]> outlines = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        List<Op> ops = null;
        List<String[]> destinations = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            for (int i = 1; i < f.length; i++) {
                f[i] = unescape(f[i]);
            }
            switch (f[0]) {
                case "info" -> info = Arrays.copyOfRange(f, 1, 6);
                case "outline" -> outlines.add(new String[] {f[1], f[2]});
                case "form" -> {
                    ops = new ArrayList<>();
                    forms.add(new Form(f[1], Float.parseFloat(f[2]), Float.parseFloat(f[3]), ops));
                }
                case "page" -> {
                    ops = new ArrayList<>();
                    destinations = new ArrayList<>();
                    pages.add(new Page(Float.parseFloat(f[1]), Float.parseFloat(f[2]), destinations, ops));
                }
                case "dest" -> destinations.add(new String[] {f[1], f[2], f[3]});
                case "end" -> ops = null;
                case "Tj" -> ops.add(new Op("Tj", new float[0], f[1]));
                case "template" -> ops.add(new Op("template", numbers(f, 2), f[1]));
                default -> ops.add(new Op(f[0], numbers(f, 1), null));
            }
        }
        return new Fixture(info, List.copyOf(forms), List.copyOf(outlines), List.copyOf(pages));
    }

    private static float[] numbers(String[] fields, int from) {
        float[] numbers = new float[fields.length - from];
        for (int i = from; i < fields.length; i++) {
            numbers[i - from] = Float.parseFloat(fields[i]);
        }
        return numbers;
    }

    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** role-compare's shipped font, embedded as an Identity-H subset with a fixed subset tag, compressed like the pages. */
    private static BaseFont font() throws IOException, DocumentException {
        try (InputStream in = BarePdfFloor.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(FONT + " is not on the classpath"));
            }
            BaseFont font = BaseFont.createFont("RoleCompareSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    in.readAllBytes(), null);
            font.setSubset(true);
            font.setCompressionLevel(COMPRESSION);
            font.setSecureRandom(new FixedTag());
            return font;
        }
    }

    /** A fixed subset tag, so that every page is byte-identical (as role-compare's are). */
    private static final class FixedTag extends SecureRandom {

        private static final long serialVersionUID = 1L;

        @Override
        public double nextDouble() {
            return 0.5;
        }
    }
}
