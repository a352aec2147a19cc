package org.rolecompare.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;

/**
 * The progress an operator reads for the partitioned report step: one line for the whole step with
 * the reports done of all (earlier executions of a restarted run included), this execution's rate
 * and the time left ("starting…" until there is a rate), and the closing line with the step's
 * totals that scripts/bench.sh parses.
 */
class StepProgressLoggerTests {

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger("role-compare");

    @BeforeEach
    void capture() {
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void release() {
        logger.detachAppender(lines);
    }

    @Test
    void logsOneLineForTheWholeStepFromThePolledCountAndTheTotalsAtTheEnd() {
        // given
        MutableClock clock = new MutableClock();
        AtomicLong written = new AtomicLong(2_000); // by an earlier, interrupted execution
        StepProgressLogger progress = StepProgressLogger.polled("reports", s -> 10_000, s -> written.get(), clock);
        StepExecution step = MetaDataInstanceFactory.createStepExecution("pdfReports", 5L);
        progress.beforeStep(step);

        // when
        clock.advance(Duration.ofSeconds(10));
        written.set(4_000);
        progress.poll();
        clock.advance(Duration.ofSeconds(30));
        step.setStatus(BatchStatus.COMPLETED);
        step.setReadCount(8_000);
        step.setWriteCount(8_000);
        progress.afterStep(step);

        // then
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                .contains("pdfReports: 4,000 of 10,000 reports (40%), 200/s, about 30 s left",
                        "pdfReports: completed, 8,000 read, 8,000 reports written in 40.0 s (200/s)");
    }

    @Test
    void saysStartingUntilTheFirstItemIsDoneInsteadOfARateOfZero() {
        // given
        MutableClock clock = new MutableClock();
        StepProgressLogger progress = StepProgressLogger.polled("reports", s -> 3_683, s -> 0L, clock);
        progress.beforeStep(MetaDataInstanceFactory.createStepExecution("pdfReports", 5L));

        // when
        clock.advance(Duration.ofSeconds(10));
        progress.poll();

        // then
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("pdfReports: 0 of 3,683 reports (0%), starting\u2026");
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-11-27T02:30:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
