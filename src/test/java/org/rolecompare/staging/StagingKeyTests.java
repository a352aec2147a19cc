package org.rolecompare.staging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A staged row's key keeps each run's rows in one range, in line order, apart from every other
 * run's, including the pairs added from related roles; a run or line the key cannot hold is refused
 * rather than folded into another run's range.
 */
class StagingKeyTests {

    @Test
    void aRunsLinesFollowEachOtherInOneRangeBetweenTheRunsBeforeAndAfter() {
        // given
        long run = 41;

        // when
        long first = StagingKey.first(run);
        long line2 = StagingKey.of(run, 2);
        long line3 = StagingKey.of(run, 3);
        long added = StagingKey.of(run, RelatedStore.FIRST_ADDED_LINE);
        long last = StagingKey.last(run);

        // then
        assertThat(StagingKey.last(run - 1)).isLessThan(first);
        assertThat(first).isLessThan(line2);
        assertThat(line3).isEqualTo(line2 + 1);
        assertThat(added).isGreaterThan(line3).isLessThan(last);
        assertThat(last).isLessThan(StagingKey.first(run + 1));
        assertThat(StagingKey.of(run, 2)).isEqualTo(41L * 1_099_511_627_776L + 2);
    }

    @Test
    void theLargestRunAndLineStillFitAndNothingBeyondThem() {
        // given
        long lastRun = (1L << 23) - 1;
        long lastLine = (1L << 40) - 1;

        // when
        long highest = StagingKey.of(lastRun, lastLine);

        // then
        assertThat(highest).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> StagingKey.of(lastRun + 1, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("run id 8388608");
        assertThatThrownBy(() -> StagingKey.of(1, lastLine + 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1099511627776");
        assertThatThrownBy(() -> StagingKey.of(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
