package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report warm-up that runs beside the Spring context's start: once per JVM, without traces. */
class ReportWarmUpTests {

    @TempDir
    Path temp;

    @Test
    void rendersAndWritesWithTheRealReportCodeAndLeavesNoFilesBehind() {
        // when
        boolean done = ReportWarmUp.warmUp(true, temp);

        // then
        assertThat(done).isTrue();
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void startsAtMostOncePerJvm() {
        // given
        Thread first = ReportWarmUp.start(false);
        ReportWarmUp.awaitQuietly(first);

        // when
        Thread second = ReportWarmUp.start(false);

        // then
        assertThat(second).isNull();
    }
}
