package org.rolecompare.cluster;

import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;

/**
 * How a worker stops on SIGTERM without losing or failing a partition. It stops taking requests
 * (the listener cancels its consumers) and gives the partitions it is rendering
 * {@code cluster.worker-stop-timeout} to finish. A partition still running after that must not
 * be failed by closing the application under it: the worker then halts at once, as if killed, so
 * the broker hands the unacknowledged request to another worker, which resumes the partition from
 * its last committed chunk. {@code role-compare worker} does the halting; this says when.
 */
public class WorkerShutdown {

    private final SimpleMessageListenerContainer listener;
    private final PartitionRequestHandler handler;

    WorkerShutdown(SimpleMessageListenerContainer listener, PartitionRequestHandler handler) {
        this.listener = listener;
        this.handler = handler;
    }

    /**
     * Stops taking requests and waits, at most the stop timeout, for the running partitions;
     * returns how many are still running (0: the worker can close normally).
     */
    public int stopTaking() {
        listener.stop();
        return handler.running();
    }
}
