package org.rolecompare.publish;

/**
 * Fault injection for the crash tests: the points of the publish sequence where a crash is most
 * harmful are too short to hit with a kill from outside, so a test names one in the system
 * property {@code rolecompare.test.crash-at} of a child JVM, which then halts there as abruptly
 * as {@code kill -9} would (no shutdown hooks, no database close). Without the property, and in
 * production, nothing happens.
 */
public final class CrashPoints {

    /** After the run folder was renamed into place, before the job is recorded complete. */
    public static final String AFTER_PUBLISH_RENAME = "after-publish-rename";
    /** Between the two renames of a publish that replaces an earlier run folder of the same date. */
    public static final String BETWEEN_REPLACE_RENAMES = "between-replace-renames";
    /** At the start of the publish step, before anything is checked or written. */
    public static final String BEFORE_PUBLISH = "before-publish";

    static final String PROPERTY = "rolecompare.test.crash-at";
    /** The exit status of a process killed by SIGKILL (128 + 9). */
    static final int KILLED = 137;

    private CrashPoints() {
    }

    /** Halts the JVM at once when the test property names this point. */
    public static void reached(String point) {
        if (point.equals(System.getProperty(PROPERTY))) {
            Runtime.getRuntime().halt(KILLED);
        }
    }
}
