package org.rolecompare.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One data record of an input file as read, with the physical line it starts on (the header is
 * line 1), so every finding can point the user at the right line even after quoted line breaks.
 *
 * <p>The values hold no control characters (see {@link Values#isControlCharacter}): a row made by
 * {@link #read} has them removed, so that no NUL reaches staging, and keeps each value that held
 * one in {@code originals} (by column position), so that the validators can report it.
 */
public record CsvRow(long line, List<String> values, CsvHeader header, Map<Integer, String> originals) {

    public CsvRow {
        values = List.copyOf(values);
        originals = Map.copyOf(originals);
    }

    public CsvRow(long line, List<String> values, CsvHeader header) {
        this(line, values, header, Map.of());
    }

    /** The row of the values as read: control characters removed, and the values that held them kept in {@link #originals}. */
    public static CsvRow read(long line, List<String> rawValues, CsvHeader header) {
        Map<Integer, String> originals = new HashMap<>();
        List<String> values = new ArrayList<>(rawValues.size());
        for (int i = 0; i < rawValues.size(); i++) {
            String raw = rawValues.get(i);
            if (Values.firstControlCharacter(raw) >= 0) {
                originals.put(i, raw);
                values.add(Values.withoutControlCharacters(raw));
            } else {
                values.add(raw);
            }
        }
        return new CsvRow(line, values, header, originals);
    }

    /** The raw value of a column (untrimmed), or {@code null} when the file has no such column. */
    public String get(String column) {
        Integer i = header.index().get(column);
        if (i == null || i >= values.size()) {
            return null;
        }
        return values.get(i);
    }

    /**
     * The value of a column as the file has it, control characters included, when it held any;
     * {@code null} when it held none (then {@link #get} is the value as read) or the file has no such column.
     */
    public String original(String column) {
        if (originals.isEmpty()) {
            return null;    // the common case: a row without control characters, no look-up needed
        }
        Integer i = header.index().get(column);
        return i == null ? null : originals.get(i);
    }

    public String fileName() {
        return header.file().fileName();
    }
}
