package org.rolecompare.cluster;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.rolecompare.job.GracefulStop;
import org.rolecompare.job.ReportSteps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;

/**
 * Spring Batch's message-channel partition handler, polling the job repository, with two things
 * an operator needs: the requests leave in line order ({@code p0001} first, as locally), so the
 * early reports are done first whichever workers take them; and a timeout fails the step with a
 * {@link PartitionsTimedOutException} that says how many partitions were unfinished and what to
 * do, instead of a bare {@code TimeoutException}. It also stops waiting when the manager is asked to
 * stop (SIGTERM): the step ends STOPPED, so the run can be resumed, while the workers finish the
 * partitions they hold and discard the requests of the stopped run.
 */
class RemotePartitionHandler extends MessageChannelPartitionHandler {

    private static final Logger LOG = LoggerFactory.getLogger("role-compare");

    private final JobRepository jobRepository;
    private final String queue;
    private final Duration timeout;
    private final GracefulStop stop;

    RemotePartitionHandler(JobRepository jobRepository, String queue, Duration timeout, GracefulStop stop) {
        this.jobRepository = jobRepository;
        this.queue = queue;
        this.timeout = timeout;
        this.stop = stop;
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution managerStepExecution, Set<StepExecution> partitionStepExecutions)
            throws Exception {
        Set<StepExecution> inOrder = ReportSteps.inLineOrder(partitionStepExecutions);
        LOG.info("{}: sent {} partitions to queue {}; waiting for the workers (at most {})", managerStepExecution.getStepName(),
                inOrder.size(), queue, ClusterSettings.format(timeout));
        ExecutorService waiting = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "partition-poller");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Set<StepExecution>> done = waiting.submit(() -> super.doHandle(managerStepExecution, inOrder));
            while (true) {
                try {
                    return done.get(1, TimeUnit.SECONDS);
                } catch (TimeoutException notYet) {
                    if (stop.isRequested()) {
                        done.cancel(true);
                        throw new JobInterruptedException("stopped by SIGTERM while the workers rendered; the partitions they"
                                + " hold finish, the next run sends the others again", BatchStatus.STOPPED);
                    }
                } catch (ExecutionException failed) {
                    if (failed.getCause() instanceof TimeoutException) {
                        throw timedOut(inOrder);
                    }
                    throw failed.getCause() instanceof Exception e ? e : failed;
                }
            }
        } finally {
            waiting.shutdownNow();
        }
    }

    private PartitionsTimedOutException timedOut(Set<StepExecution> partitions) {
        long unfinished = partitions.stream()
                .map(p -> jobRepository.getStepExecution(p.getId()))
                .filter(p -> p == null || p.getStatus().isRunning())
                .count();
        return new PartitionsTimedOutException(unfinished, partitions.size(), timeout, queue);
    }
}
