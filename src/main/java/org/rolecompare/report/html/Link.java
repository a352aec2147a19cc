package org.rolecompare.report.html;

/**
 * A link as a page shows it: its text and its address relative to the page; {@code pdf} is the
 * address of the matching PDF report, or {@code null} when there is none.
 */
record Link(String text, String href, String pdf) {
}
