package org.rolecompare.report.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.rolecompare.files.CsvOutput;
import org.rolecompare.files.CsvText;
import org.rolecompare.report.xlsx.ComparisonColumns;
import org.rolecompare.report.xlsx.ComparisonRow;

/**
 * Writes {@code comparisons.csv}, the Comparisons sheet for tools that do not read Excel: the same
 * columns, one row per pair, streamed so a million rows need no memory.
 *
 * <p>Numbers are written plainly as the calculator gives them, already rounded to their
 * {@link org.rolecompare.compare.MetricPrecision} ({@code 1.6221}, never {@code 1.6E0} or the
 * sheet's display format's {@code 1.62}); unknown values are empty, never {@code -} or 0;
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

    /**
     * Starts writing {@code target} on a thread of its own, so that formatting a million rows of
     * numbers takes a second core instead of time from whoever makes the rows. Hand the rows over
     * with {@link Background#accept} in order, then call {@link Background#finish}; closing the
     * writer without finishing abandons the file (nothing is left behind).
     */
    public static Background inBackground(Path target, List<String> dimensions) {
        return new Background(target, dimensions);
    }

    /** A {@code comparisons.csv} being written by a thread of its own; see {@link #inBackground}. */
    public static final class Background implements Consumer<ComparisonRow>, AutoCloseable {

        private static final int BATCH = 512;
        private static final List<ComparisonRow> END = List.of();

        private final BlockingQueue<List<ComparisonRow>> queue = new ArrayBlockingQueue<>(16);
        private final FutureTask<Long> task;
        private final Thread thread;
        private List<ComparisonRow> batch = new ArrayList<>(BATCH);
        private boolean finished;

        private Background(Path target, List<String> dimensions) {
            task = new FutureTask<>(() -> write(target, dimensions, sink -> {
                for (List<ComparisonRow> rows = take(); rows != END; rows = take()) {
                    rows.forEach(sink);
                }
            }));
            thread = new Thread(task, "comparisons-csv");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void accept(ComparisonRow row) {
            batch.add(row);
            if (batch.size() == BATCH) {
                handOver(batch);
                batch = new ArrayList<>(BATCH);
            }
        }

        /** Waits until the file is complete; returns how many rows it holds. */
        public long finish() throws IOException {
            handOver(batch);
            handOver(END);
            finished = true;
            return result();
        }

        /** Abandons the file unless {@link #finish} completed it, and waits for the thread to end. */
        @Override
        public void close() {
            if (!finished) {
                finished = true;
                task.cancel(true);
            }
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void handOver(List<ComparisonRow> rows) {
            try {
                while (!queue.offer(rows, 100, TimeUnit.MILLISECONDS)) {
                    if (task.isDone()) {
                        result();
                        throw new IllegalStateException(FILE_NAME + " stopped taking rows");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing " + FILE_NAME, e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private List<ComparisonRow> take() {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(FILE_NAME + " abandoned", e);
            }
        }

        private long result() throws IOException {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing " + FILE_NAME, e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
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
            return d.isNaN() || d.isInfinite() ? "" : plain(d);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return CsvText.safe(value.toString());
    }

    /**
     * The shortest decimal that reads back as {@code d}, without exponent or trailing zeros: what
     * {@code BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()} gives, without its cost
     * for the usual number that {@link Double#toString} already writes plainly.
     */
    static String plain(double d) {
        if (d == 0) {
            return "0";
        }
        String text = Double.toString(d);
        if (text.indexOf('E') >= 0) {
            return new BigDecimal(text).stripTrailingZeros().toPlainString();
        }
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        if (text.charAt(end - 1) == '.') {
            end--;
        }
        return text.substring(0, end);
    }
}
