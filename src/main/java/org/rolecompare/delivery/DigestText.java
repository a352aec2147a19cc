package org.rolecompare.delivery;

import java.util.List;

/**
 * The words of a digest, once as plain text and once as HTML with the same content: the run's
 * counts, whether anything was rejected, the largest changes since the previous run, and which
 * reports are attached to this part.
 */
final class DigestText {

    private DigestText() {
    }

    static String plain(PublishedRun run, int reportsInDigest, List<PublishedRun.Report> attached, int part, int parts) {
        StringBuilder s = new StringBuilder();
        s.append("role-compare ").append(run.job()).append(": run of ").append(run.runDate()).append("\n\n");
        for (String[] line : summary(run)) {
            s.append(line[0]).append(": ").append(line[1]).append('\n');
        }
        s.append('\n').append(rejections(run)).append("\n\n");
        for (String change : run.changes()) {
            s.append(change.startsWith("Since ") ? change : "- " + change).append('\n');
        }
        if (!run.changes().isEmpty()) {
            s.append('\n');
        }
        s.append(attachedLine(reportsInDigest, attached.size(), part, parts)).append('\n');
        for (PublishedRun.Report report : attached) {
            s.append("- ").append(report.leftRoleId()).append(" vs ").append(report.rightRoleId())
                    .append(" (").append(report.fileName()).append(")\n");
        }
        s.append("\nThe workbook comparisons.xlsx and data-quality.csv are in the run folder ")
                .append(run.dir().getFileName()).append(".\n");
        return s.toString();
    }

    static String html(PublishedRun run, int reportsInDigest, List<PublishedRun.Report> attached, int part, int parts) {
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(escape("role-compare " + run.job() + ": run of " + run.runDate()))
                .append("</title></head>\n<body style=\"font-family: sans-serif\">\n");
        s.append("<h2>").append(escape("role-compare " + run.job() + ": run of " + run.runDate())).append("</h2>\n");
        s.append("<table>\n");
        for (String[] line : summary(run)) {
            s.append("<tr><th style=\"text-align: left\">").append(escape(line[0])).append("</th><td>")
                    .append(escape(line[1])).append("</td></tr>\n");
        }
        s.append("</table>\n<p>").append(escape(rejections(run))).append("</p>\n");
        if (!run.changes().isEmpty()) {
            s.append("<p>").append(escape(run.changes().get(0))).append("</p>\n<ul>\n");
            for (String change : run.changes().subList(1, run.changes().size())) {
                s.append("<li>").append(escape(change)).append("</li>\n");
            }
            s.append("</ul>\n");
        }
        s.append("<p>").append(escape(attachedLine(reportsInDigest, attached.size(), part, parts))).append("</p>\n<ul>\n");
        for (PublishedRun.Report report : attached) {
            s.append("<li>").append(escape(report.leftRoleId() + " vs " + report.rightRoleId()))
                    .append(" (").append(escape(report.fileName())).append(")</li>\n");
        }
        s.append("</ul>\n<p>The workbook comparisons.xlsx and data-quality.csv are in the run folder ")
                .append(escape(run.dir().getFileName().toString())).append(".</p>\n</body></html>\n");
        return s.toString();
    }

    private static List<String[]> summary(PublishedRun run) {
        return List.of(
                new String[] {"Roles", run.rolesAccepted() + " accepted, " + run.rolesRejected() + " rejected"},
                new String[] {"Comparisons", run.comparisonsWritten() + " written, " + run.comparisonsRejected() + " rejected, "
                        + run.comparisonsSkipped() + " skipped"},
                new String[] {"Findings", run.errorFindings() + " errors, " + run.warningFindings() + " warnings"},
                new String[] {"Exit code", String.valueOf(run.exitCode())});
    }

    private static String rejections(PublishedRun run) {
        return run.rolesRejected() + run.comparisonsRejected() + run.comparisonsSkipped() == 0
                ? "No rows or comparisons were rejected."
                : "Some data was rejected: rejected rows and skipped comparisons are listed in data-quality.csv.";
    }

    private static String attachedLine(int reportsInDigest, int attached, int part, int parts) {
        if (reportsInDigest == 0) {
            return "None of the reports of this run involves your roles; nothing is attached.";
        }
        String reports = attached + (attached == 1 ? " report" : " reports") + " attached";
        return parts > 1 ? reports + " (part " + part + " of " + parts + ", " + reportsInDigest + " in all):" : reports + ":";
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
