package org.rolecompare.validate;

import java.util.Locale;

import org.rolecompare.compare.Role;
import org.rolecompare.compare.YearsRange;
import org.rolecompare.ingest.CsvRow;
import org.rolecompare.ingest.Values;

/**
 * The row-level rules of {@code docs/input-format.md}, one method per input file. Rules that need
 * more than one row (uniqueness, references, sums, duplicates) live in {@link CrossFileRules}.
 */
public final class RowValidators {

    /** hourly_rate may differ from average_salary / 2080 by at most this fraction. */
    static final double HOURLY_TOLERANCE = 0.01;
    static final double HOURS_PER_YEAR = 2080;
    /** Longest short_title: it heads sections and table columns. */
    public static final int SHORT_TITLE_LIMIT = 40;
    /** Longest singular_title: it is used inside sentences. */
    public static final int SINGULAR_TITLE_LIMIT = 80;

    private RowValidators() {
    }

    public static ValidatedRow<Role> role(CsvRow row) {
        String rawId = Values.text(row.get("role_id"));
        FieldReader f = new FieldReader(row, rawId);
        String id = f.slug("role_id");
        String title = f.text("title", true);
        String description = f.text("description", false);
        YearsRange years = f.years("years_to_become");
        Double average = f.money("average_salary", true);
        Double hourly = f.money("hourly_rate", false);
        Double min = f.money("salary_min", false);
        Double max = f.money("salary_max", false);
        Double growth = f.percent("growth_rate");
        Long jobs = f.count("job_count");
        Double satisfaction = f.boundedNumber("job_satisfaction", 0, 5, "a rating from 0 to 5");
        String degree = f.text("common_degree", false);
        Double degreeShare = f.share("common_degree_share", false);
        String major = f.text("common_major", false);
        String college = f.text("common_college", false);
        Double age = f.number("average_age");
        Double experience = f.boundedNumber("years_experience", 0, 70, "a number of years from 0 to 70");
        Double lgbt = f.share("lgbt_share", false);
        checkSalaryRange(f, average, min, max);
        checkHourly(f, average, hourly);
        if (age != null && (age < 16 || age > 80)) {
            f.add("average_age", Rule.PLAUSIBLE_AGE, f.raw("average_age"), "an age from 16 to 80",
                    "average_age " + f.raw("average_age") + " is implausible for a working population");
        }
        Role role = f.hasErrors() ? null : new Role(id, title, description, years, average, hourly, min, max, growth,
                jobs, satisfaction, degree, degreeShare, major, college, age, experience, lgbt,
                f.text("highest_paying_city", false), f.text("highest_paying_state", false),
                f.text("best_paying_company", false), f.text("best_paying_industry", false),
                f.shortText("short_title", SHORT_TITLE_LIMIT), f.shortText("singular_title", SINGULAR_TITLE_LIMIT));
        return new ValidatedRow<>(row, rawId, role, f.findings());
    }

    static void checkSalaryRange(FieldReader f, Double average, Double min, Double max) {
        if (min != null && max != null && min > max) {
            f.add("salary_min", Rule.SALARY_RANGE, f.raw("salary_min") + " > " + f.raw("salary_max"),
                    "salary_min <= salary_max", "salary_min " + f.raw("salary_min") + " is above salary_max " + f.raw("salary_max"));
        } else if (average != null && min != null && max != null && (average < min || average > max)) {
            f.add("average_salary", Rule.SALARY_RANGE, f.raw("average_salary"),
                    "between salary_min " + f.raw("salary_min") + " and salary_max " + f.raw("salary_max"),
                    "average_salary " + f.raw("average_salary") + " lies outside the salary range "
                            + f.raw("salary_min") + " to " + f.raw("salary_max"));
        }
    }

    static void checkHourly(FieldReader f, Double average, Double hourly) {
        if (average == null || hourly == null || average <= 0) {
            return;
        }
        double implied = average / HOURS_PER_YEAR;
        if (Math.abs(hourly - implied) > implied * HOURLY_TOLERANCE) {
            String expected = String.format(Locale.ROOT, "about %.2f (average_salary / 2080, within 1%%)", implied);
            f.add("hourly_rate", Rule.HOURLY_VS_YEARLY, f.raw("hourly_rate"), expected,
                    "hourly_rate " + f.raw("hourly_rate") + " does not match average_salary " + f.raw("average_salary")
                            + " for a 2080-hour year");
        }
    }

    public static ValidatedRow<DistributionRow> distribution(CsvRow row) {
        FieldReader f = new FieldReader(row, Values.text(row.get("role_id")));
        String id = f.slug("role_id");
        String dimension = f.text("dimension", true);
        String category = f.text("category", true);
        Double share = f.share("share", true);
        DistributionRow value = f.hasErrors() ? null : new DistributionRow(id, dimension, category, share);
        return new ValidatedRow<>(row, Values.text(row.get("role_id")), value, f.findings());
    }

    public static ValidatedRow<SkillRow> skill(CsvRow row) {
        FieldReader f = new FieldReader(row, Values.text(row.get("role_id")));
        String id = f.slug("role_id");
        String skill = f.text("skill", true);
        Double share = f.share("share", false);
        SkillRow value = f.hasErrors() ? null : new SkillRow(id, skill, share);
        return new ValidatedRow<>(row, Values.text(row.get("role_id")), value, f.findings());
    }

    public static ValidatedRow<ResponsibilityRow> responsibility(CsvRow row) {
        FieldReader f = new FieldReader(row, Values.text(row.get("role_id")));
        String id = f.slug("role_id");
        String text = f.text("responsibility", true);
        ResponsibilityRow value = f.hasErrors() ? null : new ResponsibilityRow(id, text);
        return new ValidatedRow<>(row, Values.text(row.get("role_id")), value, f.findings());
    }

    public static ValidatedRow<ComparisonRequest> comparison(CsvRow row) {
        String rawLeft = Values.text(row.get("left_role_id"));
        FieldReader f = new FieldReader(row, rawLeft);
        String left = f.slug("left_role_id");
        String right = f.slug("right_role_id");
        if (left != null && left.equals(right)) {
            f.add("right_role_id", Rule.SELF_COMPARISON, right, "a role other than " + left,
                    "a role cannot be compared with itself");
        }
        ComparisonRequest value = f.hasErrors() ? null : new ComparisonRequest(left, right);
        return new ValidatedRow<>(row, rawLeft, value, f.findings());
    }
}
