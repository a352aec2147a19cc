package org.rolecompare.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.rolecompare.job.ExitCodes;
import org.rolecompare.job.JobParameterNames;
import org.rolecompare.job.RunQueries;
import org.rolecompare.report.RunFacts;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code role-compare history}: the recent runs recorded in the job repository, newest first. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Lists recent runs: run date, status, start, duration, counts and exit code.")
final class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final String FORMAT = "%-10s  %4s  %-9s  %-19s  %8s  %9s  %11s  %7s  %6s  %8s  %4s%n";

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
        Path log = Path.of(System.getProperty("java.io.tmpdir"), "role-compare", "history.log");
        try (RunLock lock = jobOptions.lock(definition); BatchSession session = BatchSession.forJob(definition, db, log)) {
            session.exitCode(ExitCodes.OK);
            print(session);
            return ExitCodes.OK;
        } catch (RunLock.HeldException e) {
            parent.err.println("role-compare: " + e.getMessage() + "; history can be read when it has finished.");
            return ExitCodes.LOCKED;
        }
    }

    private void print(BatchSession session) {
        JobRepository repository = session.bean(JobRepository.class);
        RunQueries queries = session.bean(RunQueries.class);
        List<JobExecution> executions = new ArrayList<>();
        for (JobInstance instance : repository.getJobInstances("comparisonJob", 0, last)) {
            executions.addAll(repository.getJobExecutions(instance));
        }
        executions.sort(Comparator.comparing(JobExecution::getId).reversed());
        if (executions.isEmpty()) {
            parent.out.println("role-compare: no runs recorded yet.");
            return;
        }
        parent.out.printf(FORMAT, "RUN DATE", "ID", "STATUS", "STARTED", "DURATION", "ROLES", "COMPARISONS", "SKIPPED", "ERRORS",
                "WARNINGS", "EXIT");
        for (JobExecution e : executions.subList(0, Math.min(last, executions.size()))) {
            RunFacts facts = queries.facts(e);
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
                    exitCode(e));
        }
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
