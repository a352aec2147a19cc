package org.rolecompare.validate;

/** One accepted row of distributions.csv. */
public record DistributionRow(String roleId, String dimension, String category, double share) {
}
