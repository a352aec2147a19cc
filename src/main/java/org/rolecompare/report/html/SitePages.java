package org.rolecompare.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.rolecompare.compare.DisplayFormat;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.files.ReportFiles;
import org.rolecompare.files.RunFacts;
import org.rolecompare.report.content.ReportContent;

/**
 * The pages of a run's web site as bytes, for the job to write: a comparison's page, a role's page, the index (with the
 * letter pages and the filter's data on a big run) and the shared assets. Every page is rendered
 * by a template ({@link Templates}) from a model made here in plain Java; every address in a page
 * is relative, so the site works from a file share, a web server or a browser opened on the folder.
 */
public final class SitePages {

    /** The shared files under {@code html/assets/}, copied from this package's resources. */
    private static final List<String> ASSETS = List.of("site.css", "filter.js");

    /** A file of the site: its path relative to the run folder ({@code html/index.html}) and its bytes. */
    public record SiteFile(String path, byte[] bytes) {
    }

    private SitePages() {
    }

    /**
     * The page of a comparison, {@code html/compare/LEFT-vs-RIGHT.html}, from the same content as its
     * PDF ({@link ReportContent}), so both say the same.
     */
    public static byte[] comparePage(ReportContent content, String leftId, String rightId, SiteRun run) {
        return Templates.render("compare.jte", ComparePages.of(content, leftId, rightId, run));
    }

    /** The page of one role, {@code html/roles/ROLE.html}, listing its comparisons as {@code directory} has them. */
    public static SiteFile rolePage(RoleProfile profile, RoleDirectory directory, SiteRun run) {
        String id = profile.role().id();
        return new SiteFile(ReportFiles.rolePagePath(id), Templates.render("role.jte", RolePages.of(profile, directory.comparisonsOf(id), run)));
    }

    /** {@code html/index.html}, and on a big run the letter pages and the filter's data file. */
    public static List<SiteFile> index(RunFacts facts, RoleDirectory directory, SiteRun run) {
        return IndexPages.of(facts, directory, run);
    }

    /** The stylesheet and the filter script, {@code html/assets/…}. */
    public static List<SiteFile> assets() {
        List<SiteFile> files = new ArrayList<>();
        for (String name : ASSETS) {
            try (InputStream in = SitePages.class.getResourceAsStream("assets/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the site asset " + name + " is missing from the build");
                }
                files.add(new SiteFile(ReportFiles.SITE_FOLDER + "/assets/" + name, in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** A path relative to the run folder ({@code html/roles/x.html}) as a path relative to the site folder ({@code roles/x.html}). */
    static String inSite(String runPath) {
        return runPath.substring(ReportFiles.SITE_FOLDER.length() + 1);
    }

    /** "no roles", "1 role", "1,234 roles". */
    static String count(long n, String noun) {
        return n == 0 ? "no " + noun + "s" : number(n) + " " + (n == 1 ? noun : noun + "s");
    }

    /** A whole number grouped by thousands, "3,683", whatever the default locale. */
    static String number(long n) {
        return DisplayFormat.count(n);
    }
}
