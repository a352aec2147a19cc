package org.rolecompare.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.rolecompare.ingest.InputFileException;
import org.rolecompare.ingest.SourceFile;
import org.rolecompare.job.ExitCodes;
import org.rolecompare.job.GracefulStop;
import org.rolecompare.job.JobNames;
import org.rolecompare.job.JobParameterNames;
import org.rolecompare.job.PairSource;
import org.rolecompare.report.xlsx.WorkbookWarmUp;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.repository.JobRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code role-compare run}: the nightly comparison job. Holds the database's run lock for the whole
 * run, recovers an execution that a crashed process left marked as running, restarts a failed or
 * stopped run of the same date and input from its last committed chunk, and on SIGTERM stops at
 * a chunk boundary so the next run can resume. With a {@code cluster} section in the job file it is
 * the cluster's manager: the same job on PostgreSQL, its report partitions rendered by workers.
 * <p>
 * This class is the command itself: its options, the run lock, the session and the stop hook. What
 * identifies a run is in {@link RunParameters}, crash leftovers are undone by {@link CrashRecovery},
 * the attempt to start or restart is chosen by {@link RunAttempts} (and a resume with the other
 * web-page or PDF setting refused by {@link OutputSettingsOnResume}), and the summary and exit code
 * come from {@link RunOutcome}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Validates the input, writes one PDF and one web page per comparison and the workbook,"
                + " and publishes them in OUTPUT/RUN-DATE/.",
        footer = {"", "Exit codes:", RunCommand.EXIT_0, RunCommand.EXIT_2, RunCommand.EXIT_3, RunCommand.EXIT_1,
                RunCommand.EXIT_64, RunCommand.EXIT_75, RunCommand.EXIT_143})
final class RunCommand implements Callable<Integer> {

    // The exit codes of run, one footer line each, in its --help and in the top-level --help. An
    // annotation takes constant strings but no constant array, and each footer element must stay one
    // printed line (CommandLineIntegrationTests), so the lines are constants listed in both footers.
    static final String EXIT_0 = "  0    completed without errors (warnings allowed), or already completed";
    static final String EXIT_2 = "  2    completed, but some rows or comparisons were rejected";
    static final String EXIT_3 = "  3    published, but some mail was not delivered (see deliver)";
    static final String EXIT_1 = "  1    failed: nothing published";
    static final String EXIT_64 = "  64   usage error: bad option, value or job file";
    static final String EXIT_75 = "  75   another run is in progress; try again later";
    static final String EXIT_143 = "  143  stopped by SIGTERM; run the same command again to resume";

    private static final long STOP_WAIT_SECONDS = 120;

    @ParentCommand
    RoleCompareCommand parent;

    @Mixin
    JobOptions jobOptions = new JobOptions();

    @Option(names = "--input", paramLabel = "DIR", description = "Input folder with the five CSV files (overrides the job file).")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", description = "Output folder; the run writes OUTPUT/RUN-DATE/ (overrides the job file).")
    Path output;

    @Option(names = "--run-date", paramLabel = "YYYY-MM-DD", description = "Date of the run (default: today).")
    LocalDate runDate;

    @Option(names = "--data-source", paramLabel = "TEXT",
            description = "Where the data comes from, printed under each report's title (overrides INPUT/source.txt and the job file).")
    String dataSource;

    @Option(names = "--pairs", paramLabel = "FROM",
            description = "Where the pairs come from: listed (comparisons.csv), related (each role's most related roles) or both"
                    + " (overrides the job file's pairs.from).")
    String pairs;

    @Option(names = "--no-html", description = "Publish no web pages (html/) in this run (overrides the job file's report.html).")
    boolean noHtml;

    /** Set when {@code schedule} runs this command: the schedule, not the run, decides how the process ends. */
    boolean inSchedule;

    private final ExitAfterStop exitAfterStop = new ExitAfterStop();

    @Override
    public Integer call() throws Exception {
        JobDefinition definition = jobOptions.load(parent.out);
        jobOptions.requireMailPassword(definition, System::getenv);
        jobOptions.requireClusterPasswords(definition, System::getenv);
        Path inputDir = inputFolder(definition);
        // POI's first-workbook cost, on the second core while the context starts and the input loads
        WorkbookWarmUp.start();
        try {
            return run(definition, inputDir);
        } finally {
            // a run that ended before its workbook step: the warm-up's temporary files go before the JVM does
            WorkbookWarmUp.finish();
        }
    }

    private int run(JobDefinition definition, Path inputDir) throws Exception {
        ResourceUsage started = ResourceUsage.now();
        Path outputDir = (output == null ? definition.output() : output).toAbsolutePath().normalize();
        Path db = jobOptions.database(definition);
        LocalDate date = runDate == null ? LocalDate.now(parent.clock) : runDate;
        if (dataSource != null && dataSource.isBlank()) {
            throw new UsageException("--data-source must name where the data comes from; leave the option out for none");
        }
        PairSource pairsFrom = definition.pairsFrom(pairSource());
        SourceFile source;
        try {
            source = RunParameters.source(definition, inputDir, dataSource);
        } catch (InputFileException e) {
            parent.err.println("role-compare: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        JobParameters parameters = RunParameters.of(definition, inputDir, outputDir, date, source, definition.htmlPages() && !noHtml,
                pairsFrom);
        OutputFolder.prepare(outputDir, logFile(outputDir), output == null ? jobOptions.setting("output") : "--output");
        checkClusterServices(definition, outputDir);
        // an exception leaves it unset: its message is printed after this method, so the JVM must not halt first
        int code = ExitCodes.TERMINATED;
        try (RunLock lock = jobOptions.lock(definition)) {
            code = runLocked(definition, inputDir, outputDir, db, date, parameters,
                    new OutputSettingsOnResume(definition.htmlPages(), noHtml, definition.pdfReports(), jobOptions.source()));
            return code;
        } catch (RunLock.HeldException e) {
            parent.err.println("role-compare: " + e.getMessage() + "; try again when it has finished.");
            code = ExitCodes.LOCKED;
            return code;
        } finally {
            // after the session closed: the database's close and the context's shutdown are counted too;
            // a scheduled run counts from its own start, not from the schedule process's
            LoggerFactory.getLogger("role-compare").info("run: {}", inSchedule
                    ? ResourceUsage.now().since(started).describe() + " (wall and CPU of this run; peaks of the schedule process)"
                    : ResourceUsage.now().describe());
            exitAfterStop.settle(code);
        }
    }

    /** {@code --pairs} as a source, or {@code null} when not given; a bad value is a usage error. */
    private PairSource pairSource() {
        if (pairs == null) {
            return null;
        }
        for (PairSource candidate : PairSource.values()) {
            if (candidate.name().equalsIgnoreCase(pairs.trim())) {
                return candidate;
            }
        }
        throw new UsageException("--pairs must be listed, related or both, not '" + pairs + "'");
    }

    /** The input folder, absolute; one that does not exist is a usage error before anything starts. */
    private Path inputFolder(JobDefinition definition) {
        Path folder = (input == null ? definition.input() : input).toAbsolutePath().normalize();
        InputFolder.require(folder, input == null ? jobOptions.setting("input") + ":" : "--input");
        return folder;
    }

    /**
     * Cluster mode: the database and the broker answer before the run lock is taken and anything is
     * ingested; one that does not is one line naming it, also in the log file (see {@link ClusterServicesCheck}).
     */
    private static void checkClusterServices(JobDefinition definition, Path outputDir) {
        if (definition.cluster() != null) {
            ClusterServicesCheck.check(definition.cluster(), System::getenv, logFile(outputDir));
        }
    }

    private static Path logFile(Path outputDir) {
        return outputDir.resolve("logs").resolve("role-compare.log");
    }

    private int runLocked(JobDefinition definition, Path inputDir, Path outputDir, Path db, LocalDate date,
                          JobParameters parameters, OutputSettingsOnResume webPages) throws Exception {
        Path published = outputDir.resolve(date.toString());
        CountDownLatch finished = new CountDownLatch(1);
        Thread stopper = null;
        try (BatchSession session = BatchSession.forJob(definition, db, logFile(outputDir))) {
            CrashRecovery recovery = new CrashRecovery(session, parent.out);
            recovery.recoverStaleExecutions(parameters);
            recovery.recoverOutputFolder(outputDir);
            parent.out.println("role-compare: starting the " + definition.name() + " run of " + date + " on " + inputDir);
            parent.out.flush();
            if (parameters.getString(JobParameterNames.DATA_SOURCE).isEmpty()) {
                LoggerFactory.getLogger("role-compare").info("no data source given ({} or --data-source); reports print no source line",
                        inputDir.resolve(SourceFile.FILE_NAME));
            }
            stopper = stopOnTermination(session, finished);
            RunAttempts attempts = new RunAttempts(session, parent.out);
            RunOutcome outcome = new RunOutcome(parent, jobOptions, session, definition, published);
            JobParameters attempt = attempts.toRun(parameters, published, date);
            if (attempt == null) {
                return outcome.nothingToDo(date, attempts, parameters);
            }
            String refusal = webPages.refusal(session.bean(JobRepository.class), attempt, date);
            if (refusal != null) {
                LoggerFactory.getLogger(RoleCompareCommand.LOG_FILE_ONLY).info(refusal);
                parent.err.println("role-compare: " + refusal);
                return ExitCodes.USAGE;
            }
            JobExecution execution;
            try {
                execution = session.start(JobNames.COMPARISON, attempt);
            } catch (JobInstanceAlreadyCompleteException e) {
                return outcome.nothingToDo(date, attempts, parameters);
            } catch (JobExecutionAlreadyRunningException e) {
                parent.err.println("role-compare: the " + definition.name() + " run of " + date + " is already in progress.");
                return ExitCodes.LOCKED;
            }
            return outcome.report(execution);
        } finally {
            // only once the session (and its database) is closed, and the warm-up has cleaned up, may a SIGTERM let the JVM halt
            WorkbookWarmUp.finish();
            finished.countDown();
            if (stopper != null) {
                removeHook(stopper);
            }
        }
    }

    /**
     * On SIGTERM, asks the running step to stop at its next chunk boundary and waits for it, so the
     * run is recorded as stopped (and restartable) before the JVM exits; then ends the process with
     * the run's own exit code (see {@link ExitAfterStop}).
     */
    private Thread stopOnTermination(BatchSession session, CountDownLatch finished) {
        GracefulStop stop = session.bean(GracefulStop.class);
        Thread hook = new Thread(() -> {
            stop.request();
            try {
                finished.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!inSchedule) {
                exitAfterStop.haltWithTheRunsCode();
            }
        }, "role-compare-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already shutting down: the hook is running and waits for this thread
        }
    }
}
