package org.rolecompare.job;

/** An accepted comparison to report on, with the line of comparisons.csv it came from. */
record ComparisonTask(long line, String leftId, String rightId) {

    /** The report's file name; ids passed the slug rule, so the name cannot leave the pdf folder. */
    String pdfFileName() {
        return leftId + "-vs-" + rightId + ".pdf";
    }

    String pdfPath() {
        return "pdf/" + pdfFileName();
    }
}
