package org.rolecompare.cluster;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;

/**
 * Runs one partition request on this worker, after checking that it is still wanted. A request can
 * outlive its run: the manager timed out or was replaced by a restart while the request waited in
 * the queue. Such a request is discarded with a log line, so a worker never renders for a run that
 * is over (the restart sent its own requests for what was unfinished). A redelivered request of a
 * partition that a dead worker left STARTED is wanted: it resumes from the last committed chunk.
 */
class PartitionRequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger("role-compare");

    private final JobRepository jobRepository;
    private final StepExecutionRequestHandler delegate;
    private final AtomicInteger running = new AtomicInteger();

    PartitionRequestHandler(JobRepository jobRepository, StepExecutionRequestHandler delegate) {
        this.jobRepository = jobRepository;
        this.delegate = delegate;
    }

    /** Handles one request; returns nothing, so the flow ends here and the message is acknowledged. */
    public void handle(StepExecutionRequest request) {
        running.incrementAndGet();
        try {
            run(request);
        } catch (RuntimeException e) {
            // acknowledged and dropped: redelivering it at once would fail the same way, over and over
            LOG.error("worker: could not run the request for step execution {} ({}); it is dropped, so its partition stays"
                    + " unfinished until the manager's cluster.timeout fails the run and the next run sends it again",
                    request.getStepExecutionId(), e.toString(), e);
        } finally {
            running.decrementAndGet();
        }
    }

    /** Partitions this worker is rendering now. */
    int running() {
        return running.get();
    }

    private void run(StepExecutionRequest request) {
        StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
        String why = staleReason(partition);
        if (why != null) {
            LOG.warn("worker: discarded the request for {} (step execution {}): {}",
                    partition == null ? request.getStepName() : partition.getStepName(), request.getStepExecutionId(), why);
            return;
        }
        boolean resumed = partition.getStatus() == BatchStatus.STARTED;
        LOG.info("worker: {} of job execution {}: {}", partition.getStepName(), partition.getJobExecutionId(),
                resumed ? "resuming from its last committed chunk (" + partition.getWriteCount() + " reports were committed)" : "started");
        StepExecution done = delegate.handle(request);
        Duration took = done.getStartTime() == null ? Duration.ZERO
                : Duration.between(done.getStartTime(), done.getEndTime() == null ? LocalDateTime.now() : done.getEndTime());
        LOG.info("worker: {} of job execution {}: {}, {} reports written in {} s", done.getStepName(), done.getJobExecutionId(),
                done.getStatus().toString().toLowerCase(Locale.ROOT), done.getWriteCount(),
                String.format(Locale.ROOT, "%.1f", took.toMillis() / 1000.0));
    }

    /** Why the request is no longer wanted, or null when it is. */
    static String staleReason(StepExecution partition) {
        if (partition == null) {
            return "no such step execution in the job repository";
        }
        if (partition.getJobExecution() != null && partition.getJobExecution().getEndTime() != null) {
            return "its job execution " + partition.getJobExecutionId() + " has ended ("
                    + partition.getJobExecution().getStatus() + ")";
        }
        BatchStatus status = partition.getStatus();
        if (status != BatchStatus.STARTING && status != BatchStatus.STARTED) {
            return "it is already " + status;
        }
        return null;
    }
}
