package org.rolecompare.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.rolecompare.job.ExitCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code role-compare schedule}: stays up and runs the job at the cron times of its job file, in
 * the job's time zone, with the trigger's date as the run date. A failed run is logged and the
 * schedule goes on; SIGTERM ends the wait at once, or lets a run in progress stop at its next chunk
 * boundary (through the run's own stop handling) and then ends the schedule.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Runs the job at the cron times of its job file (schedule.cron, schedule.time-zone) until stopped.")
final class ScheduleCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger("role-compare");

    @ParentCommand
    RoleCompareCommand parent;

    @Mixin
    JobOptions jobOptions = new JobOptions();

    @Option(names = "--max-runs", hidden = true, description = "Test hook: return after this many runs.")
    int maxRuns;

    private volatile boolean stopping;
    /** Only a sleeping schedule is interrupted: interrupting a run would break its file and database I/O. */
    private volatile boolean sleeping;

    @Override
    public Integer call() throws Exception {
        Path jobFile = jobOptions.jobFile();
        JobDefinition definition = jobOptions.load(parent.out);
        if (definition.cron() == null) {
            throw new UsageException(jobOptions.source() + " has no schedule.cron; add one or use 'run' from cron or systemd");
        }
        jobOptions.requireMailPassword(definition, System::getenv);
        Thread main = Thread.currentThread();
        CountDownLatch ended = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopping = true;
            if (sleeping) {
                main.interrupt();
            }
            try {
                ended.await(130, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "role-compare-schedule-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            loop(jobFile, definition, Clock.system(definition.timeZone()));
            return ExitCodes.OK;
        } finally {
            ended.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running and waits for this thread to end
            }
        }
    }

    private void loop(Path jobFile, JobDefinition definition, Clock clock) {
        int runs = 0;
        while (!stopping && (maxRuns == 0 || runs < maxRuns)) {
            ZonedDateTime now = ZonedDateTime.now(clock);
            ZonedDateTime next = definition.cron().next(now);
            if (next == null) {
                parent.out.println("role-compare: schedule.cron of " + jobFile + " has no future time; stopping.");
                return;
            }
            parent.out.println("role-compare: job " + definition.name() + " next runs at " + next);
            parent.out.flush();
            if (!sleepUntil(next, clock)) {
                break;
            }
            runs++;
            int code = runOnce(next);
            LoggerFactory.getLogger(RoleCompareCommand.LOG_FILE_ONLY)
                    .info("scheduled run of {} for {} ended with exit code {}", definition.name(), next.toLocalDate(), code);
            parent.out.println("role-compare: scheduled run for " + next.toLocalDate() + " ended with exit code " + code);
        }
        parent.out.println("role-compare: schedule of job " + definition.name() + " ended.");
    }

    private boolean sleepUntil(ZonedDateTime when, Clock clock) {
        while (!stopping) {
            long millis = Duration.between(ZonedDateTime.now(clock), when).toMillis();
            if (millis <= 0) {
                return true;
            }
            sleeping = true;
            try {
                if (stopping) {
                    return false;
                }
                Thread.sleep(Math.min(millis, 60_000));
            } catch (InterruptedException e) {
                return false;
            } finally {
                sleeping = false;
            }
        }
        return false;
    }

    /** One run, as {@code run --job=FILE --run-date=DATE}; a failure is reported and the schedule goes on. */
    private int runOnce(ZonedDateTime trigger) {
        RunCommand run = new RunCommand();
        run.parent = parent;
        run.jobOptions = JobOptions.of(jobOptions.job, jobOptions.database);
        run.runDate = trigger.toLocalDate();
        run.inSchedule = true;
        try {
            return run.call();
        } catch (UsageException e) {
            // e.g. the job file's input folder is not there tonight: said in its own words, and the schedule goes on
            parent.err.println("role-compare: scheduled run failed: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (Exception e) {
            log.error("scheduled run failed", e);
            parent.err.println("role-compare: scheduled run failed: " + RoleCompareCommand.rootMessage(e));
            return ExitCodes.FAILED;
        }
    }
}
