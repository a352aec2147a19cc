package org.rolecompare.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.rolecompare.job.JobNames;
import org.rolecompare.job.JobParameterNames;
import org.rolecompare.job.StagingOwnership;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Whether an unfinished run may resume with this command's web-page setting ({@code report.html},
 * {@code --no-html}) and PDF setting ({@code report.pdf}). The web-page setting decides what three
 * steps write: the report step each comparison's page beside its PDF, the workbook and
 * comparisons.csv a link to it, the web pages step the role pages and the index; the PDF setting
 * likewise the PDFs, the {@code report} links and the pages' links to them. A step that completed is
 * not run again, so a run resumed with the other setting would publish links to files that were
 * never written, or files that a run without them must not have. An unfinished run therefore
 * resumes only with the settings it was started with; others are refused before the attempt
 * starts, so nothing is written and the run stays resumable, and one line says what to give: the
 * run's own setting, or, to change it, the staging folder to delete so that the run starts afresh.
 *
 * @param jobFilePages the job file's {@code report.html}
 * @param noHtml       whether {@code --no-html} was given
 * @param pdf          the job file's {@code report.pdf}
 * @param jobSource    where the job file's settings come from, as {@link JobOptions#source()} says it
 */
record OutputSettingsOnResume(boolean jobFilePages, boolean noHtml, boolean pdf, String jobSource) {

    /** Whether this command asks for web pages. */
    boolean pages() {
        return jobFilePages && !noHtml;
    }

    /**
     * Why {@code attempt} cannot run with this command's settings, or {@code null} when it can: it
     * can when it is a new attempt, when every execution of the attempt had these settings, or when
     * its staging folder is gone (nothing is left to resume but the check of a run already published).
     */
    String refusal(JobRepository repository, JobParameters attempt, LocalDate date) {
        JobInstance instance = repository.getJobInstance(JobNames.COMPARISON, attempt);
        if (instance == null) {
            return null;
        }
        List<JobExecution> executions = repository.getJobExecutions(instance);
        Set<Boolean> started = startedWith(executions, JobParameterNames.HTML_PAGES);
        Set<Boolean> startedPdf = startedWith(executions, JobParameterNames.PDF_REPORTS);
        boolean pagesDiffer = !started.isEmpty() && !started.equals(Set.of(pages()));
        boolean pdfDiffers = !startedPdf.isEmpty() && !startedPdf.equals(Set.of(pdf));
        if (!pagesDiffer && !pdfDiffers) {
            return null;
        }
        JobExecution last = repository.getJobExecution(repository.getLastJobExecution(instance).getId());
        Optional<Path> staging = StagingOwnership.stagingFolderOf(last).filter(Files::isDirectory);
        if (staging.isEmpty()) {
            return null;
        }
        String afresh = "delete its staging folder " + staging.get() + " and run this command again: the run then starts afresh";
        return pagesDiffer ? pagesRefusal(started, date, afresh) : pdfRefusal(startedPdf, date, afresh);
    }

    /** The values {@code setting} had in {@code executions} (a setting not given counts as true). */
    private static Set<Boolean> startedWith(List<JobExecution> executions, String setting) {
        return executions.stream().map(e -> !"false".equals(e.getJobParameters().getString(setting))).collect(Collectors.toSet());
    }

    private String pdfRefusal(Set<Boolean> started, LocalDate date, String afresh) {
        if (started.size() > 1) {
            return "the unfinished run of " + date + " was attempted both with and without PDF reports (report.pdf), so it cannot"
                    + " be resumed either way; " + afresh + ".";
        }
        return "the unfinished run of " + date + " was started with report.pdf: " + !pdf + ", but " + jobSource + " now says report.pdf: "
                + pdf + "; set report.pdf: " + !pdf + " again to resume it, or, to publish it with report.pdf: " + pdf + ", " + afresh + ".";
    }

    private String pagesRefusal(Set<Boolean> started, LocalDate date, String afresh) {
        if (started.size() > 1) {
            return "the unfinished run of " + date + " was attempted both with and without web pages (report.html), so it cannot"
                    + " be resumed either way; " + afresh + ".";
        }
        if (pages()) {
            return "the unfinished run of " + date + " was started without web pages (--no-html or report.html: false), but this"
                    + " command asks for them (report.html: true in " + jobSource + "); give the same command with --no-html to resume"
                    + " it, or, to publish it with web pages, " + afresh + ".";
        }
        return "the unfinished run of " + date + " was started with web pages (report.html: true), but this command asks for none ("
                + offBy() + "); " + toResumeWithPages() + " to resume it, or, to publish it without web pages, " + afresh + ".";
    }

    /** What turned the pages off in this command. */
    private String offBy() {
        return noHtml ? "--no-html" : "report.html: false in " + jobSource;
    }

    /** What to change so that this command asks for pages. */
    private String toResumeWithPages() {
        String jobFile = "set report.html: true in " + jobSource;
        if (!noHtml) {
            return jobFile + " and give the same command";
        }
        return jobFilePages ? "give the same command without --no-html" : "leave out --no-html and " + jobFile;
    }
}
