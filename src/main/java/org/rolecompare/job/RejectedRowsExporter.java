package org.rolecompare.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rolecompare.ingest.CsvFileReader;
import org.rolecompare.ingest.CsvRow;
import org.rolecompare.ingest.InputFile;
import org.rolecompare.publish.CsvOutput;
import org.rolecompare.publish.CsvText;

/**
 * Writes {@code rejected/FILE.csv}: every rejected row of an input file as it was read, under the
 * file's own header, plus a {@code finding} column saying why, so an analyst can fix the rows and
 * feed them again. The input is read a second time (its fingerprint guarantees it is unchanged)
 * and merged by line number with the rejected lines from staging, so no raw copy of the input has
 * to be kept in the database.
 */
final class RejectedRowsExporter {

    static final String FOLDER = "rejected";

    private final StagingRepository staging;

    RejectedRowsExporter(StagingRepository staging) {
        this.staging = staging;
    }

    /** Writes one file per input file that has rejected rows; returns how many rows were written. */
    long export(long runId, Path inputDir, Path runDir) throws IOException {
        long total = 0;
        for (InputFile file : InputFile.values()) {
            long rejected = staging.count(runId, file).rejected();
            if (rejected > 0) {
                write(runId, inputDir, file, runDir.resolve(FOLDER).resolve(file.fileName()));
                total += rejected;
            }
        }
        return total;
    }

    private void write(long runId, Path inputDir, InputFile file, Path target) throws IOException {
        try (CsvFileReader reader = CsvFileReader.open(inputDir, file)) {
            List<String> header = new ArrayList<>(reader.header().names());
            header.add("finding");
            CsvOutput.write(target, header.stream().map(CsvText::safe).toList(), sink -> {
                CsvRow[] row = {reader.next()};
                staging.forEachRejectedLine(runId, file, rejected -> {
                    while (row[0] != null && row[0].line() < rejected.line()) {
                        row[0] = reader.next();
                    }
                    if (row[0] == null || row[0].line() != rejected.line()) {
                        throw new IllegalStateException(file.fileName() + " changed during the run: line "
                                + rejected.line() + " is no longer a row");
                    }
                    List<String> values = new ArrayList<>(row[0].values().size() + 1);
                    for (String v : row[0].values()) {
                        values.add(CsvText.safe(v));
                    }
                    values.add(CsvText.safe(rejected.reason()));
                    sink.accept(values);
                });
            });
        }
    }
}
