package org.rolecompare.related;

/**
 * One role as the similarity sees it: sparse unit vectors of skills and of responsibility words
 * (ids sorted ascending, weights share-or-presence times rarity), interned degree and major (-1 when
 * unknown) and the average salary. {@code skillNames} are the role's own spellings, aligned with
 * {@code skillIds}, for naming shared skills the way the role's data names them.
 */
record IndexedRole(String id, int[] skillIds, float[] skillWeights, String[] skillNames, int[] termIds, float[] termWeights,
                   int degree, int major, double averageSalary) {

    boolean hasSkills() {
        return skillIds.length > 0;
    }

    boolean hasTerms() {
        return termIds.length > 0;
    }
}
