package org.rolecompare.job;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition of the report step: the accepted comparisons from {@code firstLine} to
 * {@code lastLine} of comparisons.csv, {@code reports} of them. It travels in the partition's
 * execution context, which the job repository stores, so a restarted or remote worker reads the
 * same range the manager cut.
 */
record LineRange(long firstLine, long lastLine, long reports) {

    static final String FIRST_LINE = "pdfReports.first-line";
    static final String LAST_LINE = "pdfReports.last-line";
    static final String REPORTS = "pdfReports.reports";

    ExecutionContext toContext() {
        ExecutionContext context = new ExecutionContext();
        context.putLong(FIRST_LINE, firstLine);
        context.putLong(LAST_LINE, lastLine);
        context.putLong(REPORTS, reports);
        return context;
    }

    static LineRange of(ExecutionContext context) {
        return new LineRange(context.getLong(FIRST_LINE), context.getLong(LAST_LINE), context.getLong(REPORTS));
    }
}
