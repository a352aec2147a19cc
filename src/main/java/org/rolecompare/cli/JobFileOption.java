package org.rolecompare.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.rolecompare.cluster.ClusterSettings;

import picocli.CommandLine.Option;

/**
 * The job file option every job command shares, and what the commands check in the job file it
 * names before any work. A picocli mixin on its own for {@code worker}, whose database is the
 * cluster's and so takes no {@code --database}; the other job commands use {@link JobOptions}.
 */
class JobFileOption {

    @Option(names = "--job", paramLabel = "FILE",
            description = "Job file (default: jobs/nightly.yml if it exists, else the built-in defaults).")
    Path job;

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
}
