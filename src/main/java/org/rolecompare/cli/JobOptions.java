package org.rolecompare.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * The options every job command shares: which job file to use and, optionally, another database
 * than the job file names. A picocli mixin, so the commands declare and document them once.
 */
final class JobOptions {

    @Option(names = "--job", paramLabel = "FILE", description = "Job file (default: jobs/nightly.yml).")
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

    JobDefinition load() {
        return JobDefinition.load(jobFile());
    }

    Path database(JobDefinition definition) {
        if (database != null && definition.cluster() != null) {
            throw new UsageException("--database names an H2 file, but job file " + jobFile() + " runs in cluster mode on "
                    + definition.cluster().databaseUrl() + "; leave --database out or use a job file without a cluster section");
        }
        return database == null ? definition.database() : database;
    }

    /** The run lock of the job's database: the H2 file's lock file, or the cluster database's advisory lock. */
    RunLock lock(JobDefinition definition) throws Exception {
        return definition.cluster() == null ? RunLock.acquire(database(definition))
                : RunLock.acquire(definition.cluster(), System::getenv);
    }
}
