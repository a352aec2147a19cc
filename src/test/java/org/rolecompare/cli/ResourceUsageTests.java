package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The closing line of {@code run}: what it says, and where its numbers come from. */
class ResourceUsageTests {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path temp;

    @Test
    void describesWallCpuPeakHeapAndMaxRssInSecondsAndMegabytes() {
        // given
        ResourceUsage usage = new ResourceUsage(4_130, 6_290_000_000L, 212 * MB, 301 * MB + 300_000);

        // when
        String line = usage.describe();

        // then
        assertThat(line).isEqualTo("wall 4.1 s, CPU 6.3 s, peak heap 212 MB, max RSS 301 MB");
    }

    @Test
    void leavesOutWhatTheJvmOrTheSystemCannotTell() {
        // given
        ResourceUsage usage = new ResourceUsage(940, -1, 64 * MB, -1);

        // when
        String line = usage.describe();

        // then
        assertThat(line).isEqualTo("wall 0.9 s, peak heap 64 MB");
    }

    @Test
    void aRunOfALongLivedProcessCountsItsOwnWallAndCpuAndKeepsTheProcessPeaks() {
        // given
        ResourceUsage start = new ResourceUsage(600_000, 90_000_000_000L, 150 * MB, 250 * MB);
        ResourceUsage end = new ResourceUsage(602_100, 93_500_000_000L, 212 * MB, 301 * MB);

        // when
        String line = end.since(start).describe();

        // then
        assertThat(line).isEqualTo("wall 2.1 s, CPU 3.5 s, peak heap 212 MB, max RSS 301 MB");
        assertThat(end.since(new ResourceUsage(600_000, -1, 0, 0)).describe()).isEqualTo("wall 2.1 s, peak heap 212 MB, max RSS 301 MB");
    }

    @Test
    void readsTheHighWaterMarkOfTheResidentSetFromTheProcStatusFile() throws Exception {
        // given
        Path status = temp.resolve("status");
        Files.writeString(status, "Name:\tjava\nVmPeak:\t 4000000 kB\nVmHWM:\t  308224 kB\nVmRSS:\t  290000 kB\n");

        // when
        long bytes = ResourceUsage.maxRss(status);

        // then
        assertThat(bytes).isEqualTo(308_224L * 1024);
    }

    @Test
    void maxRssIsUnknownWithoutAProcStatusFile() {
        // when
        long bytes = ResourceUsage.maxRss(temp.resolve("no-such-status"));

        // then
        assertThat(bytes).isEqualTo(-1);
    }

    @Test
    void measuresThisProcess() {
        // given
        byte[] allocated = new byte[8 * 1024 * 1024];

        // when
        ResourceUsage usage = ResourceUsage.now();

        // then
        assertThat(allocated).hasSize(8 * 1024 * 1024);
        assertThat(usage.wallMillis()).isPositive();
        assertThat(usage.cpuNanos()).isPositive();
        assertThat(usage.peakHeapBytes()).isGreaterThanOrEqualTo(8 * MB);
        if (Files.isRegularFile(Path.of("/proc/self/status"))) {
            assertThat(usage.maxRssBytes()).isPositive();
        }
    }
}
