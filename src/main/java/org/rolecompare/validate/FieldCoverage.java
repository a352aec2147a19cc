package org.rolecompare.validate;

/**
 * How many accepted roles have one field known, e.g. {@code salary_max}: 12 of 34. Real feeds leave
 * many fields unknown (top-coded salaries, sparse demographics), so the run says per field how much
 * of the input the reports can draw on; the manifest and the workbook's Summary show it.
 *
 * @param field    a roles.csv column name, or {@code demographics} (at least one breakdown row),
 *                 {@code demographics:DIMENSION} (a breakdown of that dimension, lower case),
 *                 {@code responsibilities}, {@code skills} (at least one row each) or
 *                 {@code skill_shares} (at least one skill, every share known)
 * @param known    accepted roles that have it
 * @param accepted accepted roles in all
 */
public record FieldCoverage(String field, long known, long accepted) {

    /** The share of accepted roles that have the field, in percent (0–100), or {@code null} without roles. */
    public Double percent() {
        return accepted == 0 ? null : 100.0 * known / accepted;
    }
}
