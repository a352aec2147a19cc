package org.rolecompare.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Computes the comparison metrics of {@code docs/metrics.md} for one pair of role profiles.
 *
 * <p>Plain Java and free of side effects, so the workbook and the PDF of a pair can each compute
 * the same numbers from the same profiles, and so every rule can be unit-tested without Spring.
 * A metric whose inputs are unknown comes out {@code null}; no unknown is ever read as zero.
 *
 * <p>{@link #compute} rounds every metric to its {@link MetricPrecision} (half up), so every output
 * shows the same clean number; the helpers below it compute at full precision.
 */
public final class MetricsCalculator {

    private MetricsCalculator() {
    }

    public static ComparisonMetrics compute(RoleProfile left, RoleProfile right) {
        Role l = left.role();
        Role r = right.role();
        return new ComparisonMetrics(
                l.id(),
                r.id(),
                round(r.averageSalary() - l.averageSalary(), MetricPrecision.SALARY_DIFF),
                round(ratio(r.averageSalary(), l.averageSalary()), MetricPrecision.RATIO),
                higher(l.averageSalary(), r.averageSalary()),
                round(diff(l.hourlyRate(), r.hourlyRate()), MetricPrecision.HOURLY_DIFF),
                round(rangeOverlap(l.salaryMin(), l.salaryMax(), r.salaryMin(), r.salaryMax()), MetricPrecision.RANGE_OVERLAP),
                round(diff(l.growthRate(), r.growthRate()), MetricPrecision.PP),
                l.jobCount() == null || r.jobCount() == null ? null
                        : round(ratio(r.jobCount(), l.jobCount()), MetricPrecision.RATIO),
                l.yearsToBecome(),
                r.yearsToBecome(),
                l.yearsToBecome() == null || r.yearsToBecome() == null ? null
                        : higher(l.yearsToBecome().midpoint(), r.yearsToBecome().midpoint()),
                round(diff(l.yearsExperience(), r.yearsExperience()), MetricPrecision.YEARS),
                round(diff(l.averageAge(), r.averageAge()), MetricPrecision.YEARS),
                sameText(l.commonDegree(), r.commonDegree()),
                sameText(l.commonMajor(), r.commonMajor()),
                sameText(l.commonCollege(), r.commonCollege()),
                rounded(distances(left, right)),
                round(femaleShareDiff(left, right), MetricPrecision.PP),
                round(diff(l.lgbtShare(), r.lgbtShare()), MetricPrecision.PP),
                sharedSkills(left.skills(), right.skills()),
                round(jaccard(left.skills(), right.skills()), MetricPrecision.JACCARD),
                round(weightedOverlap(left.skills(), right.skills()), MetricPrecision.WEIGHTED_OVERLAP));
    }

    private static Double round(Double value, int decimals) {
        return MetricPrecision.round(value, decimals);
    }

    private static Map<String, Double> rounded(Map<String, Double> distances) {
        distances.replaceAll((dimension, distance) -> round(distance, MetricPrecision.PP));
        return distances;
    }

    static Double diff(Double left, Double right) {
        return left == null || right == null ? null : right - left;
    }

    static Double ratio(double numerator, double denominator) {
        return denominator == 0 ? null : numerator / denominator;
    }

    static Side higher(double left, double right) {
        int c = Double.compare(left, right);
        return c == 0 ? Side.EQUAL : c > 0 ? Side.LEFT : Side.RIGHT;
    }

    static Boolean sameText(String left, String right) {
        if (left == null || right == null) {
            return null;
        }
        return left.trim().equalsIgnoreCase(right.trim());
    }

    /**
     * Length of the intersection of two ranges divided by the length of the shorter one: 1 when
     * one range lies inside the other, 0 when they are disjoint. A zero-length range (min = max)
     * counts as fully overlapped when its single value lies inside the other range.
     */
    static Double rangeOverlap(Double lMin, Double lMax, Double rMin, Double rMax) {
        if (lMin == null || lMax == null || rMin == null || rMax == null) {
            return null;
        }
        double low = Math.max(lMin, rMin);
        double high = Math.min(lMax, rMax);
        double shorter = Math.min(lMax - lMin, rMax - rMin);
        if (high < low) {
            return 0.0;
        }
        if (shorter == 0) {
            return 1.0;
        }
        return (high - low) / shorter;
    }

    /** Total variation distance in pp for every dimension both roles have, in the left role's order. */
    static Map<String, Double> distances(RoleProfile left, RoleProfile right) {
        Map<String, Double> result = new LinkedHashMap<>();
        for (Breakdown l : left.breakdowns()) {
            Breakdown r = right.breakdown(l.dimension());
            if (r != null) {
                result.put(l.dimension(), totalVariation(l, r));
            }
        }
        return result;
    }

    static double totalVariation(Breakdown left, Breakdown right) {
        Map<String, double[]> byCategory = new HashMap<>();
        for (CategoryShare c : left.categories()) {
            byCategory.computeIfAbsent(key(c.category()), k -> new double[2])[0] += c.share();
        }
        for (CategoryShare c : right.categories()) {
            byCategory.computeIfAbsent(key(c.category()), k -> new double[2])[1] += c.share();
        }
        double sum = 0;
        for (double[] pair : byCategory.values()) {
            sum += Math.abs(pair[0] - pair[1]);
        }
        return sum / 2;
    }

    static Double femaleShareDiff(RoleProfile left, RoleProfile right) {
        Breakdown l = left.breakdown("gender");
        Breakdown r = right.breakdown("gender");
        if (l == null || r == null) {
            return null;
        }
        return share(r, "female") - share(l, "female");
    }

    private static double share(Breakdown breakdown, String category) {
        double total = 0;
        for (CategoryShare c : breakdown.categories()) {
            if (key(c.category()).equals(category)) {
                total += c.share();
            }
        }
        return total;
    }

    static List<String> sharedSkills(List<Skill> left, List<Skill> right) {
        Set<String> rightNames = names(right);
        List<String> shared = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Skill s : left) {
            String k = key(s.name());
            if (rightNames.contains(k) && seen.add(k)) {
                shared.add(s.name());
            }
        }
        return shared;
    }

    /** |shared| ÷ |union|; unknown when either role lists no skills (no list is not an empty list). */
    static Double jaccard(List<Skill> left, List<Skill> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return null;
        }
        Set<String> union = new LinkedHashSet<>(names(left));
        union.addAll(names(right));
        Set<String> shared = new LinkedHashSet<>(names(left));
        shared.retainAll(names(right));
        return (double) shared.size() / union.size();
    }

    /** Σ min(Lshare, Rshare) over shared skills; unknown when a shared skill's share is unknown. */
    static Double weightedOverlap(List<Skill> left, List<Skill> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return null;
        }
        Map<String, Double> rightShares = new HashMap<>();
        Set<String> rightUnknown = new LinkedHashSet<>();
        for (Skill s : right) {
            if (s.share() == null) {
                rightUnknown.add(key(s.name()));
            } else {
                rightShares.putIfAbsent(key(s.name()), s.share());
            }
        }
        double sum = 0;
        Set<String> seen = new LinkedHashSet<>();
        for (Skill s : left) {
            String k = key(s.name());
            boolean inRight = rightShares.containsKey(k) || rightUnknown.contains(k);
            if (!inRight || !seen.add(k)) {
                continue;
            }
            Double r = rightShares.get(k);
            if (s.share() == null || r == null) {
                return null;
            }
            sum += Math.min(s.share(), r);
        }
        return sum;
    }

    private static Set<String> names(List<Skill> skills) {
        Set<String> names = new LinkedHashSet<>();
        for (Skill s : skills) {
            names.add(key(s.name()));
        }
        return names;
    }

    private static String key(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }
}
