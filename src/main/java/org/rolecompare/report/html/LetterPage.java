package org.rolecompare.report.html;

import java.util.List;

/**
 * A page of one initial on a big run, {@code letters/a.html} (and {@code a-2.html} … when the initial
 * has more roles than one page lists): the letter navigation, the links to the initial's other
 * pages ({@code pages}, empty when it has one), and the roles filed on this page.
 *
 * @param page     this page's number, from 1
 * @param ofLetter how many roles the initial has on all its pages
 */
record LetterPage(SiteRun run, String heading, List<IndexPage.Letter> letters, List<IndexPage.Letter> pages, int page, int ofLetter,
                  List<IndexPage.RoleItem> roles) {
}
