package org.rolecompare.job;

/**
 * The names of the partitioned PDF step: the manager step that cuts the comparisons into
 * partitions, and the worker step that renders one partition. Cluster mode sends requests for the
 * worker step to other processes, which look the step up by this name.
 */
public final class ReportSteps {

    /** The manager step of the job. */
    public static final String MANAGER = "pdfReports";

    /** The worker step; its executions are named {@code pdfReportsWorker:p0001}, {@code …:p0002}, … */
    public static final String WORKER = "pdfReportsWorker";

    private ReportSteps() {
    }
}
