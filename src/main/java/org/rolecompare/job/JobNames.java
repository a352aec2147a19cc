package org.rolecompare.job;

/**
 * The names of the two Batch jobs, as the job repository stores them. The commands look runs up by
 * these names (history, restart, the previous run for change detection), so they are written once.
 */
public final class JobNames {

    /** The nightly job: ingest, cross-check, changes, reports, workbook, publish. */
    public static final String COMPARISON = "comparisonJob";

    /** The validate command's job: ingest, cross-check and the data-quality outputs only. */
    public static final String VALIDATION = "validationJob";

    private JobNames() {
    }
}
