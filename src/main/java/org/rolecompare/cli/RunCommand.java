package org.rolecompare.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.rolecompare.cluster.ClusterRecovery;
import org.rolecompare.delivery.Deliverer;
import org.rolecompare.files.Fingerprints;
import org.rolecompare.files.RunFacts;
import org.rolecompare.ingest.InputFileException;
import org.rolecompare.ingest.SourceFile;
import org.rolecompare.job.ExecutionFacts;
import org.rolecompare.job.ExitCodes;
import org.rolecompare.job.FailedRunExport;
import org.rolecompare.job.GracefulStop;
import org.rolecompare.job.JobNames;
import org.rolecompare.job.JobParameterNames;
import org.rolecompare.job.RejectedShareExceededException;
import org.rolecompare.job.StagingOwnership;
import org.rolecompare.publish.DataQualityCsv;
import org.rolecompare.publish.PublishedRun;
import org.rolecompare.publish.RunPublisher;
import org.rolecompare.staging.RunQueries;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
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
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Validates the input, writes one PDF per comparison and the workbook, and publishes them in OUTPUT/RUN-DATE/.",
        footer = {"", "Exit codes:",
                "  0    completed without errors (warnings allowed), or already completed",
                "  2    completed, but some rows or comparisons were rejected",
                "  3    published, but some mail was not delivered (see deliver)",
                "  1    failed: nothing published",
                "  64   usage error: bad option, value or job file",
                "  75   another run is in progress; try again later",
                "  143  stopped by SIGTERM; run the same command again to resume"})
final class RunCommand implements Callable<Integer> {

    private static final long STOP_WAIT_SECONDS = 120;
    private static final int SHOWN_FINDINGS = 5;

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

    /** Set when {@code schedule} runs this command: the schedule, not the run, decides how the process ends. */
    boolean inSchedule;

    private final ExitAfterStop exitAfterStop = new ExitAfterStop();

    @Override
    public Integer call() throws Exception {
        JobDefinition definition = jobOptions.load(parent.out);
        jobOptions.requireMailPassword(definition, System::getenv);
        jobOptions.requireClusterPasswords(definition, System::getenv);
        Path inputDir = inputFolder(definition);
        Path outputDir = (output == null ? definition.output() : output).toAbsolutePath().normalize();
        Path db = jobOptions.database(definition);
        LocalDate date = runDate == null ? LocalDate.now(parent.clock) : runDate;
        if (dataSource != null && dataSource.isBlank()) {
            throw new UsageException("--data-source must name where the data comes from; leave the option out for none");
        }
        SourceFile source;
        try {
            source = source(definition, inputDir);
        } catch (InputFileException e) {
            parent.err.println("role-compare: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        JobParameters parameters = parameters(definition, inputDir, outputDir, date, source);
        OutputFolder.prepare(outputDir, logFile(outputDir), output == null ? jobOptions.setting("output") : "--output");
        checkClusterServices(definition, outputDir);
        // an exception leaves it unset: its message is printed after this method, so the JVM must not halt first
        int code = ExitCodes.TERMINATED;
        try (RunLock lock = jobOptions.lock(definition)) {
            code = runLocked(definition, inputDir, outputDir, db, date, parameters);
            return code;
        } catch (RunLock.HeldException e) {
            parent.err.println("role-compare: " + e.getMessage() + "; try again when it has finished.");
            code = ExitCodes.LOCKED;
            return code;
        } finally {
            // after the session closed: the database's close and the context's shutdown are counted too
            LoggerFactory.getLogger("role-compare").info("run: {}", ResourceUsage.now().describe());
            exitAfterStop.settle(code);
        }
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

    /**
     * The run's data source and as-of date: {@code --data-source}, else the input's source.txt, else
     * the job file's {@code report.data-source}; the as-of date only ever comes from source.txt.
     * {@code null} when none of them names a source.
     */
    private SourceFile source(JobDefinition definition, Path inputDir) {
        SourceFile file = SourceFile.read(inputDir).orElse(null);
        LocalDate asOf = file == null ? null : file.asOf();
        if (dataSource != null) {
            return new SourceFile(dataSource, asOf);
        }
        if (file != null) {
            return file;
        }
        String fromJob = SourceFile.withoutPrefix(definition.dataSource());
        return fromJob == null || fromJob.isEmpty() ? null : new SourceFile(fromJob, null);
    }

    private JobParameters parameters(JobDefinition definition, Path inputDir, Path outputDir, LocalDate date, SourceFile source) {
        JobParametersBuilder builder = new JobParametersBuilder();
        if (source != null && source.asOf() != null) {
            builder.addLocalDate(JobParameterNames.DATA_AS_OF, source.asOf(), false);
        }
        return builder
                .addLocalDate(JobParameterNames.RUN_DATE, date, true)
                .addString(JobParameterNames.INPUT_FINGERPRINT, Fingerprints.inputFingerprint(inputDir), true)
                .addString(JobParameterNames.OUTPUT_DIR, outputDir.toString(), true)
                .addString(JobParameterNames.INPUT_DIR, inputDir.toString(), false)
                .addString(JobParameterNames.JOB_NAME, definition.name(), false)
                .addDouble(JobParameterNames.MAX_REJECTED_SHARE, definition.maxRejectedShare(), false)
                .addString(JobParameterNames.PAGE_SIZE, definition.pageSize(), false)
                .addDouble(JobParameterNames.MIN_KNOWN_FIELDS, definition.minKnownFields(), false)
                .addString(JobParameterNames.DATA_SOURCE, source == null ? "" : source.source(), false)
                .addLong(JobParameterNames.KEEP_RUNS, (long) definition.keepRuns(), false)
                .addString(JobParameterNames.PDF_REPORTS, Boolean.toString(definition.pdfReports()), false)
                .addLong(JobParameterNames.REPORT_THREADS, (long) definition.reportThreads(), false)
                .toJobParameters();
    }

    private int runLocked(JobDefinition definition, Path inputDir, Path outputDir, Path db, LocalDate date,
                          JobParameters parameters) throws Exception {
        Path published = outputDir.resolve(date.toString());
        CountDownLatch finished = new CountDownLatch(1);
        Thread stopper = null;
        try (BatchSession session = BatchSession.forJob(definition, db, logFile(outputDir))) {
            recoverStaleExecutions(session, parameters);
            recoverOutputFolder(session, outputDir);
            parent.out.println("role-compare: starting the " + definition.name() + " run of " + date + " on " + inputDir);
            parent.out.flush();
            if (parameters.getString(JobParameterNames.DATA_SOURCE).isEmpty()) {
                LoggerFactory.getLogger("role-compare").info("no data source given ({} or --data-source); reports print no source line",
                        inputDir.resolve(SourceFile.FILE_NAME));
            }
            stopper = stopOnTermination(session, finished);
            JobParameters attempt = attemptToRun(session, parameters, published, date);
            if (attempt == null) {
                return nothingToDo(session, definition, date, published, parameters);
            }
            JobExecution execution;
            try {
                execution = session.start(JobNames.COMPARISON, attempt);
            } catch (JobInstanceAlreadyCompleteException e) {
                return nothingToDo(session, definition, date, published, parameters);
            } catch (JobExecutionAlreadyRunningException e) {
                parent.err.println("role-compare: the " + definition.name() + " run of " + date + " is already in progress.");
                return ExitCodes.LOCKED;
            }
            return report(session, execution, published, definition);
        } finally {
            // only once the session (and its database) is closed may a SIGTERM let the JVM halt
            finished.countDown();
            if (stopper != null) {
                removeHook(stopper);
            }
        }
    }

    /**
     * The run of this date already completed on this input and its folder still holds it: nothing is
     * rendered again, but mail that did not reach everybody is delivered now (the delivery ledger
     * sends only what each recipient has not had), and the process exits with the run's code, or 3
     * while some mail is still not delivered. History shows the same code.
     */
    private int nothingToDo(BatchSession session, JobDefinition definition, LocalDate date, Path published,
                            JobParameters parameters) {
        parent.out.println("role-compare: the " + definition.name() + " run of " + date
                + " already completed on this input; nothing to do (" + published + ").");
        JobExecution completed = completedExecution(session, parameters);
        int runCode = completed == null ? ExitCodes.OK : BatchSession.exitCodeOf(completed);
        int code = deliverAndRecord(session, completed, published, definition,
                runCode == ExitCodes.DELIVERY_INCOMPLETE ? ExitCodes.OK : runCode);
        session.exitCode(code);
        return code;
    }

    /** The last execution of the newest attempt of this run, or {@code null}. */
    private static JobExecution completedExecution(BatchSession session, JobParameters parameters) {
        JobRepository repository = session.bean(JobRepository.class);
        int attempt = 1;
        while (repository.getJobInstance(JobNames.COMPARISON, withAttempt(parameters, attempt + 1)) != null) {
            attempt++;
        }
        JobInstance instance = repository.getJobInstance(JobNames.COMPARISON, withAttempt(parameters, attempt));
        return instance == null ? null : repository.getLastJobExecution(instance);
    }

    /**
     * Mails the published run (what is left of it) and records the exit code that results, {@code code}
     * or 3 when some mail is still not delivered, in the execution, so {@code history} shows the code
     * the process exits with.
     */
    private int deliverAndRecord(BatchSession session, JobExecution execution, Path published, JobDefinition definition, int code) {
        Deliverer.Outcome delivery = new Deliverer(definition.mail(), System::getenv, parent.clock, parent.out, parent.err)
                .retryCommand(jobOptions.deliverCommand(LocalDate.parse(published.getFileName().toString()), definition,
                        published.getParent()))
                .deliver(published);
        int result = delivery.complete() ? code : ExitCodes.DELIVERY_INCOMPLETE;
        if (execution != null && BatchSession.exitCodeOf(execution) != result) {
            execution.getExecutionContext().putInt(JobParameterNames.EXIT_CODE, result);
            session.bean(JobRepository.class).updateExecutionContext(execution);
        }
        return result;
    }

    private int report(BatchSession session, JobExecution execution, Path published, JobDefinition definition) {
        if (execution.getStatus() == BatchStatus.STOPPED) {
            parent.err.println("role-compare: the run was stopped at a chunk boundary and nothing was published;"
                    + " run the same command again to resume.");
            session.exitCode(ExitCodes.TERMINATED);
            return ExitCodes.TERMINATED;
        }
        int code = BatchSession.exitCodeOf(execution);
        session.exitCode(code);
        if (code == ExitCodes.FAILED) {
            parent.err.println("role-compare: " + session.failureMessage(execution));
            printFailedRunFindings(session, execution, published);
            return code;
        }
        RunFacts facts = ExecutionFacts.of(session.bean(RunQueries.class), execution);
        parent.out.println(Summaries.runLine(facts, code));
        parent.out.println("role-compare: published " + published);
        if (code == ExitCodes.REJECTIONS) {
            parent.out.println("role-compare: rejected rows and skipped comparisons are listed in "
                    + published.resolve("data-quality.csv") + " and " + published.resolve("rejected"));
        }
        return stopCameTooLate(session, deliverAndRecord(session, execution, published, definition, code));
    }

    /**
     * A run the rejected share stopped: its top findings as {@code validate} prints them (the count
     * per rule and the first {@value #SHOWN_FINDINGS}), and where the full list is, when the job
     * wrote it to {@code OUTPUT/failed/RUN-DATE/}. Prints nothing for any other failure.
     */
    private void printFailedRunFindings(BatchSession session, JobExecution execution, Path published) {
        Path failed = FailedRunExport.dirOf(published.getParent(), LocalDate.parse(published.getFileName().toString()));
        Path findings = failed.resolve(DataQualityCsv.FILE_NAME);
        if (!rejectedShareExceeded(execution) || !Files.isRegularFile(findings)) {
            return;
        }
        RunQueries queries = session.bean(RunQueries.class);
        parent.out.println("role-compare: findings of the failed run of " + published.getFileName() + ":");
        Summaries.printFindings(parent.out, queries, execution.getJobInstanceId(), ExecutionFacts.of(queries, execution), SHOWN_FINDINGS);
        parent.out.println("All findings: " + findings + "; rejected rows: " + failed.resolve("rejected"));
    }

    private static boolean rejectedShareExceeded(JobExecution execution) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof RejectedShareExceededException) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * This process holds the run lock, so an execution still marked as running was left so by a
     * process that died (kill -9, power loss). Marking it failed lets the run restart from its last
     * committed chunk instead of blocking every later run.
     */
    private void recoverStaleExecutions(BatchSession session, JobParameters parameters) {
        JobRepository repository = session.bean(JobRepository.class);
        JobOperator operator = session.bean(JobOperator.class);
        for (JobExecution stale : repository.findRunningJobExecutions(JobNames.COMPARISON)) {
            operator.recover(stale);
            parent.out.println("role-compare: recovered execution " + stale.getId() + " (run date "
                    + stale.getJobParameters().getLocalDate(JobParameterNames.RUN_DATE)
                    + "), left running by a process that ended; " + whatHappensTo(stale, parameters) + ".");
        }
        ClusterRecovery cluster = session.beanIfPresent(ClusterRecovery.class);
        int orphaned = cluster == null ? 0 : cluster.failOrphanedPartitions();
        if (orphaned > 0) {
            parent.out.println("role-compare: marked " + orphaned + " report partitions of ended runs as failed"
                    + " (left unfinished by a manager timeout or crash); a restart renders them again.");
        }
    }

    /**
     * What this run does with a recovered execution: only the same job instance (same run date,
     * input and output folder) resumes it; any other run starts on its own, and says why.
     */
    private static String whatHappensTo(JobExecution stale, JobParameters current) {
        JobParameters before = stale.getJobParameters();
        LocalDate staleDate = before.getLocalDate(JobParameterNames.RUN_DATE);
        if (!java.util.Objects.equals(staleDate, current.getLocalDate(JobParameterNames.RUN_DATE))) {
            return "this run is of another date, so it starts on its own; run date " + staleDate
                    + " resumes from its last committed chunk when it is run again on the same input";
        }
        if (!java.util.Objects.equals(before.getString(JobParameterNames.INPUT_FINGERPRINT),
                current.getString(JobParameterNames.INPUT_FINGERPRINT))) {
            return "a new run starts (the input changed since execution " + stale.getId() + ")";
        }
        if (!java.util.Objects.equals(before.getString(JobParameterNames.OUTPUT_DIR), current.getString(JobParameterNames.OUTPUT_DIR))) {
            return "a new run starts (the output folder changed since execution " + stale.getId() + ": it was "
                    + before.getString(JobParameterNames.OUTPUT_DIR) + ")";
        }
        if (!before.getIdentifyingParameters().equals(current.getIdentifyingParameters())) {
            return "a new run starts (the job's parameters changed since execution " + stale.getId() + ")";
        }
        return "it will resume from its last committed chunk";
    }

    /**
     * A stop request that came after the last step that stops at chunk boundaries (workbook,
     * publish or mail were running): the run completed and is published, so it says so and the
     * process exits with the run's code, not 143. Returns {@code code}.
     */
    private int stopCameTooLate(BatchSession session, int code) {
        if (session.bean(GracefulStop.class).isRequested()) {
            String line = "a stop request (SIGTERM) came too late to stop the run: it had completed and is published (exit " + code + ")";
            LoggerFactory.getLogger(RoleCompareCommand.LOG_FILE_ONLY).info(line);
            parent.err.println("role-compare: " + line + ".");
        }
        return code;
    }

    /**
     * Undoes what a crash left half-done in the output folder before anything looks at it: a run
     * folder renamed aside by an interrupted replace is put back, and staging folders that nobody
     * can use any more are removed (each with a log line; see {@link StagingOwnership#removeAbandoned}).
     */
    private void recoverOutputFolder(BatchSession session, Path outputDir) throws java.io.IOException {
        for (String line : RunPublisher.recoverInterrupted(outputDir)) {
            LoggerFactory.getLogger("role-compare").info("publish: {}", line);
        }
        session.bean(StagingOwnership.class).removeAbandoned(outputDir);
    }

    /**
     * The job parameters to run with, or {@code null} when there is nothing to do. The same date,
     * input and output folder are one run, which may take several attempts (job instances): the
     * latest one is started or restarted unless it completed. A completed attempt means nothing to do
     * only while the published folder still holds it: its manifest records this input's fingerprint
     * and its files match the manifest. Otherwise the next attempt runs and publishes again, and one
     * line says why. An unfinished attempt whose staging folder is gone (deleted by hand, or removed
     * as abandoned) cannot resume its files, so unless its run is already published whole, the next
     * attempt starts afresh, with a line saying so.
     */
    private JobParameters attemptToRun(BatchSession session, JobParameters parameters, Path published, LocalDate date) {
        JobRepository repository = session.bean(JobRepository.class);
        int attempt = 1;
        while (repository.getJobInstance(JobNames.COMPARISON, withAttempt(parameters, attempt + 1)) != null) {
            attempt++;
        }
        JobParameters latest = withAttempt(parameters, attempt);
        JobInstance instance = repository.getJobInstance(JobNames.COMPARISON, latest);
        JobExecution last = instance == null ? null : repository.getLastJobExecution(instance);
        if (last == null || last.getStatus() != BatchStatus.COMPLETED) {
            String lost = last == null ? null : whyStartAfresh(repository.getJobExecution(last.getId()), published, date);
            if (lost == null) {
                return latest;
            }
            parent.out.println("role-compare: " + lost + "; starting this input's run afresh.");
            return withAttempt(parameters, attempt + 1);
        }
        String why = whyPublishAgain(published, date, parameters.getString(JobParameterNames.INPUT_FINGERPRINT));
        if (why == null) {
            return null;
        }
        parent.out.println("role-compare: " + why + "; publishing this input again.");
        return withAttempt(parameters, attempt + 1);
    }

    /**
     * Why an unfinished execution cannot resume, or {@code null} when it can: it can unless it has
     * no staging folder of its own (it was staged by a version that shared folders between job
     * repositories), or its staging folder is gone and the published folder is not its run, whole
     * (a crash just after the publish rename leaves exactly that, and the restart completes it).
     */
    private static String whyStartAfresh(JobExecution unfinished, Path published, LocalDate date) {
        Optional<Path> staging = StagingOwnership.stagingFolderOf(unfinished);
        if (staging.isEmpty()) {
            return "the unfinished run of " + date + " has no staging folder of its own (an earlier version staged it)";
        }
        if (Files.isDirectory(staging.get())) {
            return null;
        }
        Optional<PublishedRun> run = PublishedRun.read(published).filter(p -> p.publishedFrom(staging.get().getFileName().toString()));
        if (run.isPresent() && run.get().firstDifference().isEmpty()) {
            return null;
        }
        return "the staging folder of the unfinished run of " + date + " (" + staging.get() + ") is gone";
    }

    /** Why the published folder of a completed run no longer shows it, or {@code null} when it does. */
    private static String whyPublishAgain(Path published, LocalDate date, String fingerprint) {
        Optional<PublishedRun> run = PublishedRun.read(published);
        if (run.isEmpty()) {
            return Files.exists(published) ? "the published folder of " + date + " has no readable manifest"
                    : "the published folder of " + date + " is missing";
        }
        if (run.get().inputFingerprint() == null) {
            return "the published folder of " + date + " does not record which input it was made from";
        }
        if (!run.get().inputFingerprint().equals(fingerprint)) {
            return "the published folder of " + date + " holds another input's run";
        }
        return run.get().firstDifference().map(d -> "the published folder of " + date + " no longer matches its manifest (" + d + ")")
                .orElse(null);
    }

    /** The parameters of attempt {@code n}: the first has no attempt parameter. */
    private static JobParameters withAttempt(JobParameters parameters, int n) {
        return n <= 1 ? parameters : new JobParametersBuilder(parameters).addLong(JobParameterNames.ATTEMPT, (long) n, true).toJobParameters();
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

    /**
     * The exit code of a run that received SIGTERM. The JVM would exit with 143 whatever happened,
     * which README documents as "stopped, nothing published"; but a stop request that comes after
     * the last step that can stop (workbook, publish, mail) lets the run complete and publish. So
     * once the run has ended, the shutdown hook halts the JVM with the run's own code (0, 2, 3, or 1
     * when it failed), the one {@code history} shows; only a run that was stopped exits with 143.
     */
    private static final class ExitAfterStop {

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
}
