package org.rolecompare.cluster;

import java.time.Duration;

/**
 * The manager gave up waiting for the workers ({@code cluster.timeout}). The run fails and
 * publishes nothing; the next run recovers it and sends only the partitions that did not complete.
 */
public class PartitionsTimedOutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PartitionsTimedOutException(long unfinished, int partitions, Duration timeout, String queue) {
        super("the workers did not finish " + unfinished + " of " + partitions + " report partitions within "
                + ClusterSettings.format(timeout) + " (cluster.timeout); nothing was published. Check that"
                + " workers are running (role-compare worker) and take requests from queue " + queue
                + ", then run the same command again: completed partitions are kept, only the others are sent again.");
    }
}
