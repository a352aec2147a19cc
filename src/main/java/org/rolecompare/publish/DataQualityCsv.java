package org.rolecompare.publish;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rolecompare.validate.Finding;

/**
 * Writes {@code data-quality.csv}: one row per finding, in the tidy layout analysts filter and
 * pivot ({@code file,line,column,role_id,rule,severity,value,expected,message}).
 */
public final class DataQualityCsv {

    public static final String FILE_NAME = "data-quality.csv";
    static final String[] HEADER = {"file", "line", "column", "role_id", "rule", "severity", "value", "expected", "message"};

    private DataQualityCsv() {
    }

    /** Streams the findings the source hands over into {@code target}, atomically; returns how many. */
    public static long write(Path target, Consumer<Consumer<Finding>> source) throws IOException {
        long[] count = {0};
        AtomicFiles.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
            try {
                source.accept(f -> {
                    try {
                        printer.printRecord(CsvText.safe(f.file()), f.line(), CsvText.safe(f.column()), CsvText.safe(f.roleId()),
                                f.rule().id(), f.severity().label(), CsvText.safe(f.value()), CsvText.safe(f.expected()),
                                CsvText.safe(f.message()));
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
