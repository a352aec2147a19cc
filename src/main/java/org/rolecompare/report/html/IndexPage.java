package org.rolecompare.report.html;

import java.util.List;

/**
 * The site's front page, {@code index.html}: the run's facts and every role A–Z. On a run of at most
 * {@link IndexPages#INLINE_ROLES} roles the roles are listed on the page itself, grouped by initial
 * ({@code groups}), and the filter hides what does not match; on a bigger run {@code groups} is
 * empty, each initial has a page of its own ({@link LetterPage}) and the filter loads the compact
 * list of all roles ({@code dataScript}) when first used.
 *
 * @param findings   "0 errors, 2 warnings, 1 info finding", shown with a link to data-quality.csv
 * @param dataScript the roles' data file relative to the page, or {@code null} when the roles are listed inline
 */
record IndexPage(SiteRun run, List<Fact> facts, String findings, String rolesHeading, List<Letter> letters,
                 List<LetterGroup> groups, String dataScript) {

    /** An initial in the letter navigation: its label, and its address, or {@code null} when no title starts with it. */
    record Letter(String label, String href) {
    }

    /** The roles of one initial; {@code id} is its element id, the target of the letter navigation. */
    record LetterGroup(String id, String label, List<RoleItem> roles) {
    }

    /** A role in a list: its title, its page and how many comparisons it has, in words ("3 comparisons"). */
    record RoleItem(String title, String href, String comparisons) {
    }
}
