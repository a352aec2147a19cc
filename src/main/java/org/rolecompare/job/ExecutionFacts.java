package org.rolecompare.job;

import java.nio.file.Path;

import org.rolecompare.files.RunFacts;
import org.rolecompare.staging.RunQueries;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The facts of a run, for a job execution or a step's settings: the run id and date, job name and
 * input folder come from the job parameters, the counts and findings from the staging tables.
 */
public final class ExecutionFacts {

    private ExecutionFacts() {
    }

    public static RunFacts of(RunQueries queries, JobExecution execution) {
        JobParameters p = execution.getJobParameters();
        return queries.facts(execution.getJobInstanceId(), p.getLocalDate(JobParameterNames.RUN_DATE),
                p.getString(JobParameterNames.JOB_NAME), Path.of(p.getString(JobParameterNames.INPUT_DIR)),
                PairSettings.of(p).findsRelated());
    }

    /** The facts of a run whose pairs are not (or not yet) known to come from related roles. */
    static RunFacts of(RunQueries queries, RunSettings run) {
        return queries.facts(run.runId(), run.runDate(), run.jobName(), run.inputDir(), false);
    }

    /** The facts of a run, counting the pairs from related roles when {@code pairs} finds them. */
    static RunFacts of(RunQueries queries, RunSettings run, PairSettings pairs) {
        return queries.facts(run.runId(), run.runDate(), run.jobName(), run.inputDir(), pairs.findsRelated());
    }
}
