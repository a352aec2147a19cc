package org.rolecompare.report.csv;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.rolecompare.publish.CsvOutput;
import org.rolecompare.publish.CsvText;
import org.rolecompare.report.xlsx.ComparisonColumns;
import org.rolecompare.report.xlsx.ComparisonRow;

/**
 * Writes {@code comparisons.csv}, the Comparisons sheet for tools that do not read Excel: the same
 * columns, one row per pair, streamed so a million rows need no memory.
 *
 * <p>Numbers are written plainly at full precision ({@code 1.6221666170100612}, never
 * {@code 1.6E0} or a rounded display value); unknown values are empty, never {@code -} or 0;
 * booleans are {@code true}/{@code false}; text is neutralised by {@link CsvText} so a spreadsheet
 * does not run it as a formula. The file appears atomically, complete or not at all.
 */
public final class ComparisonsCsv {

    public static final String FILE_NAME = "comparisons.csv";

    private ComparisonsCsv() {
    }

    /** Streams the rows the source hands over into {@code target}; returns how many were written. */
    public static long write(Path target, List<String> dimensions, Consumer<Consumer<ComparisonRow>> source)
            throws IOException {
        ComparisonColumns columns = ComparisonColumns.of(dimensions);
        List<String> header = columns.headers().stream().map(CsvText::safe).toList();
        return CsvOutput.write(target, header, sink -> source.accept(row -> sink.accept(cells(columns.values(row)))));
    }

    private static List<String> cells(List<Object> values) {
        List<String> cells = new ArrayList<>(values.size());
        for (Object value : values) {
            cells.add(cell(value));
        }
        return cells;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? "" : plain(BigDecimal.valueOf(d));
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return CsvText.safe(value.toString());
    }

    private static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
}
