package org.rolecompare.ingest;

import java.util.List;

/**
 * One data record of an input file as read, with the physical line it starts on (the header is
 * line 1), so every finding can point the user at the right line even after quoted line breaks.
 */
public record CsvRow(long line, List<String> values, CsvHeader header) {

    public CsvRow {
        values = List.copyOf(values);
    }

    /** The raw value of a column (untrimmed), or {@code null} when the file has no such column. */
    public String get(String column) {
        Integer i = header.index().get(column);
        if (i == null || i >= values.size()) {
            return null;
        }
        return values.get(i);
    }

    public String fileName() {
        return header.file().fileName();
    }
}
