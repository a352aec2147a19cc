package org.rolecompare.compare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics of {@code docs/metrics.md} for one pair (left L, right R). Differences are R − L,
 * ratios R ÷ L. A {@code null} means the metric's inputs are unknown; it is shown as {@code -} and
 * never as zero. Numbers are rounded to their {@link MetricPrecision} when computed, so every output
 * (CSV, workbook, PDF) shows the same value; formats may show fewer decimals.
 *
 * @param dimensionDistancesPp total variation distance in percentage points per dimension present
 *                             in both roles, keyed by the left role's spelling, in the left role's order
 */
public record ComparisonMetrics(
        String leftId,
        String rightId,
        Double salaryDiff,
        Double salaryRatio,
        Side higherPaid,
        Double hourlyDiff,
        Double salaryRangeOverlap,
        Double growthDiffPp,
        Double jobCountRatio,
        YearsRange leftYearsToBecome,
        YearsRange rightYearsToBecome,
        Side longerToBecome,
        Double experienceDiff,
        Double ageDiff,
        Boolean sameDegree,
        Boolean sameMajor,
        Boolean sameCollege,
        Map<String, Double> dimensionDistancesPp,
        Double femaleShareDiffPp,
        Double lgbtShareDiffPp,
        List<String> sharedSkills,
        Double skillJaccard,
        Double skillWeightedOverlap) {

    public ComparisonMetrics {
        dimensionDistancesPp = Collections.unmodifiableMap(new LinkedHashMap<>(dimensionDistancesPp));
        sharedSkills = List.copyOf(sharedSkills);
    }
}
