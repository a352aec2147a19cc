package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The one line {@code history} prints under a failed run: the first line of what the job recorded,
 * and, for a run that recorded nothing (its process was killed), what that most likely means and
 * where to look, rather than a bare "no reason".
 */
class HistoryReasonTests {

    @Test
    void aFailureRecordedByTheJobIsItsFirstLine() {
        // given
        JobExecution execution = execution(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription("comparisons.csv lists no pairs: nothing to compare\nmore detail"));

        // when
        String reason = HistoryCommand.reason(execution);

        // then
        assertThat(reason).isEqualTo("comparisons.csv lists no pairs: nothing to compare");
    }

    @Test
    void aRunThatRecordedNothingSaysWhatThatMeansAndWhereToLook() {
        // given
        JobExecution execution = execution(BatchStatus.FAILED);

        // when
        String reason = HistoryCommand.reason(execution);

        // then
        assertThat(reason).isEqualTo(
                "no reason recorded: the process ended without saying why (killed, or the machine stopped); its log file may tell more");
    }

    private static JobExecution execution(BatchStatus status) {
        JobExecution execution = new JobExecution(7, new JobInstance(3, "comparisonJob"), new JobParameters());
        execution.setStatus(status);
        return execution;
    }
}
