package org.rolecompare.job;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

/**
 * A stop request (SIGTERM) honoured by the running step itself: after the chunk that is being
 * processed commits, the step marks its own execution terminate-only and ends as STOPPED, with
 * its reader position saved, so the next run resumes right there. In the partitioned report step
 * every running partition stops at its own chunk boundary and the ones not started yet stop before
 * their first chunk, so the run ends STOPPED and a restart resumes each unfinished partition.
 * (Stopping through the job repository from another thread raced with the step's own updates in
 * Spring Batch 6.0 and could lose the saved position.)
 */
@Component
public class GracefulStop {

    private final AtomicBoolean requested = new AtomicBoolean();

    /** Asks the running step to stop at its next chunk boundary. */
    public void request() {
        requested.set(true);
    }

    public boolean isRequested() {
        return requested.get();
    }

    /**
     * A listener that applies the request at chunk boundaries. It keeps no state, so one instance
     * serves every partition of a partitioned step, each on its own thread.
     */
    Listener listener() {
        return new Listener();
    }

    /** Applies a pending stop request to the step execution it is called for. */
    final class Listener implements StepExecutionListener, ChunkListener<Object, Object> {

        /** Also before the first chunk: a partition that starts after the request stops at once. */
        @Override
        public void beforeStep(StepExecution stepExecution) {
            apply(stepExecution);
        }

        @Override
        public void afterChunk(Chunk<Object> chunk) {
            StepContext context = StepSynchronizationManager.getContext();
            if (context != null) {
                apply(context.getStepExecution());
            }
        }

        private void apply(StepExecution step) {
            if (requested.get()) {
                step.setTerminateOnly();
            }
        }
    }
}
