package org.rolecompare.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.rolecompare.files.FileCount;
import org.rolecompare.files.RunFacts;
import org.rolecompare.ingest.InputFile;
import org.rolecompare.validate.Finding;
import org.rolecompare.validate.Severity;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.stereotype.Component;

/**
 * Read-only questions about a run's staged data: its counts and its findings. The workbook, the
 * manifest and the command line's closing summary all ask here, so they always agree.
 */
@Component
public class RunQueries {

    private final StagingRepository staging;

    RunQueries(StagingRepository staging) {
        this.staging = staging;
    }

    public RunFacts facts(JobExecution execution) {
        JobParameters p = execution.getJobParameters();
        return facts(execution.getJobInstanceId(), p.getLocalDate(JobParameterNames.RUN_DATE),
                p.getString(JobParameterNames.JOB_NAME), Path.of(p.getString(JobParameterNames.INPUT_DIR)));
    }

    RunFacts facts(RunSettings run) {
        return facts(run.runId(), run.runDate(), run.jobName(), run.inputDir());
    }

    private RunFacts facts(long runId, java.time.LocalDate runDate, String jobName, Path inputDir) {
        Map<String, String> hashes = staging.fileHashes(runId);
        StagingRepository.ComparisonCounts comparisons = staging.comparisonCounts(runId);
        List<FileCount> files = new ArrayList<>();
        for (InputFile file : InputFile.values()) {
            StagingRepository.TableCount c = file == InputFile.COMPARISONS
                    ? new StagingRepository.TableCount(comparisons.read(), comparisons.read() - comparisons.accepted())
                    : staging.count(runId, file);
            files.add(new FileCount(file.fileName(), hashes.getOrDefault(file.fileName(), ""), c.read(), c.accepted(), c.rejected()));
        }
        StagingRepository.TableCount roles = staging.roleCount(runId);
        long requested = comparisons.read();
        long accepted = comparisons.accepted();
        long rejected = comparisons.rejected();
        Map<Severity, Long> severities = staging.findingsBySeverity(runId);
        return new RunFacts(runDate, jobName, inputDir.toString(), files, roles.read(), roles.accepted(), roles.rejected(),
                requested, accepted, rejected, requested - accepted - rejected, severities.get(Severity.ERROR), severities.get(Severity.WARNING),
                severities.get(Severity.INFO), staging.coverage(runId));
    }

    public void forEachFinding(long runId, Consumer<Finding> sink) {
        staging.forEachFinding(runId, sink);
    }

    public Map<String, Long> findingsByRule(long runId) {
        return staging.findingsByRule(runId);
    }
}
