package org.rolecompare.report.content;

/**
 * The lines a report prints under its subtitle that come from outside the pair's two profiles: how
 * related the roles are, when the run found them related, and what changed since the previous run.
 * One value, so that the PDF and the web page of a report are handed the same lines.
 *
 * @param related "Related: 0.71 — shared skills Patients, Patient Care", or {@code null}
 * @param change  "Average salary of Patient Account Manager up 3.1% since 2026-11-26.", or {@code null}
 */
public record ReportNotes(String related, String change) {

    /** No lines: a pair without a related score in a run without a previous one. */
    public static final ReportNotes NONE = new ReportNotes(null, null);
}
