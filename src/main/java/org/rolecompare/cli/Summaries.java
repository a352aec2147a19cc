package org.rolecompare.cli;

import org.rolecompare.report.RunFacts;
import org.rolecompare.validate.Finding;

/** The one-line summaries the commands print for operators and their logs. */
final class Summaries {

    private Summaries() {
    }

    static String runLine(RunFacts f, int exitCode) {
        return "role-compare: run " + f.runDate() + " of job " + f.jobName() + (exitCode == 0 ? " completed" : " completed with rejections")
                + ": roles " + f.rolesAccepted() + " accepted, " + f.rolesRejected() + " rejected; comparisons "
                + f.comparisonsWritten() + " written, " + f.comparisonsRejected() + " rejected, " + f.comparisonsSkipped()
                + " skipped; findings "
                + f.errorFindings() + " " + plural(f.errorFindings(), "error") + ", " + f.warningFindings() + " "
                + plural(f.warningFindings(), "warning") + info(f) + " (exit " + exitCode + ")";
    }

    static String validationLine(RunFacts f) {
        return "role-compare: validated " + f.inputDir() + ": roles " + f.rolesAccepted() + " accepted, " + f.rolesRejected()
                + " rejected; comparisons " + f.comparisonsWritten() + " valid, " + (f.comparisonsRejected() + f.comparisonsSkipped())
                + " rejected or skipped; "
                + f.errorFindings() + " " + plural(f.errorFindings(), "error") + ", " + f.warningFindings() + " "
                + plural(f.warningFindings(), "warning") + info(f);
    }

    /** ", N info" when the run has info findings (they never change the exit code); nothing otherwise. */
    private static String info(RunFacts f) {
        return f.infoFindings() == 0 ? "" : ", " + f.infoFindings() + " info";
    }

    static String findingLine(Finding f) {
        return f.file() + ":" + f.line() + (f.column().isEmpty() ? "" : " [" + f.column() + "]") + " " + f.severity().label()
                + " " + f.rule().id() + (f.roleId().isEmpty() ? "" : " (" + f.roleId() + ")") + ": " + f.message()
                + (f.expected().isEmpty() ? "" : "; expected " + f.expected());
    }

    private static String plural(long n, String word) {
        return n == 1 ? word : word + "s";
    }
}
