package org.rolecompare.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds up the shares of each breakdown of a role (role id and dimension, whatever its case) and the
 * known skill shares of each role, as the accepted rows are read in line order, for the sum rules
 * of {@link CrossFileRules}. Done in the one pass over the rows the cross-check makes anyway, where
 * grouping a million rows in SQL cost as much as that pass. Each group keeps its first line and,
 * for breakdowns, the least spelling of its dimension, as the findings name them.
 *
 * <p>A group keeps the role id of its first row as given, not a copy: the cross-check passes the
 * settlement's one copy of each id ({@link RoleSettlement#id}), so that the groups of 150,000 roles
 * hold no role ids of their own.
 *
 * <p>A row of the group of the row before it (the same copy of the role id, the same dimension) adds
 * to that group without a look-up: a file lists a role's rows together, and a look-up in the groups
 * of 150,000 roles misses the processor's caches. An instance is for one thread.
 */
public final class ShareSums {

    private final Map<Breakdown, Sum> breakdowns = new HashMap<>();
    private final Map<String, Sum> skills = new HashMap<>();
    /** One copy of each dimension kept by the groups (each row read brings its own). */
    private final Map<String, String> names = new HashMap<>();
    /** The group of the last breakdown row, with that row's role id and dimension in lower case as given. */
    private Sum lastBreakdown;
    private String lastBreakdownRoleId;
    private String lastLowerDimension;
    /** The group of the last skill row with a share. */
    private Sum lastSkills;

    /** A breakdown of a role: the role id and the dimension in lower case; either may be null. */
    private record Breakdown(String roleId, String dimension) {
    }

    /** A group's shares added up so far, its first line and the least spelling of its dimension. */
    private static final class Sum {
        private final String roleId;
        private final long firstLine;
        private String dimension;
        private double total;

        private Sum(String roleId, long firstLine, String dimension) {
            this.roleId = roleId;
            this.firstLine = firstLine;
            this.dimension = dimension;
        }
    }

    /** An accepted breakdown row: its dimension as spelled and in lower case, and its share ({@code null} adds nothing). */
    public void breakdown(long line, String roleId, String dimension, String lowerDimension, Double share) {
        Sum sum = lastBreakdown;
        if (sum == null || roleId != lastBreakdownRoleId || !Objects.equals(lowerDimension, lastLowerDimension)) {
            Breakdown group = new Breakdown(roleId, name(lowerDimension));
            sum = breakdowns.get(group);
            if (sum == null) {
                sum = new Sum(group.roleId(), line, name(dimension));
                breakdowns.put(group, sum);
            }
            lastBreakdown = sum;
            lastBreakdownRoleId = roleId;
            lastLowerDimension = lowerDimension;
        }
        if (dimension != null && (sum.dimension == null || dimension.compareTo(sum.dimension) < 0)) {
            sum.dimension = name(dimension);
        }
        if (share != null) {
            sum.total += share;
        }
    }

    /** An accepted skill row; a share not known ({@code null}) adds nothing. */
    public void skill(long line, String roleId, Double share) {
        if (share != null) {
            Sum sum = lastSkills;
            if (sum == null || sum.roleId != roleId) {
                sum = skills.computeIfAbsent(roleId, k -> new Sum(roleId, line, null));
                lastSkills = sum;
            }
            sum.total += share;
        }
    }

    private String name(String value) {
        return value == null ? null : names.computeIfAbsent(value, v -> v);
    }

    /** A breakdown of a role, as grouped: the role id, the dimension in lower case and the group's first line. */
    @FunctionalInterface
    public interface BreakdownSink {
        void accept(String roleId, String lowerDimension, long firstLine);
    }

    /** Every breakdown seen, in no particular order. */
    public void forEachBreakdown(BreakdownSink sink) {
        breakdowns.forEach((group, sum) -> sink.accept(group.roleId(), group.dimension(), sum.firstLine));
    }

    /** The breakdowns whose shares miss 100 (rule distribution-sum), by first line. */
    public List<Finding> distributionFindings() {
        return inLineOrder(breakdowns.values().stream()
                .map(s -> CrossFileRules.distributionSum(s.roleId, s.dimension, s.firstLine, s.total)).toList());
    }

    /** The roles whose known skill shares add up to more than 100 (rule skills-sum), by first line. */
    public List<Finding> skillFindings() {
        return inLineOrder(skills.values().stream().map(s -> CrossFileRules.skillsSum(s.roleId, s.firstLine, s.total)).toList());
    }

    /** The findings sorted by line; no two groups share a first line. */
    private static List<Finding> inLineOrder(List<Optional<Finding>> found) {
        List<Finding> findings = new ArrayList<>();
        found.forEach(f -> f.ifPresent(findings::add));
        findings.sort(Comparator.comparingLong(Finding::line));
        return findings;
    }
}
