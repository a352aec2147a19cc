package org.rolecompare.report.html;

import java.time.LocalDate;

/**
 * What every page of a run's site knows about the run: its date and job, shown in each page's
 * footer (the only date a page carries, so the same run date gives the same bytes), and whether the
 * run wrote PDFs, which the pages then link to.
 */
public record SiteRun(LocalDate runDate, String jobName, boolean pdfs) {

    /** The footer line, "Run of 2026-11-27 · job nightly". */
    String footer() {
        return "Run of " + runDate + " \u00b7 job " + jobName;
    }
}
