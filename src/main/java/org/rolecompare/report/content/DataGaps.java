package org.rolecompare.report.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rolecompare.compare.Breakdown;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.RoleNames;
import org.rolecompare.compare.RoleProfile;

/**
 * The notes that say what the data lacks: the muted coverage line under the key differences, the
 * note under the salary chart about open-ended ranges, and the note under a demographics chart
 * about a role without that breakdown.
 *
 * <p>Real data is sparse, so the report says plainly what is missing (and for which role) rather
 * than leave the reader to wonder about an empty cell or a bar without an end.
 */
final class DataGaps {

    private DataGaps() {
    }

    /**
     * One muted line naming what the data lacks for which role, e.g. "Not in the data: demographics
     * and skill shares for Physicians, All Other; salary maximum for Chief Executives.", or
     * {@code null} when nothing is missing.
     */
    static String coverage(ReportPair pair) {
        List<String> leftMissing = missing(pair.left());
        List<String> rightMissing = missing(pair.right());
        List<String> both = leftMissing.stream().filter(rightMissing::contains).toList();
        List<String> parts = new ArrayList<>();
        if (!both.isEmpty()) {
            parts.add(Wording.list(both, "and") + " for either role");
        }
        addMissing(parts, leftMissing, both, pair.leftNames());
        addMissing(parts, rightMissing, both, pair.rightNames());
        return parts.isEmpty() ? null : "Not in the data: " + String.join("; ", parts) + ".";
    }

    private static void addMissing(List<String> parts, List<String> missing, List<String> both, RoleNames names) {
        List<String> own = missing.stream().filter(m -> !both.contains(m)).toList();
        if (!own.isEmpty()) {
            parts.add(Wording.list(own, "and") + " for " + names.display());
        }
    }

    /** What the data lacks for one role, in the order of the report's sections. */
    private static List<String> missing(RoleProfile profile) {
        Role role = profile.role();
        List<String> missing = new ArrayList<>();
        if (Wording.blank(role.description())) {
            missing.add("description");
        }
        if (!Wording.known(role.salaryMin()) && !Wording.known(role.salaryMax())) {
            missing.add("salary range");
        } else if (!Wording.known(role.salaryMax())) {
            missing.add("salary maximum");
        } else if (!Wording.known(role.salaryMin())) {
            missing.add("salary minimum");
        }
        if (Wording.blank(role.commonDegree()) && Wording.blank(role.commonMajor()) && Wording.blank(role.commonCollege())) {
            missing.add("education");
        }
        if (profile.breakdowns().stream().allMatch(b -> b.categories().isEmpty())) {
            missing.add("demographics");
        }
        if (profile.responsibilities().isEmpty()) {
            missing.add("responsibilities");
        }
        if (profile.skills().isEmpty()) {
            missing.add("skills");
        } else if (!profile.skills().stream().allMatch(s -> Wording.known(s.share()))) {
            missing.add("skill shares");
        }
        return missing;
    }

    /** A note naming the roles whose range the salary chart draws open-ended, or {@code null} when none. */
    static String openEnds(ReportPair pair) {
        List<String> noMax = new ArrayList<>();
        List<String> noMin = new ArrayList<>();
        for (RoleProfile profile : pair.both()) {
            Role role = profile.role();
            if (Wording.known(role.salaryMin()) && !Wording.known(role.salaryMax())) {
                noMax.add(pair.namesOf(profile).display());
            } else if (!Wording.known(role.salaryMin()) && Wording.known(role.salaryMax())) {
                noMin.add(pair.namesOf(profile).display());
            }
        }
        return Wording.joined(openEnd(noMax, "maximum", "fade out to the right"),
                openEnd(noMin, "minimum", "fade in from the left"));
    }

    private static String openEnd(List<String> names, String end, String drawn) {
        if (names.isEmpty()) {
            return null;
        }
        return names.size() == 1
                ? "The " + end + " salary of " + names.get(0) + " is not published; its bar " + drawn.replace("fade", "fades") + "."
                : "The " + end + " salaries of " + Wording.list(names, "and") + " are not published; their bars " + drawn + ".";
    }

    /** A note naming the role without a breakdown of the dimension, or {@code null} when both have one. */
    static String missing(ReportPair pair, String dimension) {
        for (RoleProfile profile : pair.both()) {
            Breakdown b = profile.breakdown(dimension);
            if (b == null || b.categories().isEmpty()) {
                return "No " + dimension.trim().toLowerCase(Locale.ROOT) + " data for " + pair.namesOf(profile).display() + ".";
            }
        }
        return null;
    }
}
