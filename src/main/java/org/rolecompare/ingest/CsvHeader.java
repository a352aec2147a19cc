package org.rolecompare.ingest;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of an input file: where each known column sits, and which columns the input format does not
 * know (they are reported as warnings and ignored).
 */
public record CsvHeader(InputFile file, List<String> names, Map<String, Integer> index, List<String> unknownColumns) {

    public CsvHeader {
        names = List.copyOf(names);
        // the names interned: the validators look columns up by literal names, which then match by identity
        Map<String, Integer> interned = new HashMap<>();
        index.forEach((name, i) -> interned.put(name.intern(), i));
        index = Collections.unmodifiableMap(interned);
        unknownColumns = List.copyOf(unknownColumns);
    }

    public boolean has(String column) {
        return index.containsKey(column);
    }
}
