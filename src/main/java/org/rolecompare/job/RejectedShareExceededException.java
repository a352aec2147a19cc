package org.rolecompare.job;

/**
 * More roles were rejected than the job allows. The run fails and publishes nothing: a broken feed
 * must not turn into a thin report that gets emailed.
 */
public class RejectedShareExceededException extends RuntimeException {

    public RejectedShareExceededException(String message) {
        super(message);
    }
}
