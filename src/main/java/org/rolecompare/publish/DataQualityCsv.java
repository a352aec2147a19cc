package org.rolecompare.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.rolecompare.files.CsvOutput;
import org.rolecompare.files.CsvText;
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
        return CsvOutput.write(target, List.of(HEADER), sink -> source.accept(f -> sink.accept(List.of(
                CsvText.safe(f.file()), f.line(), CsvText.safe(f.column()), CsvText.safe(f.roleId()), f.rule().id(),
                f.severity().label(), CsvText.safe(f.value()), CsvText.safe(f.expected()), CsvText.safe(f.message())))));
    }
}
