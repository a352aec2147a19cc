package org.rolecompare.job;

/**
 * Names of the job parameters. The run date, the input fingerprint and the output folder identify
 * a run; the rest are settings that may change on a restart.
 */
public final class JobParameterNames {

    public static final String RUN_DATE = "run.date";
    public static final String INPUT_FINGERPRINT = "input.fingerprint";
    public static final String OUTPUT_DIR = "output.dir";
    /**
     * Identifying, from the second attempt on: the attempt at publishing the same date, input and
     * output folder again, when the folder no longer holds what the completed attempt published.
     * Absent on the first attempt, so runs recorded before it existed keep their identity.
     */
    public static final String ATTEMPT = "run.attempt";
    public static final String INPUT_DIR = "input.dir";
    public static final String JOB_NAME = "job.name";
    public static final String MAX_REJECTED_SHARE = "max.rejected.share";
    public static final String PAGE_SIZE = "report.page.size";
    /**
     * Where the data comes from, without a leading "Source:" (e.g. "U.S. Bureau of Labor Statistics,
     * OEWS May 2024"): {@code --data-source}, else the input's source.txt, else the job file's
     * {@code report.data-source}. Empty or absent when none of them names one.
     */
    public static final String DATA_SOURCE = "report.data.source";

    /** The date the input data describes (source.txt's {@code as-of:} line); absent when unknown. */
    public static final String DATA_AS_OF = "data-as-of";

    /** Share (0–1) of a role's key fields below which it gets a sparse-role info finding. */
    public static final String MIN_KNOWN_FIELDS = "thresholds.min-known-fields";

    /** Whether the run renders PDF reports ("true"/"false"); off for workbook-only runs. */
    public static final String PDF_REPORTS = "report.pdf";

    /** Whether the run publishes its web pages, {@code html/} ("true"/"false"); absent means true. */
    public static final String HTML_PAGES = "report.html";

    /** Threads rendering PDF report partitions at once; 0 (or absent) means one per core. */
    public static final String REPORT_THREADS = "report.threads";

    /** Where the pairs come from: a {@link PairSource} in lower case; absent means listed. */
    public static final String PAIRS_FROM = "pairs.from";

    /** Related roles kept per role, when the run finds them. */
    public static final String RELATED_PER_ROLE = "pairs.related.per-role";

    /** The lowest related score kept (0–1), when the run finds related roles. */
    public static final String RELATED_MIN_SCORE = "pairs.related.min-score";

    /** How many run folders and staged runs to keep. */
    public static final String KEEP_RUNS = "retention.keep-runs";

    /** Job execution context key holding the run's exit code (0 or 2) once it is published. */
    public static final String EXIT_CODE = "role-compare.exit.code";

    private JobParameterNames() {
    }
}
