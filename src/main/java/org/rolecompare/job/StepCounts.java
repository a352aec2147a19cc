package org.rolecompare.job;

import org.springframework.batch.core.step.StepContribution;

/**
 * Counts a tasklet step's work in its contribution, so the job repository and the step's closing
 * log line say how much a step that has no chunks read.
 */
final class StepCounts {

    private StepCounts() {
    }

    /** Adds {@code count} items read (the contribution counts reads one at a time). */
    static void read(StepContribution contribution, long count) {
        for (long i = 0; i < count; i++) {
            contribution.incrementReadCount();
        }
    }
}
