package org.rolecompare.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.rolecompare.compare.Role;
import org.rolecompare.files.RunFacts;
import org.rolecompare.validate.Finding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pays POI's one-time start-up cost on a second core while the run is still starting: an empty
 * workbook written through {@link WorkbookWriter} to nowhere, so that the run's own workbook later
 * finds XMLBeans' schema types, the default styles and theme, tables, comments and the chart
 * already loaded, initialised and compiled.
 *
 * <p>Why: the first workbook of a JVM pays that cost whatever its size. In a run of one comparison
 * it was the workbook step's whole 0.4 s, on the main thread, while the machine's second core sat
 * idle through the context's start and the loads. Every {@code run} writes a workbook, so the work
 * is never wasted; it only moves earlier and off the critical path.
 *
 * <p>{@link WorkbookWriter} waits for it before it touches POI, so POI's classes are never being
 * initialised by two threads at once. A failure here changes nothing: the run's own workbook does
 * the same work again and reports any problem itself.
 */
public final class WorkbookWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookWarmUp.class);
    /** Longer than the warm-up ever takes; past it the writer goes on rather than hang a run. */
    private static final long WAIT_SECONDS = 120;
    private static final AtomicReference<Thread> STARTED = new AtomicReference<>();

    private WorkbookWarmUp() {
    }

    /** Starts the warm-up on a daemon thread, once per JVM; later calls do nothing. */
    public static void start() {
        Thread thread = new Thread(WorkbookWarmUp::run, "workbook-warm-up");
        thread.setDaemon(true);
        if (STARTED.compareAndSet(null, thread)) {
            thread.start();
        }
    }

    /** Waits until a started warm-up has finished; returns at once when none was started. */
    static void awaitDone() {
        Thread thread = STARTED.get();
        if (thread == null || !thread.isAlive()) {
            return;
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            if (thread.isAlive()) {
                LOG.warn("the workbook warm-up is still running after {} s; writing the workbook anyway", WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether a warm-up was started and has finished. */
    static boolean done() {
        Thread thread = STARTED.get();
        return thread != null && !thread.isAlive();
    }

    /** The warm-up's thread, or null when none was started. */
    static Thread thread() {
        return STARTED.get();
    }

    private static void run() {
        long start = System.nanoTime();
        try {
            WorkbookWriter.write(new Empty(), OutputStream.nullOutputStream());
            LOG.debug("workbook warm-up done in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.debug("workbook warm-up failed; the run's workbook will do the same work", e);
        }
    }

    /** A run with nothing in it: every sheet, with its header, notes, table and formats, and no rows. */
    private static final class Empty implements WorkbookSource {

        @Override
        public RunFacts facts() {
            return new RunFacts(LocalDate.EPOCH, "warm-up", "", List.of(), 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        @Override
        public List<String> dimensions() {
            return List.of();
        }

        @Override
        public void comparisons(Consumer<ComparisonRow> sink) {
        }

        @Override
        public void roles(Consumer<Role> sink) {
        }

        @Override
        public void skills(Consumer<SkillEntry> sink) {
        }

        @Override
        public void demographics(Consumer<DemographicEntry> sink) {
        }

        @Override
        public void findings(Consumer<Finding> sink) {
        }
    }
}
