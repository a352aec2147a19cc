package org.rolecompare.staging;

import java.util.ArrayList;
import java.util.List;

import org.rolecompare.ingest.InputFile;
import org.rolecompare.validate.FieldCoverage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * How many rows of a run were read, accepted and rejected, per file, per role and per comparison,
 * and how many accepted roles have each field known.
 */
@Repository
public class StagingCounts {

    /** The roles.csv columns whose coverage is counted, in file order (title and average_salary are required). */
    private static final List<String> COVERED_COLUMNS = List.of("description", "years_to_become", "hourly_rate", "salary_min",
            "salary_max", "growth_rate", "job_count", "job_satisfaction", "common_degree", "common_degree_share", "common_major",
            "common_college", "average_age", "years_experience", "lgbt_share", "highest_paying_city", "highest_paying_state",
            "best_paying_company", "best_paying_industry", "short_title", "singular_title");

    /** The accepted roles, then per {@link #COVERED_COLUMNS} (in that order; years_to_become is years_min) the roles with it known. */
    private static final String COVERAGE = "SELECT COUNT(*), COUNT(description), COUNT(years_min), COUNT(hourly_rate),"
            + " COUNT(salary_min), COUNT(salary_max), COUNT(growth_rate), COUNT(job_count), COUNT(job_satisfaction),"
            + " COUNT(common_degree), COUNT(common_degree_share), COUNT(common_major), COUNT(common_college), COUNT(average_age),"
            + " COUNT(years_experience), COUNT(lgbt_share), COUNT(highest_paying_city), COUNT(highest_paying_state),"
            + " COUNT(best_paying_company), COUNT(best_paying_industry), COUNT(short_title), COUNT(singular_title)"
            + " FROM rc_role r WHERE r.run_id = ? AND NOT r.rejected";

    /**
     * The accepted roles with accepted rows in a file of their own, counted from that file's accepted
     * rows in one pass rather than looked up role by role: once the cross-check has run, every
     * accepted row belongs to an accepted role, and an accepted role id is listed once.
     */
    private static final String ROLES_WITH_DISTRIBUTIONS = "SELECT COUNT(DISTINCT role_id) FROM rc_distribution"
            + " WHERE run_id = ? AND NOT rejected";
    private static final String ROLES_WITH_RESPONSIBILITIES = "SELECT COUNT(DISTINCT role_id) FROM rc_responsibility"
            + " WHERE run_id = ? AND NOT rejected";
    /** The roles with skills, and those of them with a skill whose share is not known. */
    private static final String ROLES_WITH_SKILLS = "SELECT COUNT(DISTINCT role_id), COUNT(DISTINCT CASE WHEN share IS NULL"
            + " THEN role_id END) FROM rc_skill WHERE run_id = ? AND NOT rejected";

    private final JdbcTemplate jdbc;

    public StagingCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows read and rejected. */
    public record TableCount(long read, long rejected) {
        public long accepted() {
            return read - rejected;
        }
    }

    /** The rows of one file: read and rejected (for comparisons.csv, all not accepted). */
    public TableCount count(long runId, InputFile file) {
        return jdbc.queryForObject(StagedTable.of(file).count, (rs, i) -> new TableCount(rs.getLong(1), rs.getLong(2)), runId);
    }

    /** Distinct role ids read and rejected (a duplicated id counts once). */
    public TableCount roleCount(long runId) {
        return jdbc.queryForObject("SELECT COUNT(DISTINCT COALESCE(role_id, 'line:' || line)),"
                + " COUNT(DISTINCT CASE WHEN rejected THEN COALESCE(role_id, 'line:' || line) END) FROM rc_role WHERE run_id = ?",
                (rs, i) -> new TableCount(rs.getLong(1), rs.getLong(2)), runId);
    }

    /** The comparisons of a run: read, accepted (to be written), rejected; the rest were skipped. */
    public record ComparisonCounts(long read, long accepted, long rejected) {
    }

    /** {@link ComparisonCounts} in one pass over the run's comparisons. */
    public ComparisonCounts comparisonCounts(long runId) {
        return jdbc.queryForObject("SELECT COUNT(*), COUNT(CASE WHEN status = 'ACCEPTED' THEN 1 END),"
                + " COUNT(CASE WHEN status = 'REJECTED' THEN 1 END) FROM rc_comparison WHERE run_id = ?",
                (rs, i) -> new ComparisonCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3)), runId);
    }

    /**
     * Per field, how many accepted roles have it known: the roles.csv columns, then demographics (any
     * breakdown, then each dimension seen, in file order), responsibilities, skills and skill shares
     * (every share of the role's skills known). One pass over the accepted roles, plus one over the
     * breakdowns for the dimensions.
     */
    public List<FieldCoverage> coverage(long runId) {
        List<FieldCoverage> coverage = new ArrayList<>();
        long[] counts = jdbc.queryForObject(COVERAGE, (rs, i) -> {
            long[] values = new long[COVERED_COLUMNS.size() + 1];
            for (int c = 0; c < values.length; c++) {
                values[c] = rs.getLong(c + 1);
            }
            return values;
        }, runId);
        long accepted = counts[0];
        for (int c = 0; c < COVERED_COLUMNS.size(); c++) {
            coverage.add(new FieldCoverage(COVERED_COLUMNS.get(c), counts[c + 1], accepted));
        }
        coverage.add(new FieldCoverage("demographics", single(ROLES_WITH_DISTRIBUTIONS, runId), accepted));
        jdbc.query("SELECT LOWER(dimension), COUNT(DISTINCT role_id) FROM rc_distribution WHERE run_id = ? AND NOT rejected"
                + " GROUP BY LOWER(dimension) ORDER BY MIN(line)", rs -> {
                    coverage.add(new FieldCoverage("demographics:" + rs.getString(1), rs.getLong(2), accepted));
                }, runId);
        coverage.add(new FieldCoverage("responsibilities", single(ROLES_WITH_RESPONSIBILITIES, runId), accepted));
        long[] skills = jdbc.queryForObject(ROLES_WITH_SKILLS, (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, runId);
        coverage.add(new FieldCoverage("skills", skills[0], accepted));
        coverage.add(new FieldCoverage("skill_shares", skills[0] - skills[1], accepted));
        return coverage;
    }

    private long single(String count, long runId) {
        Long n = jdbc.queryForObject(count, Long.class, runId);
        return n == null ? 0 : n;
    }
}
