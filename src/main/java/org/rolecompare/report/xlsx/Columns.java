package org.rolecompare.report.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.rolecompare.changes.RoleChange;
import org.rolecompare.compare.ComparisonMetrics;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.Side;
import org.rolecompare.validate.Finding;

/**
 * The columns of the data sheets. Comparison headers are the metric ids of
 * {@code docs/metrics.md} and role headers the {@code roles.csv} column names, so analysts can look
 * any column up in the spec.
 */
final class Columns {

    private Columns() {
    }

    /**
     * The two title columns come first, so that freezing {@value #COMPARISON_FROZEN_COLUMNS} columns
     * pins the pair's names (short titles where {@code roles.csv} gives them) rather than its long ids.
     */
    static final int COMPARISON_FROZEN_COLUMNS = 2;

    static List<Column<ComparisonRow>> comparisons(List<String> dimensions) {
        List<Column<ComparisonRow>> columns = new ArrayList<>(List.of(
                Column.text("left_title", r -> r.left().displayTitle()),
                Column.text("right_title", r -> r.right().displayTitle()),
                Column.text("left_role_id", r -> r.left().id()),
                Column.text("right_role_id", r -> r.right().id()),
                metric("salary_diff", Format.MONEY, ComparisonMetrics::salaryDiff),
                metric("salary_ratio", Format.RATIO, ComparisonMetrics::salaryRatio),
                Column.text("higher_paid", r -> winner(r, r.metrics().higherPaid())),
                metric("hourly_diff", Format.HOURLY, ComparisonMetrics::hourlyDiff),
                metric("salary_range_overlap", Format.RATIO, ComparisonMetrics::salaryRangeOverlap),
                metric("growth_diff_pp", Format.PP, ComparisonMetrics::growthDiffPp),
                metric("job_count_ratio", Format.RATIO, ComparisonMetrics::jobCountRatio),
                metric("left_years_to_become", Format.GENERAL, ComparisonMetrics::leftYearsToBecome),
                metric("right_years_to_become", Format.GENERAL, ComparisonMetrics::rightYearsToBecome),
                Column.text("longer_to_become", r -> winner(r, r.metrics().longerToBecome())),
                metric("experience_diff", Format.ONE_DECIMAL, ComparisonMetrics::experienceDiff),
                metric("age_diff", Format.ONE_DECIMAL, ComparisonMetrics::ageDiff),
                metric("same_degree", Format.GENERAL, ComparisonMetrics::sameDegree),
                metric("same_major", Format.GENERAL, ComparisonMetrics::sameMajor),
                metric("same_college", Format.GENERAL, ComparisonMetrics::sameCollege)));
        for (String dimension : dimensions) {
            columns.add(metric(dimension + "_distance_pp", Format.PP,
                    m -> ignoringCase(m.dimensionDistancesPp(), dimension)));
        }
        columns.addAll(List.of(
                metric("female_share_diff_pp", Format.PP, ComparisonMetrics::femaleShareDiffPp),
                metric("lgbt_share_diff_pp", Format.PP, ComparisonMetrics::lgbtShareDiffPp),
                metric("shared_skills", Format.GENERAL, m -> m.sharedSkills().isEmpty() ? null : String.join(", ", m.sharedSkills())),
                metric("skill_jaccard", Format.JACCARD, ComparisonMetrics::skillJaccard),
                metric("skill_weighted_overlap", Format.SHARE, ComparisonMetrics::skillWeightedOverlap),
                Column.text("report", r -> FileLink.to(r.pdfPath())),
                Column.text("page", r -> FileLink.to(r.pagePath()))));
        return columns;
    }

    /**
     * Old and new values are of many kinds (money, shares, counts), so they keep General, which shows
     * each as it is; the change is one decimal with its unit in the next column.
     */
    static List<Column<RoleChange>> changes() {
        return List.of(
                Column.text("role_id", RoleChange::roleId),
                Column.text("title", RoleChange::title),
                Column.text("change", c -> c.kind().name().toLowerCase(Locale.ROOT)),
                Column.text("field", c -> c.field() == null || c.field().isEmpty() ? null : c.field()),
                new Column<>("old_value", Format.GENERAL, RoleChange::oldValue),
                new Column<>("new_value", Format.GENERAL, RoleChange::newValue),
                new Column<>("change_value", Format.ONE_DECIMAL, RoleChange::change),
                Column.text("unit", c -> c.unit() == null ? null : switch (c.unit()) {
                    case PERCENT -> "%";
                    case PP -> "pp";
                }));
    }

    static List<Column<Role>> roles() {
        return List.of(
                Column.text("role_id", Role::id),
                Column.text("title", Role::title),
                Column.text("short_title", Role::shortTitle),
                Column.text("singular_title", Role::singularTitle),
                Column.text("description", Role::description),
                Column.text("years_to_become", Role::yearsToBecome),
                new Column<>("average_salary", Format.MONEY, Role::averageSalary),
                new Column<>("hourly_rate", Format.HOURLY, Role::hourlyRate),
                new Column<>("salary_min", Format.MONEY, Role::salaryMin),
                new Column<>("salary_max", Format.MONEY, Role::salaryMax),
                new Column<>("growth_rate", Format.SHARE, Role::growthRate),
                new Column<>("job_count", Format.COUNT, Role::jobCount),
                new Column<>("job_satisfaction", Format.ONE_DECIMAL, Role::jobSatisfaction),
                Column.text("common_degree", Role::commonDegree),
                new Column<>("common_degree_share", Format.SHARE, Role::commonDegreeShare),
                Column.text("common_major", Role::commonMajor),
                Column.text("common_college", Role::commonCollege),
                new Column<>("average_age", Format.ONE_DECIMAL, Role::averageAge),
                new Column<>("years_experience", Format.ONE_DECIMAL, Role::yearsExperience),
                new Column<>("lgbt_share", Format.SHARE, Role::lgbtShare),
                Column.text("highest_paying_city", Role::highestPayingCity),
                Column.text("highest_paying_state", Role::highestPayingState),
                Column.text("best_paying_company", Role::bestPayingCompany),
                Column.text("best_paying_industry", Role::bestPayingIndustry));
    }

    static List<Column<SkillEntry>> skills() {
        return List.of(
                Column.text("role_id", SkillEntry::roleId),
                new Column<>("rank", Format.COUNT, SkillEntry::rank),
                Column.text("skill", SkillEntry::skill),
                new Column<>("share", Format.SHARE, SkillEntry::share));
    }

    static List<Column<RelatedEntry>> related() {
        return List.of(
                Column.text("role_id", RelatedEntry::roleId),
                Column.text("title", RelatedEntry::roleTitle),
                Column.text("related_role_id", RelatedEntry::relatedRoleId),
                Column.text("related_title", RelatedEntry::relatedTitle),
                new Column<>("rank", Format.COUNT, RelatedEntry::rank),
                new Column<>("score", Format.RATIO, RelatedEntry::score),
                Column.text("shared_skills", e -> e.sharedSkills().isEmpty() ? null : e.sharedSkills()),
                Column.text("reason", RelatedEntry::reason));
    }

    static List<Column<DemographicEntry>> demographics() {
        return List.of(
                Column.text("role_id", DemographicEntry::roleId),
                Column.text("dimension", DemographicEntry::dimension),
                Column.text("category", DemographicEntry::category),
                new Column<>("share", Format.SHARE, DemographicEntry::share));
    }

    /** Column index of {@code severity} in {@link #findings()}, used to colour error rows. */
    static final int SEVERITY_COLUMN = 5;

    static List<Column<Finding>> findings() {
        return List.of(
                Column.text("file", Finding::file),
                new Column<>("line", Format.GENERAL, Finding::line),
                Column.text("column", Finding::column),
                Column.text("role_id", Finding::roleId),
                Column.text("rule", f -> f.rule().id()),
                Column.text("severity", f -> f.severity().label()),
                Column.text("value", Finding::value),
                Column.text("expected", Finding::expected),
                Column.text("message", Finding::message));
    }

    static List<Column<RejectedRow>> rejectedRows() {
        return List.of(
                Column.text("file", RejectedRow::file),
                new Column<>("line", Format.GENERAL, RejectedRow::line),
                Column.text("finding", RejectedRow::finding),
                Column.text("row", RejectedRow::row));
    }

    private static Column<ComparisonRow> metric(String header, Format format, Function<ComparisonMetrics, ?> value) {
        return new Column<>(header, format, r -> value.apply(r.metrics()));
    }

    /** The winning role's id, {@code equal}, or {@code null} when unknown. */
    private static String winner(ComparisonRow row, Side side) {
        if (side == null) {
            return null;
        }
        return switch (side) {
            case LEFT -> row.left().id();
            case RIGHT -> row.right().id();
            case EQUAL -> "equal";
        };
    }

    private static Double ignoringCase(Map<String, Double> byDimension, String dimension) {
        for (Map.Entry<String, Double> e : byDimension.entrySet()) {
            if (e.getKey().equalsIgnoreCase(dimension)) {
                return e.getValue();
            }
        }
        return null;
    }
}
