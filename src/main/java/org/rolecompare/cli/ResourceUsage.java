package org.rolecompare.cli;

import com.sun.management.OperatingSystemMXBean;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the process has used so far: wall time and CPU time since the JVM started, the peak heap
 * and the peak resident set size. {@code run} logs it as its last line, so a benchmark (and an
 * operator comparing nights) reads the cost of a whole run, start-up and shutdown included, from
 * the log rather than from an external profiler.
 *
 * <p>The peak heap is the sum of each heap pool's peak (eden, survivor, old): the pools peak at
 * different moments, so it is an upper bound of the heap ever in use at once, never an
 * underestimate. The peak RSS is the kernel's high-water mark ({@code VmHWM} of
 * {@code /proc/self/status}); {@code -1} where there is no such file (not Linux). CPU time is
 * user plus system time of all the process's threads; {@code -1} when the JVM cannot tell.
 */
record ResourceUsage(long wallMillis, long cpuNanos, long peakHeapBytes, long maxRssBytes) {

    private static final long MB = 1024 * 1024;

    /** The usage of this process until now. */
    static ResourceUsage now() {
        long wall = ManagementFactory.getRuntimeMXBean().getUptime();
        return new ResourceUsage(wall, processCpuNanos(), peakHeap(), maxRss(Path.of("/proc/self/status")));
    }

    /**
     * The wall and CPU time used since {@code start} (of the same process), with the process's peaks:
     * what one run of a long-lived {@code schedule} process cost, rather than the process so far.
     */
    ResourceUsage since(ResourceUsage start) {
        long cpu = cpuNanos < 0 || start.cpuNanos < 0 ? -1 : cpuNanos - start.cpuNanos;
        return new ResourceUsage(wallMillis - start.wallMillis, cpu, peakHeapBytes, maxRssBytes);
    }

    /** {@code wall 4.1 s, CPU 6.3 s, peak heap 212 MB, max RSS 301 MB}; an unknown value is left out. */
    String describe() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "wall %.1f s", wallMillis / 1000.0));
        if (cpuNanos >= 0) {
            line.append(String.format(Locale.ROOT, ", CPU %.1f s", cpuNanos / 1e9));
        }
        line.append(String.format(Locale.ROOT, ", peak heap %d MB", Math.round((double) peakHeapBytes / MB)));
        if (maxRssBytes >= 0) {
            line.append(String.format(Locale.ROOT, ", max RSS %d MB", Math.round((double) maxRssBytes / MB)));
        }
        return line.toString();
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The {@code VmHWM} line of a {@code /proc/PID/status} file in bytes, or -1. */
    static long maxRss(Path status) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring("VmHWM:".length()).replace("kB", "").trim()) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
