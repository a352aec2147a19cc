package org.rolecompare.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/**
 * The options of the job commands that can run on an H2 database: the job file ({@link JobFileOption})
 * and, optionally, another database than the job file names. A picocli mixin, so the commands
 * declare and document them once.
 */
final class JobOptions extends JobFileOption {

    @Option(names = "--database", paramLabel = "PATH",
            description = "H2 database file of the job repository and staging tables (overrides the job file).")
    Path database;

    static JobOptions of(Path job, Path database) {
        JobOptions options = new JobOptions();
        options.job = job;
        options.database = database;
        return options;
    }

    Path database(JobDefinition definition) {
        if (database != null && definition.cluster() != null) {
            throw new UsageException("--database names an H2 file, but " + source() + " runs in cluster mode on "
                    + definition.cluster().databaseUrl() + "; leave --database out or use a job file without a cluster section");
        }
        return database == null ? definition.database() : database;
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
