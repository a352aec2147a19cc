package org.rolecompare.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How many partitions render at once: the job's report.threads, or one per core, but never more
 * than the connection pool serves besides the manager (each running partition holds a connection
 * for its chunk transaction).
 */
class PdfReportsConfigurationTests {

    @Test
    void rendersOnTheConfiguredThreadsOrTheCoresWithinThePool() {
        // given // when // then
        assertThat(PdfReportsConfiguration.threads(null, 2, 10)).isEqualTo(2);
        assertThat(PdfReportsConfiguration.threads(0L, 8, 10)).isEqualTo(8);
        assertThat(PdfReportsConfiguration.threads(4L, 2, 10)).isEqualTo(4);
        assertThat(PdfReportsConfiguration.threads(32L, 2, 10)).isEqualTo(9);
        assertThat(PdfReportsConfiguration.threads(null, 64, 10)).isEqualTo(9);
        assertThat(PdfReportsConfiguration.threads(3L, 2, 1)).isEqualTo(1);
    }
}
