package org.rolecompare.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a CSV file that role-compare publishes: UTF-8, RFC 4180, the given header, rows streamed
 * from a source, the file appearing atomically. Cell text is the caller's business (use
 * {@link CsvText#safe} for text); this class only frames it.
 */
public final class CsvOutput {

    private CsvOutput() {
    }

    /**
     * Streams the rows that {@code source} hands to its sink into {@code target}; returns how many.
     * The source may hand over rows from inside a database callback; an I/O failure surfaces as
     * the {@link IOException} it is.
     */
    public static long write(Path target, List<String> header, Consumer<Consumer<List<?>>> source) throws IOException {
        long[] count = {0};
        AtomicFiles.write(target, out -> {
            CSVPrinter printer = new CSVPrinter(new Utf8Writer(out),
                    CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
            try {
                source.accept(row -> {
                    try {
                        printer.printRecord(row);
                        count[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            printer.flush();
        });
        return count[0];
    }
}
