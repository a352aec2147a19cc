package org.rolecompare.report.html;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.rolecompare.compare.Role;
import org.rolecompare.files.RunFacts;

/**
 * The sizes of a run's index files (index.html, the letter pages, the filter's data) for an input
 * folder of any size, e.g. one made by {@code role-compare generate}, and the time to make them:
 * {@code java -cp … org.rolecompare.report.html.SiteIndexSizes INPUT_DIR}. Reads roles.csv and
 * comparisons.csv as they are (every role accepted), so no job run is needed for 150,000 roles.
 */
public final class SiteIndexSizes {

    private SiteIndexSizes() {
    }

    public static void main(String[] args) throws IOException {
        Path input = Path.of(args[0]);
        long start = System.nanoTime();
        RoleDirectory.Builder builder = new RoleDirectory.Builder();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(input.resolve("roles.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : format.parse(in)) {
                builder.role(r.get("role_id"), Role.displayTitle(r.get("title"), r.isMapped("short_title") ? r.get("short_title") : null));
            }
        }
        long comparisons = 0;
        try (Reader in = Files.newBufferedReader(input.resolve("comparisons.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : format.parse(in)) {
                builder.comparison(r.get("left_role_id"), r.get("right_role_id"));
                comparisons++;
            }
        }
        RoleDirectory directory = builder.build();
        long built = System.nanoTime();
        LocalDate date = LocalDate.of(2026, 11, 27);
        RunFacts facts = new RunFacts(date, "nightly", input.toString(), List.of(), directory.size(), directory.size(), 0, comparisons,
                comparisons, 0, 0, 0, 0);
        List<SitePages.SiteFile> files = SitePages.index(facts, directory, new SiteRun(date, "nightly", true));
        long rendered = System.nanoTime();
        long total = 0;
        long largestLetter = 0;
        String largestName = "";
        for (SitePages.SiteFile f : files) {
            total += f.bytes().length;
            if (f.path().contains("/letters/") && f.bytes().length > largestLetter) {
                largestLetter = f.bytes().length;
                largestName = f.path();
            }
            if (!f.path().contains("/letters/")) {
                System.out.printf("%-28s %,12d bytes%n", f.path(), f.bytes().length);
            }
        }
        System.out.printf("%,d roles, %,d comparisons: %d files, %,d bytes in all; largest letter page %s %,d bytes;"
                        + " directory %,d ms, pages %,d ms%n", directory.size(), comparisons, files.size(), total, largestName, largestLetter,
                (built - start) / 1_000_000, (rendered - built) / 1_000_000);
    }
}
