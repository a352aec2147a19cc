package org.rolecompare.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.rolecompare.files.Fingerprints;
import org.rolecompare.ingest.SourceFile;
import org.rolecompare.job.JobParameterNames;
import org.rolecompare.job.PairSource;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters of a {@code run}: which of its settings identify the run and which only
 * configure it. The run date, the input's fingerprint and the output folder are identifying, so the
 * same date on the same input into the same folder is one job instance that a restart resumes, and
 * a changed input is a new run; everything else may change between attempts, but an unfinished
 * run resumes only with the web-page setting it was started with ({@link OutputSettingsOnResume}). Kept
 * apart from the command so the identity of a run is decided in one place.
 */
final class RunParameters {

    private RunParameters() {
    }

    /**
     * The run's data source and as-of date: {@code --data-source}, else the input's source.txt, else
     * the job file's {@code report.data-source}; the as-of date only ever comes from source.txt.
     * {@code null} when none of them names a source.
     *
     * @param dataSource the {@code --data-source} option, or {@code null} when it was not given
     */
    static SourceFile source(JobDefinition definition, Path inputDir, String dataSource) {
        SourceFile file = SourceFile.read(inputDir).orElse(null);
        LocalDate asOf = file == null ? null : file.asOf();
        if (dataSource != null) {
            return new SourceFile(dataSource, asOf);
        }
        if (file != null) {
            return file;
        }
        String fromJob = SourceFile.withoutPrefix(definition.dataSource());
        return fromJob == null || fromJob.isEmpty() ? null : new SourceFile(fromJob, null);
    }

    /**
     * The parameters of the run's first attempt; the input folder is fingerprinted here.
     *
     * @param html      whether the run publishes its web pages: the job file's {@code report.html}, unless {@code --no-html} said no
     * @param pairsFrom where the pairs come from: the job file's {@code pairs.from}, unless {@code --pairs} said otherwise
     */
    static JobParameters of(JobDefinition definition, Path inputDir, Path outputDir, LocalDate date, SourceFile source, boolean html,
                            PairSource pairsFrom) {
        JobParametersBuilder builder = new JobParametersBuilder();
        if (source != null && source.asOf() != null) {
            builder.addLocalDate(JobParameterNames.DATA_AS_OF, source.asOf(), false);
        }
        return builder
                .addLocalDate(JobParameterNames.RUN_DATE, date, true)
                .addString(JobParameterNames.INPUT_FINGERPRINT, Fingerprints.inputFingerprint(inputDir), true)
                .addString(JobParameterNames.OUTPUT_DIR, outputDir.toString(), true)
                .addString(JobParameterNames.INPUT_DIR, inputDir.toString(), false)
                .addString(JobParameterNames.JOB_NAME, definition.name(), false)
                .addDouble(JobParameterNames.MAX_REJECTED_SHARE, definition.maxRejectedShare(), false)
                .addString(JobParameterNames.PAGE_SIZE, definition.pageSize(), false)
                .addDouble(JobParameterNames.MIN_KNOWN_FIELDS, definition.minKnownFields(), false)
                .addString(JobParameterNames.DATA_SOURCE, source == null ? "" : source.source(), false)
                .addLong(JobParameterNames.KEEP_RUNS, (long) definition.keepRuns(), false)
                .addString(JobParameterNames.PDF_REPORTS, Boolean.toString(definition.pdfReports()), false)
                .addString(JobParameterNames.HTML_PAGES, Boolean.toString(html), false)
                .addLong(JobParameterNames.REPORT_THREADS, (long) definition.reportThreads(), false)
                .addString(JobParameterNames.PAIRS_FROM, pairsFrom.name().toLowerCase(Locale.ROOT), false)
                .addLong(JobParameterNames.RELATED_PER_ROLE, (long) definition.relatedPerRole(), false)
                .addDouble(JobParameterNames.RELATED_MIN_SCORE, definition.relatedMinScore(), false)
                .toJobParameters();
    }

    /** The parameters of attempt {@code n}: the first has no attempt parameter. */
    static JobParameters withAttempt(JobParameters parameters, int n) {
        return n <= 1 ? parameters : new JobParametersBuilder(parameters).addLong(JobParameterNames.ATTEMPT, (long) n, true).toJobParameters();
    }
}
