package org.rolecompare.report.xlsx;

/**
 * One row of the Skills sheet: a role's skill in the long layout pivot tables need.
 *
 * @param rank  the skill's position within its role in {@code skills.csv}, 1-based
 * @param share percent of postings naming the skill, or {@code null} when the source gave none
 */
public record SkillEntry(String roleId, int rank, String skill, Double share) {
}
