package org.rolecompare.staging;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads a run's rows of a big table a page at a time, in line order. H2 spools the result of one
 * query over a million rows to a temporary file before handing out its first row, which costs more
 * than the reading itself.
 *
 * <p>Every paged query here says {@code ORDER BY run_id, line}, not {@code ORDER BY line}: only when
 * the order names the key's columns does H2 walk the key in order (and stop after a page) instead
 * of reading all the run's rows and sorting them.
 */
final class Pages {

    /** Rows read per query. */
    static final int PAGE_ROWS = 10_000;

    private Pages() {
    }

    /**
     * Runs {@code select} a page at a time. Its parameters must be, in order: the run id, the line
     * after which the page starts ({@code line > ?}), then {@code parameters}, and last the page size
     * ({@code ORDER BY run_id, line FETCH FIRST ? ROWS ONLY}).
     */
    static <T> void forEach(JdbcTemplate jdbc, String select, RowMapper<T> mapper, ToLongFunction<T> line,
                            Consumer<List<T>> sink, long runId, Object... parameters) {
        Object[] arguments = new Object[parameters.length + 3];
        arguments[0] = runId;
        arguments[1] = Long.MIN_VALUE;
        System.arraycopy(parameters, 0, arguments, 2, parameters.length);
        arguments[arguments.length - 1] = PAGE_ROWS;
        while (true) {
            List<T> page = jdbc.query(select, mapper, arguments);
            if (!page.isEmpty()) {
                sink.accept(page);
            }
            if (page.size() < PAGE_ROWS) {
                return;
            }
            arguments[1] = line.applyAsLong(page.get(page.size() - 1));
        }
    }
}
