package org.rolecompare.job;

import java.nio.file.Path;
import java.time.LocalDate;

import org.rolecompare.publish.StagingFolder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/**
 * The settings of one run, read from its job parameters in one place so that every step agrees on
 * paths and thresholds. The run id is the job instance id: a restart of the same run (same date,
 * input and output) keeps it, so staged rows survive a crash; the staging folder is the one the
 * instance's first execution chose ({@link StagingFolder}), found again through the job execution
 * context.
 *
 * @param dataSource     where the data comes from, without a leading "Source:", or {@code null} when
 *                       nobody said (then reports print no source line)
 * @param dataAsOf       the date the data describes, or {@code null} when unknown
 * @param pdfReports     whether the run renders a PDF per comparison ({@code report.pdf})
 * @param htmlPages      whether the run publishes its web pages, {@code html/} ({@code report.html}, {@code --no-html})
 * @param minKnownFields share (0–1) of key fields below which a role gets a sparse-role finding
 * @param staging        the run's staging folder, or {@code null} for a job that has none (validate)
 */
record RunSettings(long runId, LocalDate runDate, String jobName, Path inputDir, Path outputDir,
                   double maxRejectedShare, String pageSize, String dataSource, LocalDate dataAsOf, boolean pdfReports,
                   boolean htmlPages, double minKnownFields, StagingFolder staging) {

    /** Share of key fields a role needs known to get no sparse-role finding, when the job does not say. */
    static final double DEFAULT_MIN_KNOWN_FIELDS = 0.5;

    static RunSettings of(StepExecution stepExecution) {
        JobParameters p = stepExecution.getJobExecution().getJobParameters();
        String output = p.getString(JobParameterNames.OUTPUT_DIR);
        Double share = p.getDouble(JobParameterNames.MAX_REJECTED_SHARE);
        Double minKnown = p.getDouble(JobParameterNames.MIN_KNOWN_FIELDS);
        String source = p.getString(JobParameterNames.DATA_SOURCE);
        return new RunSettings(
                stepExecution.getJobExecution().getJobInstanceId(),
                p.getLocalDate(JobParameterNames.RUN_DATE),
                p.getString(JobParameterNames.JOB_NAME),
                Path.of(p.getString(JobParameterNames.INPUT_DIR)),
                output == null || output.isEmpty() ? null : Path.of(output),
                share == null ? 0.5 : share,
                p.getString(JobParameterNames.PAGE_SIZE),
                source == null || source.isBlank() ? null : source,
                p.getLocalDate(JobParameterNames.DATA_AS_OF),
                !"false".equals(p.getString(JobParameterNames.PDF_REPORTS)),
                !"false".equals(p.getString(JobParameterNames.HTML_PAGES)),
                minKnown == null ? DEFAULT_MIN_KNOWN_FIELDS : minKnown,
                StagingOwnership.folderOf(stepExecution.getJobExecution()));
    }

    /** Where the run's outputs are built; hidden, so nobody mistakes them for a finished run. */
    Path stagingDir() {
        if (staging == null) {
            throw new IllegalStateException("job execution " + runId + " has no staging folder");
        }
        return staging.dir();
    }

    /** Where the finished outputs appear, all at once. */
    Path publishedDir() {
        return outputDir.resolve(runDate.toString());
    }
}
