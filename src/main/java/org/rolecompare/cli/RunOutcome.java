package org.rolecompare.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.rolecompare.delivery.Deliverer;
import org.rolecompare.files.RunFacts;
import org.rolecompare.job.ExecutionFacts;
import org.rolecompare.job.ExitCodes;
import org.rolecompare.job.FailedRunExport;
import org.rolecompare.job.GracefulStop;
import org.rolecompare.job.JobParameterNames;
import org.rolecompare.job.RejectedShareExceededException;
import org.rolecompare.publish.DataQualityCsv;
import org.rolecompare.staging.RunQueries;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;

/**
 * How a {@code run} ends: the summary it prints for a stopped, failed or completed run, the mail of
 * the published run, and the exit code the process returns (the codes {@code run --help} lists),
 * which is recorded in the execution so {@code history} shows the same code. Kept apart from the
 * command so every way a run can end maps to its code in one place.
 */
final class RunOutcome {

    private static final int SHOWN_FINDINGS = 5;

    private final RoleCompareCommand parent;
    private final JobOptions jobOptions;
    private final BatchSession session;
    private final JobDefinition definition;
    private final Path published;

    /**
     * @param published the run's folder, OUTPUT/RUN-DATE
     */
    RunOutcome(RoleCompareCommand parent, JobOptions jobOptions, BatchSession session, JobDefinition definition, Path published) {
        this.parent = parent;
        this.jobOptions = jobOptions;
        this.session = session;
        this.definition = definition;
        this.published = published;
    }

    /**
     * The run of this date already completed on this input and its folder still holds it: nothing is
     * rendered again, but mail that did not reach everybody is delivered now (the delivery ledger
     * sends only what each recipient has not had), and the process exits with the run's code, or 3
     * while some mail is still not delivered. History shows the same code.
     */
    int nothingToDo(LocalDate date, RunAttempts attempts, JobParameters parameters) {
        parent.out.println("role-compare: the " + definition.name() + " run of " + date
                + " already completed on this input; nothing to do (" + published + ").");
        JobExecution completed = attempts.completedExecution(parameters);
        List<String> changed = completed == null ? List.of() : changedSettings(completed.getJobParameters(), parameters);
        if (!changed.isEmpty()) {
            parent.out.println("role-compare: note: " + String.join(", ", changed) + (changed.size() == 1 ? " differs" : " differ")
                    + " from the published run's, and only a new run applies settings; delete " + published
                    + " to publish " + date + " again with them.");
        }
        int runCode = completed == null ? ExitCodes.OK : BatchSession.exitCodeOf(completed);
        int code = deliverAndRecord(completed, runCode == ExitCodes.DELIVERY_INCOMPLETE ? ExitCodes.OK : runCode);
        session.exitCode(code);
        return code;
    }

    /**
     * The settings that shape a run's outputs without identifying it (so a changed one alone does not
     * make a new run), with the words an operator knows them by.
     */
    private static final Map<String, String> OUTPUT_SETTINGS = orderedMap(
            JobParameterNames.DATA_SOURCE, "the data source (--data-source, source.txt, report.data-source)",
            JobParameterNames.HTML_PAGES, "the web pages setting (--no-html, report.html)",
            JobParameterNames.PDF_REPORTS, "report.pdf",
            JobParameterNames.PAGE_SIZE, "report.page-size",
            JobParameterNames.PAIRS_FROM, "the pairs (--pairs, pairs.from)",
            JobParameterNames.RELATED_PER_ROLE, "pairs.related.per-role",
            JobParameterNames.RELATED_MIN_SCORE, "pairs.related.min-score",
            JobParameterNames.MIN_KNOWN_FIELDS, "thresholds.min-known-fields",
            JobParameterNames.MAX_REJECTED_SHARE, "thresholds.max-rejected-share");

    /** The {@link #OUTPUT_SETTINGS} whose value in {@code now} is not the one the run was made with. */
    static List<String> changedSettings(JobParameters made, JobParameters now) {
        List<String> changed = new ArrayList<>();
        OUTPUT_SETTINGS.forEach((name, words) -> {
            Object before = made.getParameter(name) == null ? null : made.getParameter(name).value();
            Object after = now.getParameter(name) == null ? null : now.getParameter(name).value();
            if (!Objects.equals(before, after)) {
                changed.add(words);
            }
        });
        return changed;
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The summary of the execution the run started, and the exit code it ends with. */
    int report(JobExecution execution) {
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
            printFailedRunFindings(execution);
            return code;
        }
        RunFacts facts = ExecutionFacts.of(session.bean(RunQueries.class), execution);
        parent.out.println(Summaries.runLine(facts, code));
        parent.out.println("role-compare: published " + published);
        if (code == ExitCodes.REJECTIONS) {
            parent.out.println("role-compare: rejected rows and skipped comparisons are listed in "
                    + published.resolve("data-quality.csv") + " and " + published.resolve("rejected"));
        }
        return stopCameTooLate(deliverAndRecord(execution, code));
    }

    /**
     * Mails the published run (what is left of it) and records the exit code that results, {@code code}
     * or 3 when some mail is still not delivered, in the execution, so {@code history} shows the code
     * the process exits with.
     */
    private int deliverAndRecord(JobExecution execution, int code) {
        Deliverer.Outcome delivery = new Deliverer(definition.mail(), System::getenv, parent.clock, parent.out, parent.err)
                .retryCommand(jobOptions.deliverCommand(LocalDate.parse(published.getFileName().toString()), definition,
                        published.getParent()))
                .deliver(published);
        int result = delivery.complete() ? code : ExitCodes.DELIVERY_INCOMPLETE;
        if (result != code) {
            parent.err.println("role-compare: exit " + result + ": the run ended with exit " + code
                    + " (as manifest.json records it), but some mail was not delivered.");
        }
        if (execution != null && BatchSession.exitCodeOf(execution) != result) {
            execution.getExecutionContext().putInt(JobParameterNames.EXIT_CODE, result);
            session.bean(JobRepository.class).updateExecutionContext(execution);
        }
        return result;
    }

    /**
     * A run the rejected share stopped: its top findings as {@code validate} prints them (the count
     * per rule and the first {@value #SHOWN_FINDINGS}), and where the full list is, when the job
     * wrote it to {@code OUTPUT/failed/RUN-DATE/}. Prints nothing for any other failure.
     */
    private void printFailedRunFindings(JobExecution execution) {
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
     * A stop request that came after the last step that stops at chunk boundaries (workbook,
     * publish or mail were running): the run completed and is published, so it says so and the
     * process exits with the run's code, not 143. Returns {@code code}.
     */
    private int stopCameTooLate(int code) {
        if (session.bean(GracefulStop.class).isRequested()) {
            String line = "a stop request (SIGTERM) came too late to stop the run: it had completed and is published (exit " + code + ")";
            LoggerFactory.getLogger(RoleCompareCommand.LOG_FILE_ONLY).info(line);
            parent.err.println("role-compare: " + line + ".");
        }
        return code;
    }
}
