package org.rolecompare.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.rolecompare.cluster.ClusterSettings;

import picocli.CommandLine.Option;

/**
 * The options every job command shares: which job file to use and, optionally, another database
 * than the job file names. A picocli mixin, so the commands declare and document them once.
 */
final class JobOptions {

    @Option(names = "--job", paramLabel = "FILE",
            description = "Job file (default: jobs/nightly.yml if it exists, else the built-in defaults).")
    Path job;

    @Option(names = "--database", paramLabel = "PATH",
            description = "H2 database file of the job repository and staging tables (overrides the job file).")
    Path database;

    static JobOptions of(Path job, Path database) {
        JobOptions options = new JobOptions();
        options.job = job;
        options.database = database;
        return options;
    }

    Path jobFile() {
        return job == null ? JobDefinition.DEFAULT_JOB : job;
    }

    /**
     * True when the command runs on the built-in job: no {@code --job} was given and there is no
     * {@code jobs/nightly.yml} in the current folder (the jar started outside its installation).
     */
    boolean builtIn() {
        return job == null && !Files.exists(JobDefinition.DEFAULT_JOB);
    }

    /**
     * The job file, or the built-in job when {@link #builtIn()}, which {@code out} is told in one line.
     * An explicit {@code --job} that does not exist stays a usage error.
     */
    JobDefinition load(PrintWriter out) {
        if (builtIn()) {
            out.println("role-compare: no job file given and no " + JobDefinition.DEFAULT_JOB + " here: using the built-in defaults");
            return JobDefinition.builtIn();
        }
        return JobDefinition.load(jobFile());
    }

    /** Where the job's settings come from, for messages: "job file FILE", or "the built-in job". */
    String source() {
        return builtIn() ? "the built-in job" : "job file " + jobFile();
    }

    /** Where a job setting comes from, for messages: "KEY in FILE", or "KEY of the built-in job". */
    String setting(String key) {
        return builtIn() ? key + " of the built-in job" : key + " in " + jobFile();
    }

    Path database(JobDefinition definition) {
        if (database != null && definition.cluster() != null) {
            throw new UsageException("--database names an H2 file, but " + source() + " runs in cluster mode on "
                    + definition.cluster().databaseUrl() + "; leave --database out or use a job file without a cluster section");
        }
        return database == null ? definition.database() : database;
    }

    /**
     * Refuses to start when the job file's {@code mail.password-env} names a variable that is not set:
     * the operator learns it before any work, not after the whole run.
     */
    void requireMailPassword(JobDefinition definition, Function<String, String> environment) {
        if (definition.mail() != null) {
            definition.mail().missingPassword(environment).ifPresent(problem -> {
                throw new UsageException(source() + ": " + problem);
            });
        }
    }

    /**
     * Refuses to start when a {@code cluster.database.password-env} or {@code cluster.broker.password-env}
     * of the job file names a variable that is not set: a usage error naming the key and the variable,
     * before any work, rather than a failure when the first connection opens.
     */
    void requireClusterPasswords(JobDefinition definition, Function<String, String> environment) {
        if (definition.cluster() == null) {
            return;
        }
        try {
            definition.cluster().databasePassword(environment);
            definition.cluster().brokerPassword(environment);
        } catch (ClusterSettings.InvalidException e) {
            throw new UsageException("job file " + jobFile() + ": " + e.getMessage());
        }
    }

    /**
     * The {@code deliver} command that sends what a run of {@code date} left undelivered, as it must be
     * typed: the job file and output folder the run used (absolute, so it works from any folder) and
     * the database when the run was given another than the job file's.
     */
    String deliverCommand(LocalDate date, JobDefinition definition, Path outputDir) {
        List<String> words = new ArrayList<>(List.of("role-compare", "deliver", "--run-date=" + date));
        if (!builtIn()) {
            words.add("--job=" + shellWord(absolute(jobFile())));
        }
        words.add("--output=" + shellWord(absolute(outputDir)));
        if (definition.cluster() == null && builtIn()) {
            // the built-in database is relative to the folder the run was started in
            words.add("--database=" + shellWord(absolute(database(definition))));
        } else if (database != null && definition.cluster() == null && !absolute(database).equals(absolute(definition.database()))) {
            words.add("--database=" + shellWord(absolute(database)));
        }
        return String.join(" ", words);
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** A path as one shell word: quoted when it holds anything but plain path characters. */
    static String shellWord(Path path) {
        String text = path.toString();
        return text.matches("[A-Za-z0-9_./:@%+=,-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }

    /** The run lock of the job's database: the H2 file's lock file, or the cluster database's advisory lock. */
    RunLock lock(JobDefinition definition) throws Exception {
        return definition.cluster() == null ? RunLock.acquire(database(definition))
                : RunLock.acquire(definition.cluster(), System::getenv);
    }
}
