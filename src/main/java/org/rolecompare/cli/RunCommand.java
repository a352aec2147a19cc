package org.rolecompare.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.rolecompare.job.ExitCodes;
import org.rolecompare.job.JobParameterNames;
import org.rolecompare.job.RunQueries;
import org.rolecompare.publish.Fingerprints;
import org.rolecompare.report.RunFacts;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code role-compare run}: the nightly comparison job. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Validates the input, writes one PDF per comparison and the workbook, and publishes them in OUTPUT/RUN-DATE/.",
        footer = {"", "Exit codes: 0 completed without errors (warnings allowed); 2 completed, some rows or comparisons",
                "rejected; 1 failed, nothing published; 64 usage error."})
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    RoleCompareCommand parent;

    @Option(names = "--job", paramLabel = "FILE", description = "Job file (default: jobs/nightly.yml).")
    Path job;

    @Option(names = "--input", paramLabel = "DIR", description = "Input folder with the five CSV files (overrides the job file).")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", description = "Output folder; the run writes OUTPUT/RUN-DATE/ (overrides the job file).")
    Path output;

    @Option(names = "--run-date", paramLabel = "YYYY-MM-DD", description = "Date of the run (default: today).")
    LocalDate runDate;

    @Option(names = "--database", paramLabel = "PATH",
            description = "H2 database file of the job repository and staging tables (overrides the job file).")
    Path database;

    @Override
    public Integer call() throws Exception {
        JobDefinition definition = JobDefinition.load(job == null ? JobDefinition.DEFAULT_JOB : job);
        Path inputDir = (input == null ? definition.input() : input).toAbsolutePath().normalize();
        Path outputDir = (output == null ? definition.output() : output).toAbsolutePath().normalize();
        Path db = database == null ? definition.database() : database;
        LocalDate date = runDate == null ? LocalDate.now(parent.clock) : runDate;
        JobParameters parameters = new JobParametersBuilder()
                .addLocalDate(JobParameterNames.RUN_DATE, date, true)
                .addString(JobParameterNames.INPUT_FINGERPRINT, Fingerprints.inputFingerprint(inputDir), true)
                .addString(JobParameterNames.OUTPUT_DIR, outputDir.toString(), true)
                .addString(JobParameterNames.INPUT_DIR, inputDir.toString(), false)
                .addString(JobParameterNames.JOB_NAME, definition.name(), false)
                .addDouble(JobParameterNames.MAX_REJECTED_SHARE, definition.maxRejectedShare(), false)
                .addString(JobParameterNames.PAGE_SIZE, definition.pageSize(), false)
                .addString(JobParameterNames.DATA_SOURCE, definition.dataSource() == null ? "" : definition.dataSource(), false)
                .toJobParameters();
        Files.createDirectories(outputDir);
        Path published = outputDir.resolve(date.toString());
        try (BatchSession session = BatchSession.onFile(db, outputDir.resolve("logs").resolve("role-compare.log"))) {
            parent.out.println("role-compare: starting the " + definition.name() + " run of " + date + " on " + inputDir);
            parent.out.flush();
            JobExecution execution;
            try {
                execution = session.start("comparisonJob", parameters);
            } catch (JobInstanceAlreadyCompleteException e) {
                parent.out.println("role-compare: the " + definition.name() + " run of " + date
                        + " already completed on this input; nothing to do (" + published + ").");
                session.exitCode(ExitCodes.OK);
                return ExitCodes.OK;
            } catch (JobExecutionAlreadyRunningException e) {
                parent.err.println("role-compare: the " + definition.name() + " run of " + date + " is already in progress.");
                return ExitCodes.FAILED;
            }
            int code = BatchSession.exitCodeOf(execution);
            session.exitCode(code);
            if (code == ExitCodes.FAILED) {
                parent.err.println("role-compare: " + session.failureMessage(execution));
                return code;
            }
            RunFacts facts = session.bean(RunQueries.class).facts(execution);
            parent.out.println(Summaries.runLine(facts, code));
            parent.out.println("role-compare: published " + published);
            if (code == ExitCodes.REJECTIONS) {
                parent.out.println("role-compare: rejected rows and skipped comparisons are listed in "
                        + published.resolve("data-quality.csv"));
            }
            return code;
        }
    }
}
