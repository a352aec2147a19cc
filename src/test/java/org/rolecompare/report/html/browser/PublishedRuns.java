package org.rolecompare.report.html.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.rolecompare.cli.RoleCompareCommand;

/**
 * Runs the real command line in-process to publish the run folders the browser tests open: the
 * nightly job on the seed fixture, or a job without PDFs on a generated input, with a fixed clock and
 * run date, each in its own folder and database.
 */
final class PublishedRuns {

    static final String RUN_DATE = "2026-11-27";

    /** The index page of a run folder's web site. */
    static final String INDEX = "html/index.html";

    private static final Clock CLOCK = Clock.fixed(Instant.parse(RUN_DATE + "T06:00:00Z"), ZoneOffset.UTC);

    private PublishedRuns() {
    }

    /** Publishes the seed fixture's run under {@code root} and returns the run folder. */
    static Path seed(Path root) throws IOException {
        return publish(Path.of("jobs/nightly.yml"), Fixtures.copy("fixtures/seed", root.resolve("input")), root);
    }

    /**
     * Generates {@code roles} roles and {@code comparisons} pairs ({@code generate --seed=7}) under
     * {@code root}, publishes their run without PDFs ({@code report.pdf: false}: the pages must then
     * link to none, and the run takes seconds less) and returns the run folder.
     */
    static Path generated(Path root, int roles, int comparisons) throws IOException {
        Path input = root.resolve("input");
        run("generate", "--roles=" + roles, "--comparisons=" + comparisons, "--seed=7", "--output=" + input);
        Path job = Files.writeString(root.resolve("pages-without-pdfs.yml"), "name: nightly\nreport:\n  pdf: false\n");
        return publish(job, input, root);
    }

    /** The titles of the roles in the input of the run published under {@code root}, as roles.csv has them. */
    static List<String> titles(Path root) throws IOException {
        try (Reader reader = Files.newBufferedReader(root.resolve("input/roles.csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            return parser.getRecords().stream().map(row -> row.get("title")).toList();
        }
    }

    /** The titles among {@code titles} that the index's filter should find for {@code query}: ignoring case and accents. */
    static List<String> matching(List<String> titles, String query) {
        return titles.stream().filter(title -> folded(title).contains(folded(query))).toList();
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static Path publish(Path job, Path input, Path root) {
        run("run", "--job=" + job, "--input=" + input, "--output=" + root.resolve("output"),
                "--database=" + root.resolve("db/role-compare"), "--run-date=" + RUN_DATE);
        return root.resolve("output").resolve(RUN_DATE);
    }

    private static void run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RoleCompareCommand.execute(CLOCK, new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertThat(code).as(String.join(" ", args) + "\n" + out + err).isZero();
    }
}
