package org.rolecompare.report.content;

import java.util.List;
import java.util.Locale;

import org.rolecompare.compare.ComparisonMetrics;
import org.rolecompare.compare.RoleNames;
import org.rolecompare.compare.RoleProfile;

/**
 * The two roles of one report and what every section needs to know about them: their profiles,
 * the pair's metrics, how each role is named ({@link RoleNames}) and the report's title "L vs R".
 *
 * <p>Built once per report and shared by the section builders, so that every section names the
 * roles the same way and words its heading the same way.
 */
record ReportPair(RoleProfile left, RoleProfile right, ComparisonMetrics metrics,
                  RoleNames leftNames, RoleNames rightNames, String versus) {

    /** Pair titles longer than this get short section headings; the seed's (52 characters) keeps the long form. */
    private static final int LONG_PAIR_TITLE = 55;

    static ReportPair of(RoleProfile left, RoleProfile right, ComparisonMetrics metrics) {
        String versus = PlainText.printable(left.role().title().trim() + " vs " + right.role().title().trim());
        return new ReportPair(left, right, metrics, RoleNames.of(left.role()), RoleNames.of(right.role()), versus);
    }

    /** The left profile, then the right one. */
    List<RoleProfile> both() {
        return List.of(left, right);
    }

    /** How the report names the role of {@code profile}, one of the pair's two profiles. */
    RoleNames namesOf(RoleProfile profile) {
        return profile == left ? leftNames : rightNames;
    }

    /** The heading of a section: "L vs R overview" as on the seed page, or just "Overview" for a long pair title. */
    String headingOf(String name) {
        return versus.length() > LONG_PAIR_TITLE ? name : versus + " " + name.toLowerCase(Locale.ROOT);
    }
}
