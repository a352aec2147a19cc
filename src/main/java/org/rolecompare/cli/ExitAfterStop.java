package org.rolecompare.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.rolecompare.job.ExitCodes;

/**
 * The exit code of a run that received SIGTERM. The JVM would exit with 143 whatever happened,
 * which README documents as "stopped, nothing published"; but a stop request that comes after
 * the last step that can stop (workbook, publish, mail) lets the run complete and publish. So
 * once the run has ended, the shutdown hook halts the JVM with the run's own code (0, 2, 3, or 1
 * when it failed), the one {@code history} shows; only a run that was stopped exits with 143.
 */
final class ExitAfterStop {

    private final CountDownLatch settled = new CountDownLatch(1);
    private volatile int code = ExitCodes.TERMINATED;

    void settle(int runCode) {
        code = runCode;
        settled.countDown();
    }

    /** Called by the shutdown hook once the run's session is closed: waits for its code, and halts with it. */
    void haltWithTheRunsCode() {
        try {
            if (!settled.await(10, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (code != ExitCodes.TERMINATED) {
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(code);
        }
    }
}
