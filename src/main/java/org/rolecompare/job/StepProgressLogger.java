package org.rolecompare.job;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
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
 * when known, the rate, and the time left).
 */
class StepProgressLogger implements StepExecutionListener, ChunkListener<Object, Object> {

    static final Duration INTERVAL = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger("role-compare");

    private final String noun;
    private final ToLongFunction<StepExecution> total;
    private final Clock clock;
    private StepExecution step;
    private long expected = -1;
    private long startedAt;
    private long lastLog;

    /**
     * @param noun  what the step's items are, e.g. "reports" or "rows of roles.csv"
     * @param total how many items the step will handle, or -1 when unknown
     */
    StepProgressLogger(String noun, ToLongFunction<StepExecution> total, Clock clock) {
        this.noun = noun;
        this.total = total;
        this.clock = clock;
    }

    static StepProgressLogger unbounded(String noun) {
        return new StepProgressLogger(noun, s -> -1, Clock.systemUTC());
    }

    /** For a tasklet step, which has no items: only its outcome and duration are logged. */
    static StepProgressLogger tasklet() {
        return new StepProgressLogger(null, s -> -1, Clock.systemUTC());
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        expected = total.applyAsLong(stepExecution);
        startedAt = clock.millis();
        lastLog = startedAt;
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
        long now = clock.millis();
        if (step == null || noun == null || now - lastLog < INTERVAL.toMillis()) {
            return;
        }
        lastLog = now;
        long done = step.getWriteCount();
        double rate = done * 1000.0 / Math.max(1, now - startedAt);
        if (expected > 0) {
            long left = rate > 0 ? Math.round((expected - done) / rate) : -1;
            log.info(String.format(Locale.US, "%s: %,d of %,d %s (%.0f%%), %.0f/s, about %s left", step.getStepName(), done,
                    expected, noun, 100.0 * done / expected, rate, left < 0 ? "?" : seconds(left)));
        } else {
            log.info(String.format(Locale.US, "%s: %,d %s so far, %.0f/s", step.getStepName(), done, noun, rate));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
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
        return s < 120 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
    }
}
