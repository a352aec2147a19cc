package org.rolecompare.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.rolecompare.cluster.ClusterSettings;
import org.rolecompare.cluster.PartitionsTimedOutException;
import org.rolecompare.ingest.InputFileException;
import org.rolecompare.job.ExitCodes;
import org.rolecompare.job.JobParameterNames;
import org.rolecompare.job.NothingToCompareException;
import org.rolecompare.job.RejectedShareExceededException;
import org.rolecompare.publish.RunPublisher;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One Spring context for one command: the job repository and staging database chosen by the
 * command, a job launched through the {@link JobOperator}, and the context closed with
 * {@link SpringApplication#exit} so the process returns the run's exit code.
 */
final class BatchSession implements AutoCloseable {

    private static final String SKIP_BACKGROUND_PREINITIALIZER = "spring.backgroundpreinitializer.ignore";
    /** H2's cache of recently made values (read when H2's classes load); see {@link #open}. */
    private static final String H2_OBJECT_CACHE = "h2.objectCache";

    private final ConfigurableApplicationContext context;
    private final Path logFile;
    private final Path temporaryFolder;
    private int exitCode = ExitCodes.FAILED;

    private BatchSession(ConfigurableApplicationContext context, Path logFile, Path temporaryFolder) {
        this.context = context;
        this.logFile = logFile;
        this.temporaryFolder = temporaryFolder;
    }

    /** Opens a session on an H2 file database at {@code database} (without the .mv.db suffix). */
    static BatchSession onFile(Path database, Path logFile) {
        try {
            return open(List.of("--spring.datasource.url=" + url(database)), false, logFile, null);
        } catch (RuntimeException e) {
            throw damaged(database, e);
        }
    }

    /**
     * A start-up failure in words the operator can act on when H2 found the database file damaged
     * (its own message names neither the file nor what to do); any other failure as it is. The
     * store's own message is preferred to the JDBC wrapper's ("use the recovery tool").
     */
    static RuntimeException damaged(Path database, RuntimeException failure) {
        Throwable corrupt = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MVStoreException store && store.getErrorCode() == DataUtils.ERROR_FILE_CORRUPT) {
                corrupt = t;
                break;
            }
            if (corrupt == null && t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
                corrupt = t;
            }
        }
        if (corrupt == null) {
            return failure;
        }
        Path file = storeFile(database);
        return new CommandFailure("the job database " + file + " is damaged (H2: " + h2Reason(corrupt, file)
                + "); move it aside and run again \u2014 the job history is lost but the published runs are not", failure);
    }

    /** The file H2 keeps the database at {@code database} in: its path with {@code .mv.db} added, absolute. */
    static Path storeFile(Path database) {
        return database.toAbsolutePath().normalize().resolveSibling(database.getFileName() + ".mv.db");
    }

    /** H2's message without the file name (the line names it) and without its version and error code. */
    private static String h2Reason(Throwable t, Path file) {
        String message = String.valueOf(t.getMessage()).lines().findFirst().orElse("");
        return message.replace(": \"" + file + "\"", "").replace(": " + file, "").replace(" " + file, "").replaceAll("\\s*\\[[0-9.]+[-/][0-9]+]$", "").strip();
    }

    /**
     * Opens a session in cluster mode: the job repository and staging tables on the cluster's
     * PostgreSQL database, report partitions over its RabbitMQ broker. A worker session also
     * listens for partition requests, on {@code threads} consumers, until it is closed.
     */
    static BatchSession onCluster(ClusterSettings cluster, Path logFile, Role role, int threads) {
        List<String> args = new ArrayList<>(cluster.springArguments(System::getenv));
        args.add("--spring.profiles.active=" + (role == Role.WORKER ? "cluster,worker" : "cluster"));
        args.add("--rolecompare.cluster.worker-threads=" + threads);
        return open(args, true, logFile, null);
    }

    /**
     * Fails at once, with the cause, when the database or (in cluster mode) the broker cannot be
     * reached, rather than when the first partition arrives.
     */
    void checkConnections() {
        context.getBean(JdbcTemplate.class).queryForObject("SELECT 1", Integer.class);
        var broker = context.getBeanProvider(ConnectionFactory.class).getIfAvailable();
        if (broker != null) {
            broker.createConnection().close();
        }
    }

    /** What a cluster-mode process does. */
    enum Role { MANAGER, WORKER }

    /** A session on the database of the job file: its cluster's PostgreSQL, or the H2 file {@code database}. */
    static BatchSession forJob(JobDefinition definition, Path database, Path logFile) {
        return definition.cluster() == null ? onFile(database, logFile)
                : onCluster(definition.cluster(), logFile, Role.MANAGER, definition.reportThreads());
    }

    /**
     * Opens a session on a private database in a temporary folder, deleted when the session
     * closes. A file rather than memory, so validating a large feed needs little heap.
     */
    static BatchSession temporary(Path logFile) throws IOException {
        Path folder = Files.createTempDirectory("role-compare-");
        try {
            return open(List.of("--spring.datasource.url=" + url(folder.resolve("validate"))), false, logFile, folder);
        } catch (RuntimeException e) {
            // a context that did not start leaves nothing behind either
            try {
                RunPublisher.deleteTree(folder);
            } catch (IOException notDeleted) {
                e.addSuppressed(notDeleted);
            }
            throw e;
        }
    }

    /**
     * The log file {@code name} of a command that has no output folder ({@code validate} without
     * {@code --output}, {@code history}): in the user's own state folder,
     * {@code $XDG_STATE_HOME/role-compare/}, else {@code ~/.local/state/role-compare/}. Not a folder
     * every user shares: the first user to make {@code /tmp/role-compare/} owned it, and the
     * others' commands could not write their log there.
     */
    static Path userLogFile(String name, Function<String, String> environment) {
        String state = environment.apply("XDG_STATE_HOME");
        Path folder = state != null && Path.of(state).isAbsolute() ? Path.of(state)
                : Path.of(System.getProperty("user.home"), ".local", "state");
        return folder.resolve("role-compare").resolve(name);
    }

    private static String url(Path database) {
        // WRITE_DELAY=0: a committed chunk is on disk at once, so a crash loses no committed work.
        // TRACE_LEVEL_FILE=0: no DATABASE.trace.db; H2 wrote every start's "Table … already exists" of the
        // job repository's schema script (its failures are expected and ignored) to it, and it grew for ever
        return "jdbc:h2:file:" + database.toAbsolutePath().normalize() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
    }

    /** @param profiles whether {@code properties} activate profiles (cluster mode), which the build-time bean definitions cannot follow */
    private static BatchSession open(List<String> properties, boolean profiles, Path logFile, Path temporaryFolder) {
        // Boot's background pre-initializer warms up Jackson (which the context no longer creates) and
        // a few JDK services on a second thread: CPU a short run pays for nothing (README, start-up)
        if (System.getProperty(SKIP_BACKGROUND_PREINITIALIZER) == null) {
            System.setProperty(SKIP_BACKGROUND_PREINITIALIZER, "true");
        }
        // H2 looks every value it makes up in one shared array, to share equal values: validating 150,000
        // roles (3.3 million rows, written and dropped a chunk at a time, so little to share) spent 6% of
        // its CPU there, the load threads all writing to that one array
        if (System.getProperty(H2_OBJECT_CACHE) == null) {
            System.setProperty(H2_OBJECT_CACHE, "false");
        }
        // passed as command-line properties, so they take precedence over application.properties
        List<String> args = new ArrayList<>(properties);
        args.add("--logging.file.name=" + logFile.toAbsolutePath().normalize());
        ConfigurableApplicationContext context = SpringAot.run(args, profiles);
        return new BatchSession(context, logFile, temporaryFolder);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The bean of this type, or null when this mode has none. */
    <T> T beanIfPresent(Class<T> type) {
        return context.getBeanProvider(type).getIfAvailable();
    }

    Path logFile() {
        return logFile;
    }

    JobExecution start(String jobName, JobParameters parameters) throws Exception {
        Job job = context.getBean(jobName, Job.class);
        return context.getBean(JobOperator.class).start(job, parameters);
    }

    void exitCode(int code) {
        this.exitCode = code;
    }

    /** Exit code of a finished execution: the one the publish step recorded, else OK or FAILED. */
    static int exitCodeOf(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            return ExitCodes.FAILED;
        }
        var context = execution.getExecutionContext();
        return context.containsKey(JobParameterNames.EXIT_CODE) ? context.getInt(JobParameterNames.EXIT_CODE) : ExitCodes.OK;
    }

    /**
     * One or two lines saying why a run failed, in words for the person who must fix it. Problems
     * with the input carry their own message; anything else points to the log for the details.
     */
    String failureMessage(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof InputFileException || t instanceof RejectedShareExceededException
                        || t instanceof PartitionsTimedOutException || t instanceof NothingToCompareException) {
                    return t.getMessage();
                }
            }
        }
        Throwable first = failures.isEmpty() ? null : rootCause(failures.get(0));
        String why = first == null ? "status " + execution.getStatus() : first.getClass().getSimpleName() + ": " + first.getMessage();
        return "the run failed (" + why + "); nothing was published. Details are in " + logFile + ".";
    }

    private static Throwable rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    @Override
    public void close() {
        int code = exitCode;
        SpringApplication.exit(context, () -> code);
        if (temporaryFolder != null) {
            try {
                RunPublisher.deleteTree(temporaryFolder);
            } catch (IOException e) {
                LoggerFactory.getLogger(BatchSession.class).warn("could not delete {}: {}", temporaryFolder, e.getMessage());
            }
        }
    }
}
