package org.rolecompare.job;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.batch.core.step.StepExecution;

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

    /**
     * The partitions of the report step in line order ({@code p0001}, {@code p0002}, …), the order
     * both partition handlers hand them out in: the early reports are done first, and a failure or
     * stop leaves the early lines done and the late ones to do, the same way on every run.
     */
    public static Set<StepExecution> inLineOrder(Set<StepExecution> partitions) {
        return partitions.stream()
                .sorted(Comparator.comparing(StepExecution::getStepName))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
