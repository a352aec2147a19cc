package org.rolecompare.report.xlsx;

/**
 * One row of the Demographics sheet: one category of one role's breakdown, in the long layout
 * pivot tables need.
 *
 * @param share percent (0–100) of the role in this category
 */
public record DemographicEntry(String roleId, String dimension, String category, double share) {
}
