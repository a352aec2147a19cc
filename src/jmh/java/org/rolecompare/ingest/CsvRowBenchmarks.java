package org.rolecompare.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.rolecompare.validate.RowValidators;

/**
 * Time to read and validate one roles.csv row on the ingest path: {@link CsvFileReader} (UTF-8
 * decoding, commons-csv parsing, header mapping), then {@link RowValidators#role} (every field
 * through {@code Values}). Each invocation reads a file of {@value #ROWS} copies of the seed's first
 * role row, so opening the file is spread over the rows as in a real load.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CsvRowBenchmarks {

    static final int ROWS = 1_000;

    private Path folder;

    @Setup
    public void writeRolesFile() throws IOException {
        List<String> seed = Files.readAllLines(Path.of("input", "roles.csv"), StandardCharsets.UTF_8);
        String row = seed.get(1);
        String id = row.substring(0, row.indexOf(','));
        List<String> lines = new ArrayList<>(ROWS + 1);
        lines.add(seed.get(0));
        for (int i = 0; i < ROWS; i++) {
            lines.add(id + "-" + i + row.substring(id.length()));
        }
        folder = Files.createTempDirectory("csv-row-benchmark");
        Files.write(folder.resolve(InputFile.ROLES.fileName()), lines, StandardCharsets.UTF_8);
    }

    @TearDown
    public void deleteRolesFile() throws IOException {
        Files.delete(folder.resolve(InputFile.ROLES.fileName()));
        Files.delete(folder);
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void readAndValidateRoleRow(Blackhole blackhole) throws IOException {
        try (CsvFileReader reader = CsvFileReader.open(folder, InputFile.ROLES)) {
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                blackhole.consume(RowValidators.role(row));
            }
        }
    }
}
