package org.rolecompare.report.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rolecompare.files.ReportFiles;
import org.rolecompare.files.RunFacts;
import org.rolecompare.report.content.PlainText;

import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the index of a run's site: {@code index.html}, and on a run of more than
 * {@value #INLINE_ROLES} roles a page per initial ({@code letters/a.html} …, numbered pages of at
 * most {@value #LETTER_PAGE_ROLES} roles for a busy initial) and the compact list the filter loads
 * ({@code data/roles.js}).
 *
 * <p>Why split: a role is about 130 bytes of list, so 2,000 roles inline make an index of 270 KB
 * that a browser shows at once, while 150,000 would make 20 MB. Above the limit the index holds the
 * run's facts and the letter navigation only (3 KB), a letter's page lists its roles (at most about
 * 650 KB), and the filter reads all titles from a script file (about 68 bytes a role), which works
 * from a file share too, where a browser refuses {@code fetch()} of a JSON file; it is loaded only
 * when someone types in the filter.
 */
final class IndexPages {

    /** Roles listed on the index itself; a bigger run gets a page per initial. */
    static final int INLINE_ROLES = 3_000;

    /** Roles listed on one letter page; an initial with more gets numbered pages. */
    static final int LETTER_PAGE_ROLES = 5_000;

    /** The data file of the filter, relative to the site folder. */
    static final String DATA_SCRIPT = "data/roles.js";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IndexPages() {
    }

    static List<SitePages.SiteFile> of(RunFacts facts, RoleDirectory directory, SiteRun run) {
        return of(facts, directory, run, INLINE_ROLES, LETTER_PAGE_ROLES);
    }

    /**
     * @param inlineRoles     the most roles the index lists itself
     * @param letterPageRoles the most roles one letter page lists; an initial with more gets numbered pages
     */
    static List<SitePages.SiteFile> of(RunFacts facts, RoleDirectory directory, SiteRun run, int inlineRoles, int letterPageRoles) {
        Map<Character, List<RoleDirectory.Entry>> byInitial = new LinkedHashMap<>();
        for (RoleDirectory.Entry entry : directory.aToZ()) {
            byInitial.computeIfAbsent(entry.initial(), k -> new ArrayList<>()).add(entry);
        }
        boolean split = directory.size() > inlineRoles;
        List<SitePages.SiteFile> files = new ArrayList<>();
        List<IndexPage.LetterGroup> groups = new ArrayList<>();
        if (split) {
            List<IndexPage.Letter> letters = letters(byInitial, "", ".html");
            byInitial.forEach((initial, roles) -> files.addAll(letterPages(run, initial, roles, letters, letterPageRoles)));
            files.add(file(DATA_SCRIPT, dataScript(directory)));
        } else {
            byInitial.forEach((initial, roles) -> groups.add(new IndexPage.LetterGroup("letter-" + fileName(initial), label(initial),
                    items(roles, ""))));
        }
        IndexPage page = new IndexPage(run, runFacts(facts), findings(facts),
                "Roles A\u2013Z (" + SitePages.count(directory.size(), "role") + ")",
                split ? letters(byInitial, "letters/", ".html") : letters(byInitial, "#letter-", ""), groups, split ? DATA_SCRIPT : null);
        files.add(0, file("index.html", Templates.render("index.jte", page)));
        return files;
    }

    /**
     * The pages of one initial: {@code letters/s.html}, then {@code s-2.html}, {@code s-3.html}, …
     * when it has more than {@code perPage} roles, each linking to the others.
     */
    private static List<SitePages.SiteFile> letterPages(SiteRun run, char initial, List<RoleDirectory.Entry> roles,
                                                        List<IndexPage.Letter> letters, int perPage) {
        int count = (roles.size() + perPage - 1) / perPage;
        List<IndexPage.Letter> pages = new ArrayList<>();
        for (int n = 1; n <= count && count > 1; n++) {
            pages.add(new IndexPage.Letter(Integer.toString(n), letterPage(initial, n)));
        }
        List<SitePages.SiteFile> files = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            List<RoleDirectory.Entry> shown = roles.subList((n - 1) * perPage, Math.min(roles.size(), n * perPage));
            String heading = "Roles: " + label(initial) + (count > 1 ? " (page " + n + " of " + count + ")" : "");
            files.add(file("letters/" + letterPage(initial, n), Templates.render("letter.jte",
                    new LetterPage(run, heading, letters, pages, n, roles.size(), items(shown, "../")))));
        }
        return files;
    }

    /** The file name of page {@code n} of an initial: {@code s.html}, {@code s-2.html}, … */
    private static String letterPage(char initial, int n) {
        return fileName(initial) + (n == 1 ? "" : "-" + n) + ".html";
    }

    private static List<Fact> runFacts(RunFacts facts) {
        return List.of(
                new Fact("Run date", facts.runDate().toString()),
                new Fact("Job", facts.jobName()),
                new Fact("Roles accepted", SitePages.number(facts.rolesAccepted())),
                new Fact("Roles rejected", SitePages.number(facts.rolesRejected())),
                new Fact("Comparisons", SitePages.number(facts.comparisonsWritten())),
                new Fact("Comparisons rejected or skipped", SitePages.number(facts.comparisonsRejected() + facts.comparisonsSkipped())));
    }

    /** "0 errors, 2 warnings, 1 info finding". */
    static String findings(RunFacts facts) {
        return tally(facts.errorFindings(), "error", "errors") + ", " + tally(facts.warningFindings(), "warning", "warnings") + ", "
                + tally(facts.infoFindings(), "info finding", "info findings");
    }

    private static String tally(long n, String one, String many) {
        return SitePages.number(n) + " " + (n == 1 ? one : many);
    }

    /** A–Z and the other initial, each a link when some title has it. */
    private static List<IndexPage.Letter> letters(Map<Character, List<RoleDirectory.Entry>> byInitial, String prefix, String suffix) {
        List<IndexPage.Letter> letters = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            letters.add(new IndexPage.Letter(label(c), byInitial.containsKey(c) ? prefix + fileName(c) + suffix : null));
        }
        if (byInitial.containsKey(RoleDirectory.OTHER)) {
            letters.add(new IndexPage.Letter(label(RoleDirectory.OTHER), prefix + fileName(RoleDirectory.OTHER) + suffix));
        }
        return letters;
    }

    private static List<IndexPage.RoleItem> items(List<RoleDirectory.Entry> roles, String root) {
        List<IndexPage.RoleItem> items = new ArrayList<>(roles.size());
        for (RoleDirectory.Entry role : roles) {
            items.add(new IndexPage.RoleItem(role.title(), root + rolePage(role.id()), SitePages.count(role.comparisons(), "comparison")));
        }
        return items;
    }

    /** A role's page relative to the site folder. */
    static String rolePage(String roleId) {
        return SitePages.inSite(ReportFiles.rolePagePath(roleId));
    }

    private static String label(char initial) {
        return initial == RoleDirectory.OTHER ? "Other" : String.valueOf(Character.toUpperCase(initial));
    }

    private static String fileName(char initial) {
        return initial == RoleDirectory.OTHER ? "other" : String.valueOf(initial);
    }

    /**
     * {@code roleCompareRoles([["Title","role-id",3],…]);}: every role A–Z with its page's id and its
     * number of comparisons, for the filter; JSON inside a script, as a browser runs a script file
     * from a file share where it refuses to read a JSON file.
     */
    static byte[] dataScript(RoleDirectory directory) {
        List<List<Object>> rows = new ArrayList<>(directory.size());
        for (RoleDirectory.Entry role : directory.aToZ()) {
            rows.add(List.of(PlainText.printable(role.title()), role.id(), role.comparisons()));
        }
        return ("roleCompareRoles(" + JSON.writeValueAsString(rows) + ");\n").getBytes(StandardCharsets.UTF_8);
    }

    private static SitePages.SiteFile file(String path, byte[] bytes) {
        return new SitePages.SiteFile(ReportFiles.SITE_FOLDER + "/" + path, bytes);
    }
}
