package org.rolecompare.files;

/**
 * Where a comparison's files lie in the run folder, in one place because several packages link to
 * them: the PDF {@code pdf/LEFT-vs-RIGHT.pdf}, the web page {@code html/compare/LEFT-vs-RIGHT.html},
 * and the web pages of the roles {@code html/roles/ROLE.html}. Role ids pass the slug rule (lower-case
 * letters, digits, single hyphens), so no name made from them can leave its folder.
 */
public final class ReportFiles {

    public static final String PDF_FOLDER = "pdf";
    public static final String SITE_FOLDER = "html";
    public static final String PAGE_FOLDER = SITE_FOLDER + "/compare";
    public static final String ROLE_FOLDER = SITE_FOLDER + "/roles";

    private ReportFiles() {
    }

    /** The base name of a comparison's PDF and web page: {@code LEFT-vs-RIGHT}. */
    public static String baseName(String leftId, String rightId) {
        return leftId + "-vs-" + rightId;
    }

    /** The comparison's PDF, relative to the run folder. */
    public static String pdfPath(String leftId, String rightId) {
        return PDF_FOLDER + "/" + baseName(leftId, rightId) + ".pdf";
    }

    /** The comparison's web page, relative to the run folder. */
    public static String pagePath(String leftId, String rightId) {
        return PAGE_FOLDER + "/" + baseName(leftId, rightId) + ".html";
    }

    /** The role's web page, relative to the run folder. */
    public static String rolePagePath(String roleId) {
        return ROLE_FOLDER + "/" + roleId + ".html";
    }
}
