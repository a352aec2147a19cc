package org.rolecompare.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rolecompare.files.CsvOutput;
import org.rolecompare.files.CsvText;
import org.rolecompare.files.FileCount;
import org.rolecompare.files.RunFacts;
import org.rolecompare.ingest.CsvFileReader;
import org.rolecompare.ingest.CsvRow;
import org.rolecompare.ingest.InputFile;
import org.rolecompare.staging.FindingQueries;

/**
 * Writes {@code rejected/FILE.csv}: every rejected row of an input file as it was read, under the
 * file's own header, plus a {@code finding} column saying why, so an analyst can fix the rows and
 * feed them again. The input is read a second time (its fingerprint guarantees it is unchanged)
 * and merged by line number with the rejected lines from staging, so no raw copy of the input has
 * to be kept in the database.
 */
public final class RejectedRowsExporter {

    public static final String FOLDER = "rejected";

    private final FindingQueries staging;

    public RejectedRowsExporter(FindingQueries staging) {
        this.staging = staging;
    }

    /**
     * Writes one file per input file that has rejected rows, as counted in {@code facts}; returns how
     * many rows were written.
     */
    public long export(long runId, Path inputDir, Path runDir, RunFacts facts) throws IOException {
        long total = 0;
        for (InputFile file : InputFile.values()) {
            long rejected = rejected(facts, file);
            if (rejected > 0) {
                write(runId, inputDir, file, runDir.resolve(FOLDER).resolve(file.fileName()));
                total += rejected;
            }
        }
        return total;
    }

    /** How many rows of {@code file} the run rejected. */
    public static long rejected(RunFacts facts, InputFile file) {
        return facts.files().stream().filter(f -> f.file().equals(file.fileName())).mapToLong(FileCount::rowsRejected).sum();
    }

    /** Receives a rejected row as read and the reason it was rejected. */
    @FunctionalInterface
    public interface RejectedRowSink {
        void accept(CsvRow row, String reason);
    }

    /** The header of an input file as the file has it. */
    public static List<String> header(Path inputDir, InputFile file) throws IOException {
        try (CsvFileReader reader = CsvFileReader.open(inputDir, file)) {
            return reader.header().names();
        }
    }

    /**
     * Hands each rejected row of one input file, in line order, to the sink: the staged rejected
     * lines merged with a second read of the file.
     */
    public void forEachRejectedRow(long runId, Path inputDir, InputFile file, RejectedRowSink sink) throws IOException {
        try (CsvFileReader reader = CsvFileReader.open(inputDir, file)) {
            CsvRow[] row = {reader.next()};
            staging.forEachRejectedLine(runId, file, rejected -> {
                while (row[0] != null && row[0].line() < rejected.line()) {
                    row[0] = reader.next();
                }
                if (row[0] == null || row[0].line() != rejected.line()) {
                    throw new IllegalStateException(file.fileName() + " changed during the run: line "
                            + rejected.line() + " is no longer a row");
                }
                sink.accept(row[0], rejected.reason());
            });
        }
    }

    private void write(long runId, Path inputDir, InputFile file, Path target) throws IOException {
        List<String> header = new ArrayList<>(header(inputDir, file));
        header.add("finding");
        CsvOutput.write(target, header.stream().map(CsvText::safe).toList(), sink -> {
            try {
                forEachRejectedRow(runId, inputDir, file, (row, reason) -> {
                    List<String> values = new ArrayList<>(row.values().size() + 1);
                    for (String v : row.values()) {
                        values.add(CsvText.safe(v));
                    }
                    values.add(CsvText.safe(reason));
                    sink.accept(values);
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
