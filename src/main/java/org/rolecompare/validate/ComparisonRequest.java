package org.rolecompare.validate;

/** One accepted row of comparisons.csv: the pair to report on. */
public record ComparisonRequest(String leftId, String rightId) {
}
