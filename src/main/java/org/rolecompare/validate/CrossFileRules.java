package org.rolecompare.validate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.rolecompare.ingest.InputFile;

/**
 * The rules that need more than one row: sums of breakdowns and skills, unique role ids, references
 * to roles, duplicate comparisons, and the rejected-share guard. The job finds the candidates over
 * the staged rows, with SQL or with one pass in line order; the decisions and the wording live here, in plain Java,
 * so the boundaries (99.5, 100.5, 100.6, …) are unit-tested without a database.
 */
public final class CrossFileRules {

    /** Breakdown shares may miss 100 by this much (the seed's 100.1 passes). */
    public static final double DISTRIBUTION_TOLERANCE = 0.5;
    /** Skill shares may exceed 100 by this much (rounding). */
    public static final double SKILLS_TOLERANCE = 0.5;
    /** Sums are rounded to this many decimals before comparing, so 20.8 + 79.2 is exactly 100. */
    private static final double ROUNDING = 1e6;

    private CrossFileRules() {
    }

    public static Optional<Finding> distributionSum(String roleId, String dimension, long firstLine, double sum) {
        double rounded = round(sum);
        if (Math.abs(rounded - 100) <= DISTRIBUTION_TOLERANCE) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(InputFile.DISTRIBUTIONS.fileName(), firstLine, "share", roleId, Rule.DISTRIBUTION_SUM,
                number(rounded), "shares adding up to 100 (±0.5)",
                "the " + dimension + " shares of " + roleId + " add up to " + number(rounded) + ", not 100"));
    }

    public static Optional<Finding> skillsSum(String roleId, long firstLine, double sum) {
        double rounded = round(sum);
        if (rounded <= 100 + SKILLS_TOLERANCE) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(InputFile.SKILLS.fileName(), firstLine, "share", roleId, Rule.SKILLS_SUM,
                number(rounded), "skill shares adding up to at most 100",
                "the skill shares of " + roleId + " add up to " + number(rounded) + ", more than 100"));
    }

    public static Finding duplicateRole(String roleId, long line, List<Long> allLines) {
        String lines = allLines.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return Finding.of(InputFile.ROLES.fileName(), line, "role_id", roleId, Rule.UNIQUE_ROLE, roleId,
                "each role_id once", "role_id " + roleId + " appears " + allLines.size() + " times (lines " + lines
                        + "); all its rows are rejected until only one remains");
    }

    public static Finding unknownRole(InputFile file, long line, String column, String roleId) {
        return Finding.of(file.fileName(), line, column, roleId, Rule.UNKNOWN_ROLE, roleId,
                "a role_id listed in roles.csv", column + " " + roleId + " is not in roles.csv");
    }

    /**
     * A comparison skipped because of a rejected role, naming the role and, when known, the first
     * error that rejected it, so the reader need not search for it.
     */
    public static Finding comparisonOfRejectedRole(long line, String column, String roleId, String firstError) {
        String why = firstError == null || firstError.isBlank() ? "see its findings" : firstError;
        return Finding.of(InputFile.COMPARISONS.fileName(), line, column, roleId, Rule.ROLE_REJECTED, roleId,
                "a role without errors", "comparison skipped: role " + roleId + " was rejected (" + why + ")");
    }

    /**
     * A pair listed again. In the same order it would produce the same report, so it is reported
     * once; in the other order it is a different report and is kept.
     */
    public static Finding duplicateComparison(long line, String left, String right, long firstLine, boolean sameOrder) {
        return Finding.of(InputFile.COMPARISONS.fileName(), line, "left_role_id", left, Rule.DUPLICATE_COMPARISON,
                left + "," + right, "each pair once", "the pair " + left + " / " + right + " is already listed on line "
                        + firstLine + (sameOrder ? "; it is reported once" : " in the other order; both reports are written"));
    }

    /**
     * Whether a comparison's report file name ({@code LEFT-vs-RIGHT.pdf}) could also be another
     * pair's: only when a role id has a {@code vs} segment (e.g. {@code a-vs-b} with {@code c}, and
     * {@code a} with {@code b-vs-c}, both name {@code a-vs-b-vs-c.pdf}).
     */
    public static boolean reportNameAmbiguous(String left, String right) {
        return ("-" + left + "-").contains("-vs-") || ("-" + right + "-").contains("-vs-");
    }

    /** A comparison whose report would overwrite the report of an earlier, different pair. */
    public static Finding reportNameCollision(long line, String left, String right, long firstLine, String firstLeft, String firstRight) {
        return Finding.of(InputFile.COMPARISONS.fileName(), line, "left_role_id", left, Rule.REPORT_NAME_COLLISION,
                left + "," + right, "a report file name of its own",
                "the report " + left + "-vs-" + right + ".pdf would overwrite the report of line " + firstLine + " (" + firstLeft
                        + " / " + firstRight + "); this comparison is skipped: rename a role id so that it has no 'vs' part");
    }

    /**
     * An info finding for an accepted role whose share of known {@link KeyFields} is below
     * {@code minKnownShare} (0–1), naming what is missing; none when enough is known.
     */
    public static Optional<Finding> sparseRole(String roleId, String title, long line, KeyFields fields, double minKnownShare) {
        int known = fields.known();
        if ((double) known / KeyFields.COUNT >= minKnownShare) {
            return Optional.empty();
        }
        int needed = (int) Math.ceil(minKnownShare * KeyFields.COUNT - 1e-9);
        return Optional.of(Finding.of(InputFile.ROLES.fileName(), line, "", roleId, Rule.SPARSE_ROLE,
                known + " of " + KeyFields.COUNT + " known",
                "at least " + needed + " of the " + KeyFields.COUNT + " key fields known (thresholds.min-known-fields "
                        + number(Math.round(minKnownShare * 1000) / 10.0) + "%)",
                title + " has " + known + " of " + KeyFields.COUNT + " key fields: " + String.join(", ", fields.missing())
                        + "; its reports will say which sections lack data"));
    }

    /** True when more roles were rejected than the job allows: the run must fail and publish nothing. */
    public static boolean tooManyRejected(long rolesRead, long rolesRejected, double maxRejectedShare) {
        return rolesRead > 0 && (double) rolesRejected / rolesRead > maxRejectedShare;
    }

    private static double round(double value) {
        return Math.round(value * ROUNDING) / ROUNDING;
    }

    static String number(double value) {
        if (value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, "%.6f", value).replaceAll("0+$", "");
    }
}
