package org.rolecompare.floor;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Writes the drawing operations of a PDF made by role-compare to a text fixture that
 * {@link BarePdfFloor} replays with plain OpenPDF: per page and per form (chart) the content-stream
 * operators with their operands, text as Unicode (decoded through the font's ToUnicode map), the
 * named destinations and the outline. One operator per line, fields separated by tabs.
 *
 * <p>Only the operators role-compare's reports use are known; any other one stops the dump, so a
 * replay never silently draws less than the report. Uses PDFBox (a test dependency) to read the PDF,
 * so the floor program itself needs nothing but OpenPDF.
 *
 * <p>Run: {@code java -cp CP org.rolecompare.floor.PageOps REPORT.pdf OUT.ops}.
 */
public final class PageOps {

    private PageOps() {
    }

    public static void main(String[] args) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Path.of(args[0]).toFile())) {
            StringWriter text = new StringWriter();
            PrintWriter out = new PrintWriter(text);
            var info = pdf.getDocumentInformation();
            out.println(line("info", info.getTitle(), info.getSubject(), info.getAuthor(), info.getKeywords(), info.getCreator()));
            Map<String, PDFormXObject> forms = new LinkedHashMap<>();
            for (PDPage page : pdf.getPages()) {
                collectForms(page.getResources(), forms);
            }
            for (Map.Entry<String, PDFormXObject> form : forms.entrySet()) {
                var box = form.getValue().getBBox();
                out.println(line("form", form.getKey(), num(box.getWidth()), num(box.getHeight())));
                ops(form.getValue(), form.getValue().getResources(), out);
                out.println("end");
            }
            Map<Integer, List<String>> destinations = destinations(pdf);
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                out.println(line("outline", item.getTitle(), ((PDNamedDestination) ((PDActionGoTo) item.getAction()).getDestination()).getNamedDestination()));
            }
            int index = 0;
            for (PDPage page : pdf.getPages()) {
                var box = page.getMediaBox();
                out.println(line("page", num(box.getWidth()), num(box.getHeight())));
                destinations.getOrDefault(index++, List.of()).forEach(out::println);
                ops(page, page.getResources(), out);
                out.println("end");
            }
            out.flush();
            Files.writeString(Path.of(args[1]), text.toString(), StandardCharsets.UTF_8);
        }
    }

    private static void collectForms(PDResources resources, Map<String, PDFormXObject> forms) throws IOException {
        for (COSName name : resources.getXObjectNames()) {
            if (!forms.containsKey(name.getName()) && resources.getXObject(name) instanceof PDFormXObject form) {
                forms.put(name.getName(), form);
            }
        }
    }

    /** "dest NAME x y" lines per page index. */
    private static Map<Integer, List<String>> destinations(PDDocument pdf) throws IOException {
        Map<Integer, List<String>> byPage = new LinkedHashMap<>();
        add(pdf, pdf.getDocumentCatalog().getNames().getDests(), byPage);
        return byPage;
    }

    private static void add(PDDocument pdf, PDNameTreeNode<PDPageDestination> node, Map<Integer, List<String>> byPage) throws IOException {
        if (node.getNames() != null) {
            for (var entry : node.getNames().entrySet()) {
                PDPageXYZDestination dest = (PDPageXYZDestination) entry.getValue();
                int page = pdf.getPages().indexOf(dest.getPage());
                byPage.computeIfAbsent(page, p -> new ArrayList<>())
                        .add(line("dest", entry.getKey(), Integer.toString(dest.getLeft()), Integer.toString(dest.getTop())));
            }
        }
        if (node.getKids() != null) {
            for (PDNameTreeNode<PDPageDestination> kid : node.getKids()) {
                add(pdf, kid, byPage);
            }
        }
    }

    private static void ops(PDContentStream stream, PDResources resources, PrintWriter out) throws IOException {
        List<Object> tokens = new PDFStreamParser(stream).parse();
        List<COSBase> operands = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        PDFont font = null;
        for (Object token : tokens) {
            if (token instanceof COSBase base) {
                operands.add(base);
                continue;
            }
            String op = ((Operator) token).getName();
            List<String> fields = new ArrayList<>();
            fields.add(op);
            switch (op) {
                case "Tf" -> {
                    font = resources.getFont((COSName) operands.get(0));
                    fields.add(num(operands.get(1)));
                }
                case "Tj" -> fields.add(escape(unicode(font, ((COSString) operands.get(0)).getBytes())));
                case "Do" -> fields.add(((COSName) operands.get(0)).getName());
                case "q", "Q", "BT", "ET", "S", "f", "B", "h", "W", "n", "cm", "Tm", "Td", "rg", "RG", "w", "Tr", "re", "m", "l" -> {
                    for (COSBase operand : operands) {
                        fields.add(num(operand));
                    }
                }
                default -> throw new IllegalStateException("operator " + op + " is not known to the replay");
            }
            operands.clear();
            pending.add(String.join("\t", fields));
            fold(pending, out);
        }
        pending.forEach(out::println);
    }

    /** Writes the pending lines, folding "q, cm, Do, Q" into one "template NAME a b c d e f" as OpenPDF's addTemplate writes it. */
    private static void fold(List<String> pending, PrintWriter out) {
        int n = pending.size();
        if (n >= 4 && pending.get(n - 1).equals("Q") && pending.get(n - 2).startsWith("Do\t")
                && pending.get(n - 3).startsWith("cm\t") && pending.get(n - 4).equals("q")) {
            String name = pending.get(n - 2).substring(3);
            String matrix = pending.get(n - 3).substring(3);
            List<String> before = new ArrayList<>(pending.subList(0, n - 4));
            before.forEach(out::println);
            out.println("template\t" + name + "\t" + matrix);
            pending.clear();
            return;
        }
        if (n > 4) {
            out.println(pending.remove(0));
        }
    }

    private static String unicode(PDFont font, byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            int code = (bytes[i] & 0xff) << 8 | (bytes[i + 1] & 0xff);
            String unicode = font.toUnicode(code);
            if (unicode == null) {
                throw new IllegalStateException("glyph " + code + " has no Unicode value");
            }
            text.append(unicode);
        }
        return text.toString();
    }

    private static String num(COSBase operand) {
        return num(((COSNumber) operand).floatValue());
    }

    private static String num(float value) {
        return value == (int) value ? Integer.toString((int) value) : Float.toString(value);
    }

    private static String line(String op, String... fields) {
        StringBuilder line = new StringBuilder(op);
        for (String field : fields) {
            line.append('\t').append(field == null ? "" : escape(field));
        }
        return line.toString();
    }

    /** The text with backslash, tab and newline escaped, as {@link BarePdfFloor} reads it. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }
}
