package org.rolecompare.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.rolecompare.publish.Manifest;

/**
 * A published run folder for delivery tests: a manifest with counts, comparisons.csv (ids, titles,
 * salary difference and ratio, report, and the web page when asked for) and one fake PDF per pair
 * (random bytes of a chosen size, so byte equality and size caps can be checked).
 */
final class RunFolder {

    static final String RUN_DATE = "2026-11-27";

    private final Path dir;
    private final List<String[]> pairs = new ArrayList<>();
    private final Map<String, Integer> sizes = new LinkedHashMap<>();
    private boolean pages;

    RunFolder(Path root) {
        this.dir = root.resolve(RUN_DATE);
    }

    /** A pair titled after its ids ("nurse" is "Nurse") where the right role earns $100 more, ratio unknown. */
    RunFolder pair(String left, String right, int pdfBytes) {
        return pair(left, right, pdfBytes, capitalised(left), capitalised(right), "100", "");
    }

    /** A pair with the titles and salary metrics comparisons.csv gives (difference right − left, ratio right ÷ left). */
    RunFolder pair(String left, String right, int pdfBytes, String leftTitle, String rightTitle, String salaryDiff,
                   String salaryRatio) {
        pairs.add(new String[] {left, right, leftTitle, rightTitle, salaryDiff, salaryRatio});
        sizes.put(left + "-vs-" + right + ".pdf", pdfBytes);
        return this;
    }

    /** Publishes a web page per pair too, {@code html/compare/LEFT-vs-RIGHT.html}, named in a page column. */
    RunFolder withPages() {
        pages = true;
        return this;
    }

    Path dir() {
        return dir;
    }

    Path pdf(String left, String right) {
        return dir.resolve("pdf").resolve(left + "-vs-" + right + ".pdf");
    }

    Path write() {
        try {
            Files.createDirectories(dir.resolve("pdf"));
            StringBuilder csv = new StringBuilder("left_role_id,right_role_id,left_title,right_title,salary_diff,salary_ratio,report"
                    + (pages ? ",page\n" : "\n"));
            Random random = new Random(42);
            for (String[] p : pairs) {
                String name = p[0] + "-vs-" + p[1] + ".pdf";
                csv.append(p[0]).append(',').append(p[1]).append(',').append(quoted(p[2])).append(',').append(quoted(p[3]))
                        .append(',').append(p[4]).append(',').append(p[5]).append(",pdf/").append(name);
                if (pages) {
                    String page = "html/compare/" + p[0] + "-vs-" + p[1] + ".html";
                    Files.createDirectories(dir.resolve("html/compare"));
                    Files.writeString(dir.resolve(page), "<!DOCTYPE html>");
                    csv.append(',').append(page);
                }
                csv.append('\n');
                byte[] bytes = new byte[sizes.get(name)];
                random.nextBytes(bytes);
                Files.write(dir.resolve("pdf").resolve(name), bytes);
            }
            Files.writeString(dir.resolve("comparisons.csv"), csv, StandardCharsets.UTF_8);
            new Manifest(LocalDate.parse(RUN_DATE), "nightly", "input", RUN_DATE + "T06:00:00Z", RUN_DATE + "T06:01:00Z", 2, null,
                    List.of(), new Manifest.Counts(6, 5, 1, pairs.size() + 1, pairs.size(), 0, 1, null, 1, 0, 0, Map.of()), Map.of(), null,
                    List.of()).write(dir.resolve(Manifest.FILE_NAME));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String capitalised(String id) {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
