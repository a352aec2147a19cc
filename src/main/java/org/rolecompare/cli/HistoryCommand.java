package org.rolecompare.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rolecompare.files.RunFacts;
import org.rolecompare.job.ExecutionFacts;
import org.rolecompare.job.ExitCodes;
import org.rolecompare.job.JobNames;
import org.rolecompare.job.JobParameterNames;
import org.rolecompare.staging.RunQueries;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code role-compare history}: the recent runs recorded in the job repository, newest first, each
 * with the input folder it read and, for a run that failed, a line saying why. It only reads: it
 * never creates a database where none exists.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Lists recent runs: run date, status, start, duration, counts, exit code, input folder and,"
                + " for a failed run, why it failed.",
        footer = {"", "Exit codes:",
                "  0    listed (also when no run is recorded yet)",
                "  1    the job database cannot be read",
                "  64   usage error (also a --database that does not exist)",
                "  75   a run holds the database; try again when it has finished"})
final class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final String FORMAT = "%-10s  %4s  %-9s  %-19s  %8s  %9s  %11s  %7s  %6s  %8s  %4s  %s%n";
    /** The reason line of a failed run starts under the ID column. */
    private static final String REASON_INDENT = " ".repeat(12);
    private static final Pattern EXCEPTION_PREFIX =
            Pattern.compile("^(?:[a-z_$][\\w$]*\\.)+([A-Z][\\w$]*(?:Exception|Error))(?::\\s*(.*))?$");

    @ParentCommand
    RoleCompareCommand parent;

    @Mixin
    JobOptions jobOptions = new JobOptions();

    @Option(names = "--last", paramLabel = "N", description = "How many runs to list (default: ${DEFAULT-VALUE}).", defaultValue = "10")
    int last;

    @Override
    public Integer call() throws Exception {
        if (last < 1) {
            throw new UsageException("--last must be at least 1");
        }
        JobDefinition definition = jobOptions.load(parent.out);
        Path db = jobOptions.database(definition);
        if (definition.cluster() == null && !Files.isRegularFile(BatchSession.storeFile(db))) {
            return noDatabase(db);
        }
        Path log = BatchSession.userLogFile("history.log", System::getenv);
        try (RunLock lock = jobOptions.lock(definition); BatchSession session = BatchSession.forJob(definition, db, log)) {
            session.exitCode(ExitCodes.OK);
            print(session);
            return ExitCodes.OK;
        } catch (RunLock.HeldException e) {
            parent.err.println("role-compare: " + e.getMessage() + "; history can be read when it has finished.");
            return ExitCodes.LOCKED;
        }
    }

    /**
     * An H2 database that does not exist, found before the run lock or the session would create an
     * empty one there. Named with {@code --database}, it is a wrong path: a usage error. The job's own
     * database missing is a fresh install: no runs yet, and nothing is created.
     */
    private int noDatabase(Path db) {
        Path file = BatchSession.storeFile(db);
        if (jobOptions.database != null) {
            throw new UsageException("--database " + db + " names no database: " + file + " does not exist");
        }
        parent.out.println("role-compare: no runs recorded yet (no database at " + file + "; the first run creates it).");
        return ExitCodes.OK;
    }

    private void print(BatchSession session) {
        JobRepository repository = session.bean(JobRepository.class);
        RunQueries queries = session.bean(RunQueries.class);
        List<JobExecution> executions = new ArrayList<>();
        for (JobInstance instance : repository.getJobInstances(JobNames.COMPARISON, 0, last)) {
            executions.addAll(repository.getJobExecutions(instance));
        }
        executions.sort(Comparator.comparing(JobExecution::getId).reversed());
        if (executions.isEmpty()) {
            parent.out.println("role-compare: no runs recorded yet.");
            return;
        }
        parent.out.printf(FORMAT, "RUN DATE", "ID", "STATUS", "STARTED", "DURATION", "ROLES", "COMPARISONS", "SKIPPED", "ERRORS",
                "WARNINGS", "EXIT", "INPUT");
        for (JobExecution e : executions.subList(0, Math.min(last, executions.size()))) {
            RunFacts facts = ExecutionFacts.of(queries, e);
            boolean counted = facts.rolesRead() > 0;
            parent.out.printf(FORMAT,
                    e.getJobParameters().getLocalDate(JobParameterNames.RUN_DATE),
                    e.getId(),
                    e.getStatus(),
                    e.getStartTime() == null ? "-" : TIME.format(e.getStartTime()),
                    duration(e),
                    counted ? facts.rolesAccepted() : "-",
                    counted ? facts.comparisonsWritten() : "-",
                    counted ? facts.comparisonsSkipped() : "-",
                    counted ? facts.errorFindings() : "-",
                    counted ? facts.warningFindings() : "-",
                    exitCode(e),
                    e.getJobParameters().getString(JobParameterNames.INPUT_DIR));
            if (e.getStatus() == BatchStatus.FAILED || e.getStatus() == BatchStatus.ABANDONED) {
                parent.out.println(REASON_INDENT + "reason: " + reason(e));
            }
        }
    }

    /**
     * Why a run failed, in one line: the first line of the job's exit description, else of its first
     * failed step's (where the job repository keeps the exception). The exception's class is left out
     * when it is one of role-compare's own (their messages are written for the operator), and named
     * without its package otherwise.
     */
    static String reason(JobExecution e) {
        List<String> descriptions = new ArrayList<>();
        descriptions.add(e.getExitStatus().getExitDescription());
        e.getStepExecutions().stream()
                .filter(step -> step.getStatus() == BatchStatus.FAILED)
                .sorted(Comparator.comparing(step -> step.getId()))
                .forEach(step -> descriptions.add(step.getExitStatus().getExitDescription()));
        for (String description : descriptions) {
            String line = description == null ? "" : description.strip().lines().findFirst().orElse("").strip();
            if (!line.isEmpty()) {
                return withoutPackage(line);
            }
        }
        return e.getStatus() == BatchStatus.ABANDONED ? "left running by a process that ended (recovered)"
                : "no reason recorded: the process ended without saying why (killed, or the machine stopped); its log file may tell more";
    }

    private static String withoutPackage(String line) {
        Matcher m = EXCEPTION_PREFIX.matcher(line);
        if (!m.matches()) {
            return line;
        }
        String message = m.group(2) == null ? "" : m.group(2).strip();
        if (line.startsWith("org.rolecompare.") && !message.isEmpty()) {
            return message;
        }
        return message.isEmpty() ? m.group(1) : m.group(1) + ": " + message;
    }

    private static String duration(JobExecution e) {
        if (e.getStartTime() == null || e.getEndTime() == null) {
            return e.getStatus() == BatchStatus.STARTED ? "running" : "-";
        }
        return String.format(Locale.ROOT, "%.1f s", Duration.between(e.getStartTime(), e.getEndTime()).toMillis() / 1000.0);
    }

    private static String exitCode(JobExecution e) {
        return switch (e.getStatus()) {
            case COMPLETED -> Integer.toString(BatchSession.exitCodeOf(e));
            case STOPPED -> Integer.toString(ExitCodes.TERMINATED);
            case FAILED, ABANDONED -> Integer.toString(ExitCodes.FAILED);
            default -> "-";
        };
    }
}
