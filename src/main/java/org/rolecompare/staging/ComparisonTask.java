package org.rolecompare.staging;

/** An accepted comparison to report on, with the line of comparisons.csv it came from. */
public record ComparisonTask(long line, String leftId, String rightId) {

    /** The report's file name; ids passed the slug rule, so the name cannot leave the pdf folder. */
    public String pdfFileName() {
        return leftId + "-vs-" + rightId + ".pdf";
    }

    public String pdfPath() {
        return "pdf/" + pdfFileName();
    }
}
