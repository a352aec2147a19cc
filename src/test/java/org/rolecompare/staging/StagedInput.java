package org.rolecompare.staging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.rolecompare.ingest.CsvFileReader;
import org.rolecompare.ingest.CsvRow;
import org.rolecompare.ingest.InputFile;
import org.rolecompare.validate.Finding;
import org.rolecompare.validate.RowValidators;
import org.rolecompare.validate.ValidatedRow;

/**
 * Test input staged the way the load steps stage it: a fixture folder copied (and changed) in a
 * temporary folder, each file's rows validated and saved, accepted and rejected alike, with their
 * findings.
 */
public final class StagedInput {

    public static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    private StagedInput() {
    }

    /** Copies the fixture folder {@code name} to {@code target}; returns {@code target}. */
    public static Path copy(String name, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(FIXTURES.resolve(name))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    /** Appends lines to an input file of {@code dir}. */
    public static void append(Path dir, InputFile file, String... lines) throws IOException {
        Path path = dir.resolve(file.fileName());
        String text = Files.readString(path);
        String start = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
        Files.writeString(path, start + String.join("\n", lines) + "\n", StandardOpenOption.APPEND);
    }

    /** Replaces text in an input file of {@code dir}. */
    public static void replace(Path dir, InputFile file, String text, String replacement) throws IOException {
        Path path = dir.resolve(file.fileName());
        Files.writeString(path, Files.readString(path).replace(text, replacement));
    }

    /** Validates and saves the five files of {@code dir} as run {@code runId}. */
    public static void load(StagingStore store, long runId, Path dir) throws IOException {
        store.saveRoles(runId, rows(store, runId, dir, InputFile.ROLES, RowValidators::role));
        store.saveDistributions(runId, rows(store, runId, dir, InputFile.DISTRIBUTIONS, RowValidators::distribution));
        store.saveSkills(runId, rows(store, runId, dir, InputFile.SKILLS, RowValidators::skill));
        store.saveResponsibilities(runId, rows(store, runId, dir, InputFile.RESPONSIBILITIES, RowValidators::responsibility));
        store.saveComparisons(runId, rows(store, runId, dir, InputFile.COMPARISONS, RowValidators::comparison));
        for (InputFile file : InputFile.values()) {
            store.saveFileHash(runId, file.fileName(), "hash-of-" + file.fileName());
        }
    }

    private static <T> List<ValidatedRow<T>> rows(StagingStore store, long runId, Path dir, InputFile file,
                                                   Function<CsvRow, ValidatedRow<T>> validator) throws IOException {
        List<ValidatedRow<T>> rows = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        try (CsvFileReader reader = CsvFileReader.open(dir, file)) {
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                ValidatedRow<T> validated = validator.apply(row);
                rows.add(validated);
                findings.addAll(validated.findings());
            }
        }
        store.saveFindings(runId, findings);
        return rows;
    }
}
