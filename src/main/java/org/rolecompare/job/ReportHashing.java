package org.rolecompare.job;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.rolecompare.files.ReportFiles;
import org.rolecompare.publish.HashAhead;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Starts hashing a run's reports for its manifest as soon as the report step has completed
 * ({@link HashAhead}: on one background thread, while the workbook and the role pages are written),
 * and hands what was hashed to the publish step. Why: the workbook and role-page steps leave a core
 * idle, and hashing the reports was most of publishing.
 *
 * <p>Listens to the report step (start) and to the job (a run that ends before publishing stops the
 * hashing). A restart whose report step had completed in an earlier execution hashes nothing ahead:
 * publishing then hashes every file, as it always could.
 */
@Component
class ReportHashing implements StepExecutionListener, JobExecutionListener {

    /** Most files hashed ahead per run, so that a run of a million reports holds a bounded map. */
    static final int MAX_FILES = 50_000;

    private final Map<Long, HashAhead> running = new ConcurrentHashMap<>();

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (ExitStatus.COMPLETED.getExitCode().equals(stepExecution.getExitStatus().getExitCode())) {
            RunSettings run = RunSettings.of(stepExecution);
            HashAhead ahead = HashAhead.start(run.stagingDir(), List.of(ReportFiles.PDF_FOLDER, ReportFiles.PAGE_FOLDER), MAX_FILES);
            HashAhead before = running.put(stepExecution.getJobExecutionId(), ahead);
            if (before != null) {
                before.cancel();
            }
        }
        return null;
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        HashAhead ahead = running.remove(jobExecution.getId());
        if (ahead != null) {
            ahead.cancel();
        }
    }

    /** The hashes made ahead for this job execution (stopping the hashing), or none. */
    Map<String, HashAhead.Hashed> take(long jobExecutionId) throws InterruptedException {
        HashAhead ahead = running.remove(jobExecutionId);
        return ahead == null ? Map.of() : ahead.finish();
    }
}
