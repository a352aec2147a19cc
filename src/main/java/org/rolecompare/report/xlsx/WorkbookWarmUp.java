package org.rolecompare.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
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
 *
 * <p>A run that ends before its workbook step {@linkplain #finish() finishes} it before the process
 * exits: the warm-up's workbook spools its sheets to POI's temporary files, which only its own
 * end disposes of, and a JVM that exited under it left them behind ({@code poi-sxssf-sheet*.xml},
 * about ten a failed run). Finishing asks it to stop at its next sheet and waits for it.
 */
public final class WorkbookWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookWarmUp.class);
    /** Longer than the warm-up ever takes; past it the writer goes on rather than hang a run. */
    private static final long WAIT_SECONDS = 120;
    private static final AtomicReference<WorkbookWarmUp> STARTED = new AtomicReference<>();

    private final Thread thread = new Thread(this::run, "workbook-warm-up");
    private volatile boolean stopping;

    WorkbookWarmUp() {
        thread.setDaemon(true);
    }

    /** Starts the warm-up on a daemon thread, once per JVM; later calls do nothing. */
    public static void start() {
        WorkbookWarmUp warmUp = new WorkbookWarmUp();
        if (STARTED.compareAndSet(null, warmUp)) {
            warmUp.begin();
        }
    }

    /** Waits until a started warm-up has finished; returns at once when none was started. */
    static void awaitDone() {
        WorkbookWarmUp warmUp = STARTED.get();
        if (warmUp != null) {
            warmUp.await();
        }
    }

    /**
     * For a run that ends, whether or not it got to its workbook: stops a warm-up still running at
     * its next sheet and waits until it has disposed of its temporary files; returns at once when
     * none was started or it is done.
     */
    public static void finish() {
        WorkbookWarmUp warmUp = STARTED.get();
        if (warmUp != null) {
            warmUp.stop();
        }
    }

    /** Whether a warm-up was started and has finished. */
    static boolean done() {
        WorkbookWarmUp warmUp = STARTED.get();
        return warmUp != null && !warmUp.thread.isAlive();
    }

    /** The warm-up's thread, or null when none was started. */
    static Thread thread() {
        WorkbookWarmUp warmUp = STARTED.get();
        return warmUp == null ? null : warmUp.thread;
    }

    /** Starts this warm-up's thread. */
    void begin() {
        thread.start();
    }

    /** Asks this warm-up to stop at its next sheet and waits for it. */
    void stop() {
        stopping = true;
        await();
    }

    /** Waits until this warm-up has finished, or {@value #WAIT_SECONDS} s. */
    void await() {
        if (!thread.isAlive()) {
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

    private void run() {
        long start = System.nanoTime();
        try {
            WorkbookWriter.write(new Empty(), OutputStream.nullOutputStream());
            LOG.debug("workbook warm-up done in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.debug("workbook warm-up failed or was stopped; the run's workbook will do the same work", e);
        }
    }

    /** Ends the warm-up's workbook (which disposes of its temporary files) once the run has asked it to stop. */
    private void proceed() {
        if (stopping) {
            throw new CancellationException("the run ended before the workbook warm-up");
        }
    }

    /** A run with nothing in it: every sheet, with its header, notes, table and formats, and no rows. */
    private final class Empty implements WorkbookSource {

        @Override
        public RunFacts facts() {
            proceed();
            return new RunFacts(LocalDate.EPOCH, "warm-up", "", List.of(), 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        @Override
        public List<String> dimensions() {
            proceed();
            return List.of();
        }

        @Override
        public void comparisons(Consumer<ComparisonRow> sink) {
            proceed();
        }

        @Override
        public void roles(Consumer<Role> sink) {
            proceed();
        }

        @Override
        public void skills(Consumer<SkillEntry> sink) {
            proceed();
        }

        @Override
        public void demographics(Consumer<DemographicEntry> sink) {
            proceed();
        }

        @Override
        public void findings(Consumer<Finding> sink) {
            proceed();
        }
    }
}
