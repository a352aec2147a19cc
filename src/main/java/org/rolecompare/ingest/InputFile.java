package org.rolecompare.ingest;

import java.util.List;

/**
 * The five input files of {@code docs/input-format.md} and their columns. Columns are found by
 * header name in any order; a missing required column fails the whole file.
 */
public enum InputFile {
    ROLES("roles.csv",
            List.of("role_id", "title", "average_salary"),
            List.of("role_id", "title", "description", "years_to_become", "average_salary", "hourly_rate",
                    "salary_min", "salary_max", "growth_rate", "job_count", "job_satisfaction", "common_degree",
                    "common_degree_share", "common_major", "common_college", "average_age", "years_experience",
                    "lgbt_share", "highest_paying_city", "highest_paying_state", "best_paying_company",
                    "best_paying_industry", "short_title", "singular_title")),
    DISTRIBUTIONS("distributions.csv",
            List.of("role_id", "dimension", "category", "share"),
            List.of("role_id", "dimension", "category", "share")),
    SKILLS("skills.csv",
            List.of("role_id", "skill"),
            List.of("role_id", "skill", "share")),
    RESPONSIBILITIES("responsibilities.csv",
            List.of("role_id", "responsibility"),
            List.of("role_id", "responsibility")),
    COMPARISONS("comparisons.csv",
            List.of("left_role_id", "right_role_id"),
            List.of("left_role_id", "right_role_id"));

    private final String fileName;
    private final List<String> requiredColumns;
    private final List<String> columns;

    InputFile(String fileName, List<String> requiredColumns, List<String> columns) {
        this.fileName = fileName;
        this.requiredColumns = requiredColumns;
        this.columns = columns;
    }

    public String fileName() {
        return fileName;
    }

    public List<String> requiredColumns() {
        return requiredColumns;
    }

    public List<String> columns() {
        return columns;
    }
}
