package org.rolecompare.related;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BinaryOperator;

/**
 * The pairs a run adds to its listed comparisons from the related roles it found. A pair is usually
 * found both ways (B among A's most related roles and A among B's) but gets one report: each
 * unordered pair is taken once, the role with the smaller id (code point order, as ids sort
 * everywhere else) on the left, in order of left id then right id, so the same roles always give the
 * same reports in the same order. A pair that comparisons.csv already lists, in either order, keeps
 * its listed report and is not added again; so is a pair whose report file name a listed pair
 * already uses (possible only with ids that contain {@code -vs-}), because two reports cannot share
 * one file.
 */
public final class RelatedPairs {

    /** A pair to report on: the left and the right role's id. */
    public record Pair(String leftId, String rightId) {

        /** The pair of two roles in the order it is reported: the smaller id left. */
        public static Pair ordered(String a, String b) {
            return a.compareTo(b) <= 0 ? new Pair(a, b) : new Pair(b, a);
        }
    }

    /**
     * The pairs to add, in report order, and what was left out: found pairs already taken the other
     * way round, pairs comparisons.csv lists, and pairs whose report name a listed pair uses.
     */
    public record Chosen(List<Pair> added, long foundBothWays, long alreadyListed, long nameTaken) {

        public Chosen {
            added = List.copyOf(added);
        }
    }

    private RelatedPairs() {
    }

    /**
     * @param found      each role's related roles, as {@link RelatedFinder#find} returns them
     * @param listed     the accepted pairs of comparisons.csv, as listed (left, right)
     * @param reportName the report file name of a pair (left id, right id)
     */
    public static Chosen choose(List<RelatedRole> found, Collection<Pair> listed, BinaryOperator<String> reportName) {
        Set<Pair> listedPairs = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Pair pair : listed) {
            listedPairs.add(Pair.ordered(pair.leftId(), pair.rightId()));
            names.add(reportName.apply(pair.leftId(), pair.rightId()));
        }
        Set<Pair> unique = new TreeSet<>(Comparator.comparing(Pair::leftId).thenComparing(Pair::rightId));
        long bothWays = 0;
        for (RelatedRole related : found) {
            if (!unique.add(Pair.ordered(related.roleId(), related.relatedRoleId()))) {
                bothWays++;
            }
        }
        List<Pair> added = new ArrayList<>();
        long alreadyListed = 0;
        long nameTaken = 0;
        for (Pair pair : unique) {
            if (listedPairs.contains(pair)) {
                alreadyListed++;
            } else if (!names.add(reportName.apply(pair.leftId(), pair.rightId()))) {
                nameTaken++;
            } else {
                added.add(pair);
            }
        }
        return new Chosen(added, bothWays, alreadyListed, nameTaken);
    }
}
