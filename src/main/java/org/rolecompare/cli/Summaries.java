package org.rolecompare.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rolecompare.files.RunFacts;
import org.rolecompare.staging.RunQueries;
import org.rolecompare.validate.Finding;

/** The one-line summaries the commands print for operators and their logs. */
final class Summaries {

    private Summaries() {
    }

    static String runLine(RunFacts f, int exitCode) {
        return "role-compare: run " + f.runDate() + " of job " + f.jobName() + (exitCode == 0 ? " completed" : " completed with rejections")
                + ": roles " + n(f.rolesAccepted()) + " accepted, " + n(f.rolesRejected()) + " rejected; comparisons "
                + n(f.comparisonsWritten()) + " written" + origins(f) + ", " + n(f.comparisonsRejected()) + " rejected, "
                + n(f.comparisonsSkipped())
                + " skipped; findings "
                + n(f.errorFindings()) + " " + plural(f.errorFindings(), "error") + ", " + n(f.warningFindings()) + " "
                + plural(f.warningFindings(), "warning") + info(f) + " (exit " + exitCode + ")";
    }

    static String validationLine(RunFacts f) {
        return "role-compare: validated " + f.inputDir() + ": roles " + n(f.rolesAccepted()) + " accepted, " + n(f.rolesRejected())
                + " rejected; comparisons " + n(f.comparisonsWritten()) + " valid, " + n(f.comparisonsRejected() + f.comparisonsSkipped())
                + " rejected or skipped; "
                + n(f.errorFindings()) + " " + plural(f.errorFindings(), "error") + ", " + n(f.warningFindings()) + " "
                + plural(f.warningFindings(), "warning") + info(f);
    }

    /** " (L listed, R from related roles)" when the run finds related roles; nothing otherwise. */
    private static String origins(RunFacts f) {
        return f.comparisonsFromRelated() == null ? ""
                : " (" + n(f.comparisonsListed()) + " listed, " + n(f.comparisonsFromRelated()) + " from related roles)";
    }

    /** ", N info" when the run has info findings (they never change the exit code); nothing otherwise. */
    private static String info(RunFacts f) {
        return f.infoFindings() == 0 ? "" : ", " + n(f.infoFindings()) + " info";
    }

    /** A count with thousands grouped, "3,683", as the step and progress lines print it. */
    private static String n(long count) {
        return String.format(Locale.US, "%,d", count);
    }

    /**
     * The findings of a run as {@code validate} prints them: one line per rule with its count, then
     * the first {@code shown} findings, each on its own line.
     */
    static void printFindings(PrintWriter out, RunQueries queries, long runId, RunFacts facts, int shown) {
        queries.findingsByRule(runId).forEach((rule, n) -> out.println("  " + rule + ": " + n));
        List<Finding> first = new ArrayList<>();
        queries.forEachFinding(runId, f -> {
            if (first.size() < shown) {
                first.add(f);
            }
        });
        long total = facts.errorFindings() + facts.warningFindings() + facts.infoFindings();
        if (!first.isEmpty()) {
            out.println(total > first.size() ? "First " + first.size() + " of " + total + " findings:" : "Findings:");
            first.forEach(f -> out.println("  " + findingLine(f)));
        }
    }

    /**
     * A finding on one line: where, how severe, which rule, the message, and what was expected unless
     * the message already says it ("job_satisfaction is 6, expected a rating from 0 to 5").
     */
    static String findingLine(Finding f) {
        boolean saysExpected = f.expected().isEmpty() || f.message().contains(f.expected());
        return f.file() + ":" + f.line() + (f.column().isEmpty() ? "" : " [" + f.column() + "]") + " " + f.severity().label()
                + " " + f.rule().id() + (f.roleId().isEmpty() ? "" : " (" + f.roleId() + ")") + ": " + f.message()
                + (saysExpected ? "" : "; expected " + f.expected());
    }

    private static String plural(long n, String word) {
        return n == 1 ? word : word + "s";
    }
}
