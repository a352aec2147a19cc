package org.rolecompare.report.html;

import java.util.List;

/** The page of one initial on a big run, {@code letters/a.html}: the letter navigation and the roles filed under it. */
record LetterPage(SiteRun run, String heading, List<IndexPage.Letter> letters, List<IndexPage.RoleItem> roles) {
}
