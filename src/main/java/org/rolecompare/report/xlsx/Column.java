package org.rolecompare.report.xlsx;

import java.util.function.Function;

/**
 * One column of a data sheet: its header, its number format and how to get its value from a
 * record. The value is {@code null} for unknown, which leaves the cell empty.
 */
record Column<T>(String header, Format format, Function<T, ?> value) {

    static <T> Column<T> text(String header, Function<T, ?> value) {
        return new Column<>(header, Format.GENERAL, value);
    }
}
