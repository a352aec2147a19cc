package org.rolecompare.staging;

import org.rolecompare.files.ReportFiles;

/**
 * An accepted comparison to report on, with the line of comparisons.csv it came from. Its PDF and
 * its web page share one base name, {@code LEFT-vs-RIGHT} ({@link ReportFiles}).
 */
public record ComparisonTask(long line, String leftId, String rightId) {

    /** The comparison's PDF relative to the run folder. */
    public String pdfPath() {
        return ReportFiles.pdfPath(leftId, rightId);
    }

    /** The comparison's web page relative to the run folder. */
    public String pagePath() {
        return ReportFiles.pagePath(leftId, rightId);
    }
}
