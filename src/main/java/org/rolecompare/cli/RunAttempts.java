package org.rolecompare.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.rolecompare.job.JobNames;
import org.rolecompare.job.JobParameterNames;
import org.rolecompare.job.StagingOwnership;
import org.rolecompare.publish.PublishedRun;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;

/**
 * The attempts (job instances) of one run in the job repository: which one a {@code run} starts or
 * restarts, and which one completed. The same date, input and output folder are one run, but a run
 * whose published folder no longer shows it, or whose unfinished staging folder is gone, has to run
 * again as a new attempt; this decision, and the line that says why, is kept apart from the command
 * that launches the job.
 */
final class RunAttempts {

    private final JobRepository repository;
    private final PrintWriter out;

    RunAttempts(BatchSession session, PrintWriter out) {
        this.repository = session.bean(JobRepository.class);
        this.out = out;
    }

    /**
     * The job parameters to run with, or {@code null} when there is nothing to do. The same date,
     * input and output folder are one run, which may take several attempts (job instances): the
     * latest one is started or restarted unless it completed. A completed attempt means nothing to do
     * only while the published folder still holds it: its manifest records this input's fingerprint
     * and its files match the manifest. Otherwise the next attempt runs and publishes again, and one
     * line says why. An unfinished attempt whose staging folder is gone (deleted by hand, or removed
     * as abandoned) cannot resume its files, so unless its run is already published whole, the next
     * attempt starts afresh, with a line saying so.
     */
    JobParameters toRun(JobParameters parameters, Path published, LocalDate date) {
        int attempt = latestAttempt(parameters);
        JobParameters latest = RunParameters.withAttempt(parameters, attempt);
        JobInstance instance = repository.getJobInstance(JobNames.COMPARISON, latest);
        JobExecution last = instance == null ? null : repository.getLastJobExecution(instance);
        if (last == null || last.getStatus() != BatchStatus.COMPLETED) {
            String lost = last == null ? null : whyStartAfresh(repository.getJobExecution(last.getId()), published, date);
            if (lost == null) {
                return latest;
            }
            out.println("role-compare: " + lost + "; starting this input's run afresh.");
            return RunParameters.withAttempt(parameters, attempt + 1);
        }
        String why = whyPublishAgain(published, date, parameters.getString(JobParameterNames.INPUT_FINGERPRINT));
        if (why == null) {
            return null;
        }
        out.println("role-compare: " + why + "; publishing this input again.");
        return RunParameters.withAttempt(parameters, attempt + 1);
    }

    /** The last execution of the newest attempt of this run, or {@code null}. */
    JobExecution completedExecution(JobParameters parameters) {
        JobInstance instance = repository.getJobInstance(JobNames.COMPARISON,
                RunParameters.withAttempt(parameters, latestAttempt(parameters)));
        return instance == null ? null : repository.getLastJobExecution(instance);
    }

    /** The number of the newest attempt of this run; 1 when there is none yet. */
    private int latestAttempt(JobParameters parameters) {
        int attempt = 1;
        while (repository.getJobInstance(JobNames.COMPARISON, RunParameters.withAttempt(parameters, attempt + 1)) != null) {
            attempt++;
        }
        return attempt;
    }

    /**
     * Why an unfinished execution cannot resume, or {@code null} when it can: it can unless it has
     * no staging folder of its own (it was staged by a version that shared folders between job
     * repositories), or its staging folder is gone and the published folder is not its run, whole
     * (a crash just after the publish rename leaves exactly that, and the restart completes it).
     */
    private static String whyStartAfresh(JobExecution unfinished, Path published, LocalDate date) {
        Optional<Path> staging = StagingOwnership.stagingFolderOf(unfinished);
        if (staging.isEmpty()) {
            return "the unfinished run of " + date + " has no staging folder of its own (an earlier version staged it)";
        }
        if (Files.isDirectory(staging.get())) {
            return null;
        }
        Optional<PublishedRun> run = PublishedRun.read(published).filter(p -> p.publishedFrom(staging.get().getFileName().toString()));
        if (run.isPresent() && run.get().firstDifference().isEmpty()) {
            return null;
        }
        return "the staging folder of the unfinished run of " + date + " (" + staging.get() + ") is gone";
    }

    /** Why the published folder of a completed run no longer shows it, or {@code null} when it does. */
    private static String whyPublishAgain(Path published, LocalDate date, String fingerprint) {
        Optional<PublishedRun> run = PublishedRun.read(published);
        if (run.isEmpty()) {
            return Files.exists(published) ? "the published folder of " + date + " has no readable manifest"
                    : "the published folder of " + date + " is missing";
        }
        if (run.get().inputFingerprint() == null) {
            return "the published folder of " + date + " does not record which input it was made from";
        }
        if (!run.get().inputFingerprint().equals(fingerprint)) {
            return "the published folder of " + date + " holds another input's run";
        }
        return run.get().firstDifference().map(d -> "the published folder of " + date + " no longer matches its manifest (" + d + ")")
                .orElse(null);
    }
}
