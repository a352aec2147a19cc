package org.rolecompare.job;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

/**
 * A stop request (SIGTERM) honoured by the running step itself: after the chunk that is being
 * processed commits, the step marks its own execution terminate-only and ends as STOPPED, with
 * its reader position saved, so the next run resumes right there. (Stopping through the job
 * repository from another thread raced with the step's own updates in Spring Batch 6.0 and could
 * lose the saved position.)
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

    /** A listener for one chunk step that applies the request at chunk boundaries. */
    Listener listener() {
        return new Listener();
    }

    /** Applies a pending stop request to the step it listens to. */
    final class Listener implements StepExecutionListener, ChunkListener<Object, Object>, ItemWriteListener<Object> {

        private StepExecution step;

        @Override
        public void beforeStep(StepExecution stepExecution) {
            step = stepExecution;
            apply();
        }

        @Override
        public void afterChunk(Chunk<Object> chunk) {
            apply();
        }

        @Override
        public void afterChunk(ChunkContext context) {
            apply();
        }

        /** Also after each write: with items rendered in parallel the chunk callbacks are not all made. */
        @Override
        public void afterWrite(Chunk<? extends Object> items) {
            apply();
        }

        private void apply() {
            if (requested.get() && step != null) {
                step.setTerminateOnly();
            }
        }
    }
}
