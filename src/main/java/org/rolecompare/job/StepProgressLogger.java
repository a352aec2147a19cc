package org.rolecompare.job;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Logs what operators watch in a long night: one line when a step ends, with its counts and
 * duration, and a progress line at most every ten seconds while it runs (items done, of how many
 * when known, the rate, and the time left; "starting…" instead of the rate until an item is done).
 *
 * <p>A chunk step reports progress from its own chunk callbacks. A partitioned step has no chunks
 * of its own and its workers may run anywhere, so it is {@link #polled polled} instead: every ten
 * seconds a timer asks how many items the workers have committed (from the job repository) and
 * logs one line for the whole step, rather than one per partition.
 */
class StepProgressLogger implements StepExecutionListener, ChunkListener<Object, Object> {

    static final Duration INTERVAL = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger("role-compare");

    private final String noun;
    private final ToLongFunction<StepExecution> total;
    private final ToLongFunction<StepExecution> done;
    private final boolean polled;
    private final Clock clock;
    private StepExecution step;
    private long expected = -1;
    private long doneAtStart;
    private long startedAt;
    private long lastLog;
    private ScheduledExecutorService timer;

    /**
     * @param noun  what the step's items are, e.g. "reports" or "rows of roles.csv"
     * @param total how many items the step will handle, or -1 when unknown
     */
    StepProgressLogger(String noun, ToLongFunction<StepExecution> total, Clock clock) {
        this(noun, total, StepExecution::getWriteCount, false, clock);
    }

    private StepProgressLogger(String noun, ToLongFunction<StepExecution> total, ToLongFunction<StepExecution> done,
                               boolean polled, Clock clock) {
        this.noun = noun;
        this.total = total;
        this.done = done;
        this.polled = polled;
        this.clock = clock;
    }

    static StepProgressLogger unbounded(String noun) {
        return new StepProgressLogger(noun, s -> -1, Clock.systemUTC());
    }

    /** For a tasklet step, which has no items: only its outcome and duration are logged. */
    static StepProgressLogger tasklet() {
        return new StepProgressLogger(null, s -> -1, Clock.systemUTC());
    }

    /**
     * For a partitioned step: {@code done} says how many of the {@code total} items are done,
     * counting earlier executions of a restarted run too; it is asked every ten seconds.
     */
    static StepProgressLogger polled(String noun, ToLongFunction<StepExecution> total, ToLongFunction<StepExecution> done,
                                     Clock clock) {
        return new StepProgressLogger(noun, total, done, true, clock);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        expected = total.applyAsLong(stepExecution);
        doneAtStart = polled ? done.applyAsLong(stepExecution) : 0;
        startedAt = clock.millis();
        lastLog = startedAt;
        if (polled && noun != null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "progress-" + stepExecution.getStepName());
                t.setDaemon(true);
                return t;
            });
            long period = INTERVAL.toMillis();
            timer.scheduleAtFixedRate(this::poll, period, period, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        progress();
    }

    @Override
    public void afterChunk(ChunkContext context) {
        progress();
    }

    private void progress() {
        if (step == null || noun == null || polled || clock.millis() - lastLog < INTERVAL.toMillis()) {
            return;
        }
        log(step.getWriteCount());
    }

    /** One progress line from the polled count; a failed poll is skipped, the step goes on. */
    void poll() {
        try {
            log(done.applyAsLong(step));
        } catch (RuntimeException e) {
            log.debug("progress of {} not available: {}", step.getStepName(), e.toString());
        }
    }

    private void log(long doneNow) {
        long now = clock.millis();
        lastLog = now;
        // until this execution has done an item there is no rate, and no time left to tell
        boolean rateKnown = doneNow > doneAtStart;
        double rate = (doneNow - doneAtStart) * 1000.0 / Math.max(1, now - startedAt);
        if (expected > 0) {
            String done = String.format(Locale.US, "%s: %,d of %,d %s (%.0f%%)", step.getStepName(), doneNow, expected, noun,
                    100.0 * doneNow / expected);
            log.info(rateKnown ? done + ", " + rate(rate) + ", about " + seconds(Math.round((expected - doneNow) / rate)) + " left"
                    : done + ", starting\u2026");
        } else {
            String done = String.format(Locale.US, "%s: %,d %s so far", step.getStepName(), doneNow, noun);
            log.info(rateKnown ? done + ", " + rate(rate) : done + ", starting\u2026");
        }
    }

    /** Items per second, grouped ("1,250/s"); below one a second, with two decimals rather than "0/s". */
    private static String rate(double perSecond) {
        return perSecond >= 1 ? String.format(Locale.US, "%,.0f/s", perSecond) : String.format(Locale.US, "%.2f/s", perSecond);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        long millis = Math.max(1, clock.millis() - startedAt);
        if (noun == null) {
            log.info(String.format(Locale.US, "%s: %s in %.1f s", stepExecution.getStepName(),
                    stepExecution.getStatus().toString().toLowerCase(Locale.ROOT), millis / 1000.0));
            return stepExecution.getExitStatus();
        }
        log.info(String.format(Locale.US, "%s: %s, %,d read, %,d %s written in %.1f s (%.0f/s)", stepExecution.getStepName(),
                stepExecution.getStatus().toString().toLowerCase(Locale.ROOT), stepExecution.getReadCount(),
                stepExecution.getWriteCount(), noun, millis / 1000.0, stepExecution.getWriteCount() * 1000.0 / millis));
        return stepExecution.getExitStatus();
    }

    private static String seconds(long s) {
        return s < 120 ? s + " s" : String.format(Locale.US, "%,d min %d s", s / 60, s % 60);
    }
}
