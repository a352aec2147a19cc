package org.rolecompare.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.rolecompare.files.Fingerprints;
import org.rolecompare.files.RunFacts;
import org.rolecompare.job.ExecutionFacts;
import org.rolecompare.job.ExitCodes;
import org.rolecompare.job.JobNames;
import org.rolecompare.job.JobParameterNames;
import org.rolecompare.staging.RunQueries;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code role-compare validate}: checks an input folder and reports its findings, writing no reports. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validates the five CSV files and prints the findings; writes OUTPUT/data-quality.csv when --output is given.",
        footer = {"", "Exit codes:",
                "  0    no errors (warnings allowed)",
                "  2    some rows would be rejected",
                "  1    a file cannot be read, or the feed has nothing to compare",
                "  64   usage error"})
final class ValidateCommand implements Callable<Integer> {

    static final int SHOWN_FINDINGS = 20;

    @ParentCommand
    RoleCompareCommand parent;

    @Option(names = "--input", paramLabel = "DIR", required = true, description = "Input folder with the five CSV files.")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", description = "Folder to write data-quality.csv into.")
    Path output;

    @Override
    public Integer call() throws Exception {
        Path inputDir = input.toAbsolutePath().normalize();
        InputFolder.require(inputDir, "--input");
        Path outputDir = output == null ? null : output.toAbsolutePath().normalize();
        Path log = outputDir == null ? BatchSession.userLogFile("role-compare.log", System::getenv)
                : outputDir.resolve("logs").resolve("role-compare.log");
        if (outputDir != null) {
            OutputFolder.prepare(outputDir, log, "--output");
        }
        JobParameters parameters = new JobParametersBuilder()
                .addLocalDate(JobParameterNames.RUN_DATE, LocalDate.now(parent.clock), true)
                .addString("validation.id", UUID.randomUUID().toString(), true)
                .addString(JobParameterNames.INPUT_FINGERPRINT, Fingerprints.inputFingerprint(inputDir), true)
                .addString(JobParameterNames.INPUT_DIR, inputDir.toString(), false)
                .addString(JobParameterNames.OUTPUT_DIR, outputDir == null ? "" : outputDir.toString(), false)
                .addString(JobParameterNames.JOB_NAME, "validate", false)
                .toJobParameters();
        try (BatchSession session = BatchSession.temporary(log)) {
            JobExecution execution = session.start(JobNames.VALIDATION, parameters);
            if (BatchSession.exitCodeOf(execution) == ExitCodes.FAILED) {
                parent.err.println("role-compare: " + session.failureMessage(execution));
                session.exitCode(ExitCodes.FAILED);
                return ExitCodes.FAILED;
            }
            RunQueries queries = session.bean(RunQueries.class);
            RunFacts facts = ExecutionFacts.of(queries, execution);
            int code = facts.errorFindings() > 0 ? ExitCodes.REJECTIONS : ExitCodes.OK;
            session.exitCode(code);
            print(queries, execution.getJobInstanceId(), facts, outputDir);
            return code;
        }
    }

    private void print(RunQueries queries, long runId, RunFacts facts, Path outputDir) {
        parent.out.println(Summaries.validationLine(facts));
        Summaries.printFindings(parent.out, queries, runId, facts, SHOWN_FINDINGS);
        if (outputDir != null) {
            parent.out.println("All findings: " + outputDir.resolve("data-quality.csv"));
        }
    }
}
