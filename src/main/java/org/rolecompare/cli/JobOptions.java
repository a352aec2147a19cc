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
        return database == null ? definition.database() : database;
    }
}
