package org.rolecompare.report.xlsx;

/**
 * One row of the Related sheet: {@code relatedRoleId} is the {@code rank}-th most related role of
 * {@code roleId}, as related.csv lists it, with both roles' display titles.
 *
 * @param score        the pair's related score, 0–1, to 4 decimals
 * @param sharedSkills the skills both roles list, weightiest first, joined by "; "; empty when none
 */
public record RelatedEntry(String roleId, String roleTitle, String relatedRoleId, String relatedTitle, int rank, double score,
                           String sharedSkills, String reason) {
}
