package org.rolecompare.generate;

/**
 * The defects {@code generate --defects} injects, one per affected role, each in roles.csv so that
 * it is found on the role's own line, and the validation rule that must report it.
 */
enum Defect {
    /** average_salary above salary_max. */
    SALARY_OUTSIDE_RANGE("salary-range"),
    /** average_salary that is not a number. */
    NON_NUMERIC_SALARY("type"),
    /** common_degree_share above 100. */
    SHARE_ABOVE_100("share-range"),
    /** years_to_become written high-low, e.g. {@code 6-2}. */
    REVERSED_YEARS("years-range"),
    /** role_id in upper case, which is not a slug (used the same way in every file). */
    UPPERCASE_ROLE_ID("type");

    private final String rule;

    Defect(String rule) {
        this.rule = rule;
    }

    /** The rule id data-quality.csv names for this defect. */
    String rule() {
        return rule;
    }
}
