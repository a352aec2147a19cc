package org.rolecompare.validate;

/**
 * The validation rules of {@code docs/input-format.md}, plus the few the pipeline adds so that
 * nothing is dropped without a finding ({@code unknown-column}, {@code role-rejected}).
 */
public enum Rule {
    REQUIRED("required", Severity.ERROR),
    TYPE("type", Severity.ERROR),
    UNIQUE_ROLE("unique-role", Severity.ERROR),
    UNKNOWN_ROLE("unknown-role", Severity.ERROR),
    SHARE_RANGE("share-range", Severity.ERROR),
    SALARY_RANGE("salary-range", Severity.ERROR),
    HOURLY_VS_YEARLY("hourly-vs-yearly", Severity.WARNING),
    DISTRIBUTION_SUM("distribution-sum", Severity.ERROR),
    SKILLS_SUM("skills-sum", Severity.ERROR),
    YEARS_RANGE("years-range", Severity.ERROR),
    PLAUSIBLE_AGE("plausible-age", Severity.WARNING),
    SELF_COMPARISON("self-comparison", Severity.ERROR),
    DUPLICATE_COMPARISON("duplicate-comparison", Severity.WARNING),
    /** A column the input format (docs/input-format.md) does not know; its values are ignored. */
    UNKNOWN_COLUMN("unknown-column", Severity.WARNING),
    /** Text longer than a workbook cell holds (32,767 characters); the workbook cuts it. */
    TEXT_LENGTH("text-length", Severity.WARNING),
    /** Text longer than the PDF report shows ({@link PdfText}); the PDF cuts it at a word, with an ellipsis. */
    PDF_TEXT_LENGTH("pdf-text-length", Severity.WARNING),
    /**
     * A value holding control characters (NUL and the other C0 controls but tab and line breaks): they are removed and
     * the rest of the value kept. In an id it is a {@link #TYPE} error instead.
     */
    CONTROL_CHARACTER("control-character", Severity.WARNING),
    /** A short_title or singular_title longer than its limit; it is ignored and the title is used instead. */
    TITLE_LENGTH("title-length", Severity.WARNING),
    /**
     * An accepted role with fewer of its {@link KeyFields} known than the job's
     * {@code thresholds.min-known-fields}; its reports have sections without data.
     */
    SPARSE_ROLE("sparse-role", Severity.INFO),
    /** A comparison whose report file name is an earlier, different pair's (role ids with a "vs" part); it is skipped. */
    REPORT_NAME_COLLISION("report-name-collision", Severity.ERROR),
    /** A comparison skipped because one of its roles was rejected by another rule. */
    ROLE_REJECTED("role-rejected", Severity.ERROR);

    private final String id;
    private final Severity severity;

    Rule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    /** The rule id as written in data-quality.csv, e.g. {@code salary-range}. */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public static Rule fromId(String id) {
        for (Rule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown rule id: " + id);
    }
}
