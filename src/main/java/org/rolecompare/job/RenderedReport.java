package org.rolecompare.job;

import org.rolecompare.staging.ComparisonTask;

/**
 * A comparison's rendered files waiting to be written to the run's staging folder: its PDF and
 * its web page, either {@code null} when the run makes none ({@code report.pdf}, {@code report.html}).
 */
record RenderedReport(ComparisonTask task, byte[] pdf, byte[] page) {
}
