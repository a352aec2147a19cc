package org.rolecompare.job;

/** The process exit codes operators script against; documented in the README. */
public final class ExitCodes {

    /** Completed with no errors (warnings allowed). */
    public static final int OK = 0;
    /** Failed: nothing was published. */
    public static final int FAILED = 1;
    /** Completed, but some rows or comparisons were rejected; reports were written for the rest. */
    public static final int REJECTIONS = 2;
    /** Completed and published, but some mail was not delivered; {@code deliver} re-sends it. */
    public static final int DELIVERY_INCOMPLETE = 3;
    /** The command line or the job file is wrong. */
    public static final int USAGE = 64;
    /** Another run holds the database; try again later (sysexits EX_TEMPFAIL). */
    public static final int LOCKED = 75;
    /** Stopped by SIGTERM at a chunk boundary; the next run resumes (128 + 15, set by the JVM). */
    public static final int TERMINATED = 143;

    private ExitCodes() {
    }
}
