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
 * <p>Every paged query here reads a key range, {@code k BETWEEN ? AND ?}, and says {@code ORDER BY k}
 * ({@link StagingKey}), not {@code ORDER BY line}: only when the order names the key does H2 walk
 * the key in order (and stop after a page) instead of reading all the run's rows and sorting them.
 */
final class Pages {

    /** Rows read per query. */
    static final int PAGE_ROWS = 10_000;

    private Pages() {
    }

    /**
     * Runs {@code select} a page at a time over the rows of run {@code runId}. Its parameters must
     * be, in order: the first and the last key of the page ({@code k BETWEEN ? AND ?}), then
     * {@code parameters}, and last the page size ({@code ORDER BY k FETCH FIRST ? ROWS ONLY});
     * {@code line} tells a row's line, where the next page starts after the last.
     */
    static <T> void forEach(JdbcTemplate jdbc, String select, RowMapper<T> mapper, ToLongFunction<T> line,
                            Consumer<List<T>> sink, long runId, Object... parameters) {
        Object[] arguments = new Object[parameters.length + 3];
        arguments[0] = StagingKey.first(runId);
        arguments[1] = StagingKey.last(runId);
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
            arguments[0] = StagingKey.of(runId, line.applyAsLong(page.get(page.size() - 1))) + 1;
        }
    }
}
