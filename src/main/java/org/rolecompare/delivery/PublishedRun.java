package org.rolecompare.delivery;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rolecompare.publish.Manifest;

/**
 * A published run folder as delivery sees it: the summary counts from {@code manifest.json} and the
 * reports listed in {@code comparisons.csv} with the two roles each involves, their titles and how
 * their average salaries compare. Delivery reads only the published files, so {@code deliver} works
 * days later without the database. {@code manifestSha256} identifies this publication of the run:
 * a run on changed input replaces the folder and its manifest. {@code roleIds} are the roles of the
 * run's comparisons (left or right in a row of {@code comparisons.csv}, with or without a report).
 */
record PublishedRun(Path dir, String job, String runDate, int exitCode, long rolesAccepted, long rolesRejected,
                    long comparisonsWritten, long comparisonsRejected, long comparisonsSkipped, long errorFindings,
                    long warningFindings, List<Report> reports, List<String> changes, String manifestSha256,
                    Set<String> roleIds) {

    /** How many changed values the digest lists, largest first. */
    static final int CHANGES_SHOWN = 5;

    /**
     * One published PDF and the roles it compares: their ids, their titles as {@code comparisons.csv}
     * gives them, and the salary metrics of {@code docs/metrics.md} (difference right − left, ratio
     * right ÷ left; {@code null} when unknown). {@code page} is the report's web page relative to the
     * run folder ({@code html/compare/LEFT-vs-RIGHT.html}), or {@code null} when the run published none.
     */
    record Report(String leftRoleId, String rightRoleId, String leftTitle, String rightTitle, Double salaryDiff,
                  Double salaryRatio, Path file, String page) {

        /** A report without a web page. */
        Report(String leftRoleId, String rightRoleId, String leftTitle, String rightTitle, Double salaryDiff, Double salaryRatio,
               Path file) {
            this(leftRoleId, rightRoleId, leftTitle, rightTitle, salaryDiff, salaryRatio, file, null);
        }

        String fileName() {
            return file.getFileName().toString();
        }

        boolean involves(String roleId) {
            return leftRoleId.equals(roleId) || rightRoleId.equals(roleId);
        }
    }

    PublishedRun {
        reports = List.copyOf(reports);
        changes = List.copyOf(changes);
        roleIds = Set.copyOf(roleIds);
    }

    /**
     * Reads a published run folder; fails when it holds no manifest, i.e. was never published, or
     * when its manifest lacks a count or another required key (naming the file and the key).
     */
    static PublishedRun read(Path dir) throws IOException {
        Path file = dir.resolve(Manifest.FILE_NAME);
        Manifest manifest;
        try {
            manifest = Manifest.read(file, output -> { });
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(dir.toString(), null, "no published run here (manifest.json is missing)");
        }
        Manifest.Counts counts = manifest.counts();
        String runDate = manifest.runDate().toString();
        Set<String> roleIds = new LinkedHashSet<>();
        return new PublishedRun(dir, manifest.job(), runDate, manifest.exitCode(),
                counts.rolesAccepted(), counts.rolesRejected(),
                counts.comparisonsWritten(), counts.comparisonsRejected(),
                counts.comparisonsSkipped(),
                counts.findingsError(), counts.findingsWarning(),
                reports(dir, roleIds), changes(manifest.changes(), runDate), ContentHash.of(file), roleIds);
    }

    /**
     * What changed since the previous run, in words: a headline with the counts, then the largest
     * changed values (by size of the change); empty when there was no previous run. The previous run
     * may be of the same date (this run replaced it, on changed input) or, for a run of a past date, a
     * later one; the headline says so rather than "Since" a date that is not before this run's.
     */
    static List<String> changes(Manifest.Changes changes, String runDate) {
        if (changes == null || changes.previousRunDate() == null) {
            return List.of();
        }
        String previous = changes.previousRunDate().toString();
        String since;
        if (previous.equals(runDate)) {
            since = "Since the earlier run of " + previous + ", which this run replaces";
        } else if (previous.compareTo(runDate) > 0) {
            since = "Compared with the later run of " + previous;
        } else {
            since = "Since " + previous;
        }
        List<String> lines = new ArrayList<>();
        lines.add(since + ": " + changes.rolesAdded() + " roles added, "
                + changes.rolesRemoved() + " removed, " + changes.valuesChanged()
                + " values changed.");
        List<Manifest.Changed> changed = new ArrayList<>();
        for (Manifest.Change item : changes.items()) {
            if (item instanceof Manifest.Changed c && c.change() != null) {
                changed.add(c);
            }
        }
        changed.sort(Comparator.comparingDouble((Manifest.Changed c) -> -Math.abs(c.change())));
        for (Manifest.Changed item : changed.subList(0, Math.min(CHANGES_SHOWN, changed.size()))) {
            lines.add(String.format(Locale.US, "%s: %s %s → %s (%+.1f%s)", item.roleId(),
                    item.field(), number(item.oldValue()), number(item.newValue()), item.change(),
                    "pp".equals(item.unit()) ? " pp" : "%"));
        }
        return lines;
    }

    private static String number(Double value) {
        if (value == null) {
            return "-";
        }
        double v = value;
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.US, "%,d", (long) v)
                : String.format(Locale.US, "%,.2f", v);
    }

    private static List<Report> reports(Path dir, Set<String> roleIds) throws IOException {
        Path csv = dir.resolve("comparisons.csv");
        List<Report> reports = new ArrayList<>();
        if (!Files.exists(csv)) {
            return reports;
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord row : parser) {
                roleIds.add(row.get("left_role_id"));
                roleIds.add(row.get("right_role_id"));
                String report = row.get("report");
                if (report == null || report.isBlank()) {
                    continue;
                }
                Path file = dir.resolve(report).normalize();
                if (file.startsWith(dir) && Files.isRegularFile(file)) {
                    String left = row.get("left_role_id");
                    String right = row.get("right_role_id");
                    reports.add(new Report(left, right, title(row, "left_title", left), title(row, "right_title", right),
                            decimal(row, "salary_diff"), decimal(row, "salary_ratio"), file, page(dir, row)));
                }
            }
        }
        return reports;
    }

    /**
     * The row's web page relative to the run folder, when the run published it (a {@code page}
     * column naming a file there); else {@code null}.
     */
    private static String page(Path dir, CSVRecord row) {
        String page = row.isSet("page") ? row.get("page").strip() : "";
        if (page.isEmpty()) {
            return null;
        }
        Path file = dir.resolve(page).normalize();
        return file.startsWith(dir) && Files.isRegularFile(file) ? page : null;
    }

    /** The title in {@code column}, without the apostrophe that kept a spreadsheet from reading it as a formula; else the role id. */
    private static String title(CSVRecord row, String column, String roleId) {
        String value = row.isSet(column) ? row.get(column).strip() : "";
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
            value = value.substring(1);
        }
        return value.isEmpty() ? roleId : value;
    }

    private static Double decimal(CSVRecord row, String column) {
        String value = row.isSet(column) ? row.get(column).strip() : "";
        if (value.isEmpty()) {
            return null;
        }
        try {
            double number = Double.parseDouble(value);
            return Double.isFinite(number) ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
