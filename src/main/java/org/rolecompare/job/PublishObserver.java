package org.rolecompare.job;

/**
 * Told where the publish step stands at the instants a crash would harm most: before anything is
 * checked or written, between the two renames of a publish that replaces an earlier run folder of
 * the same date, and after the run folder was renamed into place but before the job is recorded
 * complete. These instants are too short to hit with a kill from outside, so the crash tests
 * provide an observer (src/test, {@code FaultInjection}) that halts the JVM there; the product has
 * no such bean, so nothing happens.
 */
interface PublishObserver {

    /** Does nothing: the product's behaviour. */
    PublishObserver NONE = new PublishObserver() {
    };

    /** At the start of the publish step. */
    default void beforePublish() {
    }

    /** The earlier run folder was renamed aside; the new one is not in place yet. */
    default void betweenReplaceRenames() {
    }

    /** The run folder was renamed into place; the job is not recorded complete yet. */
    default void afterPublishRename() {
    }
}
