package org.rolecompare.job;

/**
 * Told about each PDF report just before it is rendered, on the thread that renders it. The product
 * has no such bean, so nothing happens; tests provide one (src/test, {@code FaultInjection}) to slow
 * a run down so it can be killed mid-step, or to make reports fail part-way through a run, without
 * the product carrying options or job parameters for that.
 */
interface ReportRenderObserver {

    /** Does nothing: the product's behaviour. */
    ReportRenderObserver NONE = (runId, line) -> {
    };

    /**
     * @param runId the run the report belongs to
     * @param line  the line of the comparison in comparisons.csv
     */
    void beforeRender(long runId, long line) throws InterruptedException;
}
