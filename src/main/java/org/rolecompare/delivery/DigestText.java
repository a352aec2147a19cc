package org.rolecompare.delivery;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a digest, written for the managers who receive it, once as plain text and once as
 * HTML with the same content: a greeting, what is attached, one headline per attached report (how
 * the two roles' pay compares, by title, in the order of the attachments), where the full workbook
 * is, and a small footer with the run's facts for the operators. Where the run published web pages
 * and the job file says where the output folder is served ({@code mail.site-url}), each headline
 * links to its report's page and a line links to the run's index.
 *
 * <p>The mail leaves the host: it names no local path and no exit code, only files by name and
 * addresses on the site.
 */
final class DigestText {

    /** Headlines listed in one message; further attached reports are counted in one line. */
    static final int MAX_HEADLINES = 25;

    /** The index of a run's web pages, relative to the run folder. */
    static final String SITE_INDEX = "html/index.html";

    private static final String SITE_LINE = "Every comparison of this run, as web pages:";

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /**
     * What one message says, before it is rendered as text or HTML; {@code pages} holds each
     * headline's web page address ({@code null} where there is none) and {@code site} the address of
     * the run's index, or {@code null}.
     */
    private record Content(String greeting, String intro, List<String> headlines, List<String> pages, String site, String more,
                           String workbook, List<String> footer) {
    }

    /** Where the web pages of the digest's run are: the address of a run-folder path, or {@code null} when not served. */
    @FunctionalInterface
    interface Site {

        String address(String path);
    }

    private DigestText() {
    }

    static String plain(PublishedRun run, Headlines headlines, int reportsInDigest, List<PublishedRun.Report> attached,
                       int part, int parts, int earlier, Site site) {
        Content c = content(run, headlines, reportsInDigest, attached, part, parts, earlier, site);
        StringBuilder s = new StringBuilder();
        s.append(c.greeting()).append("\n\n").append(c.intro()).append('\n');
        if (!c.headlines().isEmpty()) {
            s.append('\n');
            for (int i = 0; i < c.headlines().size(); i++) {
                s.append("- ").append(c.headlines().get(i)).append('\n');
                if (c.pages().get(i) != null) {
                    s.append("  ").append(c.pages().get(i)).append('\n');
                }
            }
        }
        if (c.more() != null) {
            s.append(c.more()).append('\n');
        }
        if (c.site() != null) {
            s.append('\n').append(SITE_LINE).append(' ').append(c.site()).append('\n');
        }
        s.append('\n').append(c.workbook()).append("\n\n-- \n");
        for (String line : c.footer()) {
            s.append(line).append('\n');
        }
        return s.toString();
    }

    static String html(PublishedRun run, Headlines headlines, int reportsInDigest, List<PublishedRun.Report> attached,
                       int part, int parts, int earlier, Site site) {
        Content c = content(run, headlines, reportsInDigest, attached, part, parts, earlier, site);
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(escape("Role comparisons for " + longDate(run.runDate())))
                .append("</title></head>\n<body style=\"font-family: sans-serif\">\n");
        s.append("<p>").append(escape(c.greeting())).append("</p>\n");
        s.append("<p>").append(escape(c.intro())).append("</p>\n");
        if (!c.headlines().isEmpty()) {
            s.append("<ul>\n");
            for (int i = 0; i < c.headlines().size(); i++) {
                s.append("<li>").append(escape(c.headlines().get(i)));
                if (c.pages().get(i) != null) {
                    s.append(" <a href=\"").append(escape(c.pages().get(i))).append("\">Web page</a>");
                }
                s.append("</li>\n");
            }
            s.append("</ul>\n");
        }
        if (c.more() != null) {
            s.append("<p>").append(escape(c.more())).append("</p>\n");
        }
        if (c.site() != null) {
            s.append("<p>").append(escape(SITE_LINE)).append(" <a href=\"").append(escape(c.site())).append("\">")
                    .append(escape(c.site())).append("</a></p>\n");
        }
        s.append("<p>").append(escape(c.workbook())).append("</p>\n");
        s.append("<hr style=\"border: none; border-top: 1px solid #dddddd\">\n")
                .append("<p style=\"font-size: smaller; color: #666666\">");
        for (int i = 0; i < c.footer().size(); i++) {
            s.append(i == 0 ? "" : "<br>\n").append(escape(c.footer().get(i)));
        }
        s.append("</p>\n</body></html>\n");
        return s.toString();
    }

    /** The run date in words, "5 December 2026"; the date as given when it is not one. */
    static String longDate(String runDate) {
        try {
            return LocalDate.parse(runDate).format(LONG_DATE);
        } catch (DateTimeParseException e) {
            return runDate;
        }
    }

    /** "no reports", "1 report", "20 reports". */
    static String reportCount(int reports) {
        return reports == 0 ? "no reports" : count(reports, "report");
    }

    private static Content content(PublishedRun run, Headlines headlines, int reportsInDigest,
                                   List<PublishedRun.Report> attached, int part, int parts, int earlier, Site site) {
        List<String> lines = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (PublishedRun.Report report : attached.subList(0, Math.min(MAX_HEADLINES, attached.size()))) {
            lines.add(headlines.of(report) + ".");
            pages.add(site.address(report.page()));
        }
        String index = run.reports().stream().anyMatch(r -> r.page() != null) ? site.address(SITE_INDEX) : null;
        int hidden = attached.size() - lines.size();
        String more = hidden == 0 ? null : "and " + hidden + " more " + (hidden == 1 ? "report" : "reports") + ", attached.";
        String intro = intro(run, reportsInDigest, attached.size(), part, parts);
        if (earlier > 0) {
            intro = (earlier == 1 ? "The other report" : "The other " + earlier + " reports") + " of this date reached you earlier. "
                    + intro.replaceFirst("^Here (is|are) the role comparison", "Here $1 the remaining role comparison");
        }
        return new Content("Hello,", intro, lines, pages, index, more,
                "The full comparison workbook, comparisons.xlsx, is available from your reports team.", footer(run));
    }

    private static String intro(PublishedRun run, int reportsInDigest, int attached, int part, int parts) {
        String date = longDate(run.runDate());
        if (reportsInDigest == 0) {
            return "None of the role comparisons for " + date + " involves the roles you follow, so no report is attached this time.";
        }
        if (parts > 1) {
            return "Here are the role comparisons for " + date + ": " + reportCount(reportsInDigest)
                    + ", sent in " + parts + " messages because together they are too large for one. This is message "
                    + part + " of " + parts + ", with " + count(attached, "report") + " attached:";
        }
        return reportsInDigest == 1
                ? "Here is the role comparison for " + date + ", with its report attached:"
                : "Here are the role comparisons for " + date + ", with " + reportsInDigest + " reports attached, one per pair of roles:";
    }

    /** The run's facts for operators: counts and data quality, then what changed since the previous run. */
    private static List<String> footer(PublishedRun run) {
        List<String> lines = new ArrayList<>();
        String compared = run.reports().isEmpty() ? count(run.comparisonsWritten(), "comparison")
                : count(run.comparisonsWritten(), "report");
        lines.add("Run of " + run.runDate() + ", job " + run.job() + ": " + count(run.rolesAccepted(), "role") + ", "
                + compared + "; " + dataQuality(run) + ".");
        lines.addAll(run.changes());
        return lines;
    }

    private static String dataQuality(PublishedRun run) {
        List<String> rejected = new ArrayList<>();
        if (run.rolesRejected() > 0) {
            rejected.add(count(run.rolesRejected(), "role") + " rejected");
        }
        if (run.comparisonsRejected() > 0) {
            rejected.add(count(run.comparisonsRejected(), "comparison") + " rejected");
        }
        if (run.comparisonsSkipped() > 0) {
            rejected.add(count(run.comparisonsSkipped(), "comparison") + " skipped");
        }
        List<String> findings = new ArrayList<>();
        if (run.errorFindings() > 0) {
            findings.add(count(run.errorFindings(), "error"));
        }
        if (run.warningFindings() > 0) {
            findings.add(count(run.warningFindings(), "warning"));
        }
        if (rejected.isEmpty() && findings.isEmpty()) {
            return "no data-quality findings";
        }
        String found = findings.isEmpty() ? "" : and(findings) + " in the data-quality file";
        if (rejected.isEmpty()) {
            return found;
        }
        return and(rejected) + (found.isEmpty() ? " (listed in the data-quality file)" : "; " + found);
    }

    private static String and(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
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
