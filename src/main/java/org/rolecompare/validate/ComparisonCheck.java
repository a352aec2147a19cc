package org.rolecompare.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.rolecompare.ingest.InputFile;

/**
 * The rules of the accepted comparisons, in one pass in line order with the roles in memory (a
 * million comparisons were many million index look-ups as SQL): a comparison naming a role that
 * is not in roles.csv, or with an error of its own, is rejected; one naming a rejected role is
 * skipped and says which error rejected the role; a pair listed again is a warning, and skipped
 * when listed in the same order; a pair whose report file name is an earlier pair's is skipped
 * with an error, rather than overwriting that report. Made by {@link RoleSettlement#comparisons}.
 */
public final class ComparisonCheck {

    private final Map<String, Integer> roleNumbers;
    private final Set<String> rejectedRoles;
    private final Set<Long> errorLines;
    private final Function<String, String> firstError;
    private final Map<String, String> firstErrors = new HashMap<>();
    private final List<Finding> unknown = new ArrayList<>();
    private final List<Finding> ofRejectedRoles = new ArrayList<>();
    private final List<Finding> duplicates = new ArrayList<>();
    private final List<Long> rejected = new ArrayList<>();
    private final List<Long> skipped = new ArrayList<>();
    private final PairLedger pairs = new PairLedger();
    private final Map<String, Pair> reportNames = new HashMap<>();

    /** A comparison that claimed a report file name first. */
    private record Pair(long line, String left, String right) {
    }

    ComparisonCheck(Map<String, Integer> roleNumbers, Set<String> rejectedRoles, Set<Long> errorLines,
                    Function<String, String> firstError) {
        this.roleNumbers = roleNumbers;
        this.rejectedRoles = rejectedRoles;
        this.errorLines = errorLines;
        this.firstError = firstError;
    }

    /** An accepted comparison, in line order. */
    public void comparison(long line, String left, String right) {
        Integer leftNumber = roleNumbers.get(left);
        Integer rightNumber = roleNumbers.get(right);
        if (leftNumber == null) {
            unknown.add(CrossFileRules.unknownRole(InputFile.COMPARISONS, line, "left_role_id", left));
        }
        if (rightNumber == null) {
            unknown.add(CrossFileRules.unknownRole(InputFile.COMPARISONS, line, "right_role_id", right));
        }
        if (leftNumber == null || rightNumber == null || errorLines.contains(line)) {
            rejected.add(line);
            return;
        }
        boolean skip = false;
        if (rejectedRoles.contains(left)) {
            ofRejectedRoles.add(CrossFileRules.comparisonOfRejectedRole(line, "left_role_id", left,
                    firstErrors.computeIfAbsent(left, firstError)));
            skip = true;
        }
        if (rejectedRoles.contains(right)) {
            ofRejectedRoles.add(CrossFileRules.comparisonOfRejectedRole(line, "right_role_id", right,
                    firstErrors.computeIfAbsent(right, firstError)));
            skip = true;
        }
        PairLedger.Earlier earlier = pairs.record(leftNumber, rightNumber, line);
        if (earlier != null) {
            duplicates.add(CrossFileRules.duplicateComparison(line, left, right, earlier.firstLine(), earlier.sameOrder()));
            skip |= earlier.sameOrder();
        }
        if (!skip && CrossFileRules.reportNameAmbiguous(left, right)) {
            Pair first = reportNames.putIfAbsent(left + "-vs-" + right, new Pair(line, left, right));
            if (first != null && !(first.left().equals(left) && first.right().equals(right))) {
                duplicates.add(CrossFileRules.reportNameCollision(line, left, right, first.line(), first.left(), first.right()));
                skip = true;
            }
        }
        if (skip) {
            skipped.add(line);
        }
    }

    /** The lines to reject: a role not in roles.csv, or an error of their own. */
    public List<Long> rejectedLines() {
        return List.copyOf(rejected);
    }

    /** The lines to skip: a rejected role, a pair already listed in the same order, or a report name taken. */
    public List<Long> skippedLines() {
        return List.copyOf(skipped);
    }

    /** The findings, in the order they are stored: unknown roles, rejected roles, duplicates, each by line. */
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>(unknown);
        findings.addAll(ofRejectedRoles);
        findings.addAll(duplicates);
        return findings;
    }
}
