package org.rolecompare.staging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rolecompare.ingest.InputFile;
import org.rolecompare.validate.FieldCoverage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * How many rows of a run were read, accepted and rejected, per file, per role and per comparison,
 * and how many accepted roles have each field known. The cross-check counts them as it reads the
 * staged rows and saves them ({@link #save}); counting them over again ({@link #scan}) reads every
 * staged row of the run several times, so it is left for runs whose cross-check saved no counts
 * (an earlier release's).
 */
@Repository
public class StagingCounts {

    /** The roles.csv columns whose coverage is counted, in file order (title and average_salary are required). */
    static final List<String> COVERED_COLUMNS = List.of("description", "years_to_become", "hourly_rate", "salary_min",
            "salary_max", "growth_rate", "job_count", "job_satisfaction", "common_degree", "common_degree_share", "common_major",
            "common_college", "average_age", "years_experience", "lgbt_share", "highest_paying_city", "highest_paying_state",
            "best_paying_company", "best_paying_industry", "short_title", "singular_title");

    /** Per {@link #COVERED_COLUMNS}, in that order, whether a role of {@code rc_role r} has it known (years_to_become is years_min). */
    static final String KNOWN_COLUMNS = "r.description IS NOT NULL, r.years_min IS NOT NULL, r.hourly_rate IS NOT NULL,"
            + " r.salary_min IS NOT NULL, r.salary_max IS NOT NULL, r.growth_rate IS NOT NULL, r.job_count IS NOT NULL,"
            + " r.job_satisfaction IS NOT NULL, r.common_degree IS NOT NULL, r.common_degree_share IS NOT NULL,"
            + " r.common_major IS NOT NULL, r.common_college IS NOT NULL, r.average_age IS NOT NULL, r.years_experience IS NOT NULL,"
            + " r.lgbt_share IS NOT NULL, r.highest_paying_city IS NOT NULL, r.highest_paying_state IS NOT NULL,"
            + " r.best_paying_company IS NOT NULL, r.best_paying_industry IS NOT NULL, r.short_title IS NOT NULL,"
            + " r.singular_title IS NOT NULL";

    /** The accepted roles, then per {@link #COVERED_COLUMNS} (in that order; years_to_become is years_min) the roles with it known. */
    private static final String COVERAGE = "SELECT COUNT(*), COUNT(description), COUNT(years_min), COUNT(hourly_rate),"
            + " COUNT(salary_min), COUNT(salary_max), COUNT(growth_rate), COUNT(job_count), COUNT(job_satisfaction),"
            + " COUNT(common_degree), COUNT(common_degree_share), COUNT(common_major), COUNT(common_college), COUNT(average_age),"
            + " COUNT(years_experience), COUNT(lgbt_share), COUNT(highest_paying_city), COUNT(highest_paying_state),"
            + " COUNT(best_paying_company), COUNT(best_paying_industry), COUNT(short_title), COUNT(singular_title)"
            + " FROM rc_role r WHERE r.k BETWEEN ? AND ? AND NOT r.rejected";

    /**
     * The accepted roles with accepted rows in a file of their own, counted from that file's accepted
     * rows in one pass rather than looked up role by role: once the cross-check has run, every
     * accepted row belongs to an accepted role, and an accepted role id is listed once.
     */
    private static final String ROLES_WITH_DISTRIBUTIONS = "SELECT COUNT(DISTINCT role_id) FROM rc_distribution"
            + " WHERE k BETWEEN ? AND ? AND NOT rejected";
    private static final String ROLES_WITH_RESPONSIBILITIES = "SELECT COUNT(DISTINCT role_id) FROM rc_responsibility"
            + " WHERE k BETWEEN ? AND ? AND NOT rejected";
    /** The roles with skills, and those of them with a skill whose share is not known. */
    private static final String ROLES_WITH_SKILLS = "SELECT COUNT(DISTINCT role_id), COUNT(DISTINCT CASE WHEN share IS NULL"
            + " THEN role_id END) FROM rc_skill WHERE k BETWEEN ? AND ? AND NOT rejected";

    /** The names of the saved counts ({@link #save}); a file's and a field's name follow the prefix. */
    private static final String FILE_READ = "read:";
    private static final String FILE_REJECTED = "rejected:";
    private static final String ROLES_READ = "roles-read";
    private static final String ROLES_REJECTED = "roles-rejected";
    private static final String COMPARISONS_READ = "comparisons-read";
    private static final String COMPARISONS_ACCEPTED = "comparisons-accepted";
    private static final String COMPARISONS_REJECTED = "comparisons-rejected";
    private static final String ROLES_ACCEPTED_COVERED = "coverage-of";
    private static final String FIELD_COVERAGE = "coverage:";

    private final JdbcTemplate jdbc;

    public StagingCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts of a run's facts: per input file, roles, comparisons and the coverage of each field. */
    record RunCounts(Map<InputFile, TableCount> files, TableCount roles, ComparisonCounts comparisons, List<FieldCoverage> coverage) {

        RunCounts {
            files = Collections.unmodifiableMap(new EnumMap<>(files));
            coverage = List.copyOf(coverage);
        }
    }

    /** Saves the counts of run {@code runId} in the order they are listed, in place of any saved before. */
    void save(long runId, RunCounts counts) {
        List<Object[]> rows = new ArrayList<>();
        counts.files().forEach((file, c) -> {
            rows.add(new Object[] {FILE_READ + file.fileName(), c.read()});
            rows.add(new Object[] {FILE_REJECTED + file.fileName(), c.rejected()});
        });
        rows.add(new Object[] {ROLES_READ, counts.roles().read()});
        rows.add(new Object[] {ROLES_REJECTED, counts.roles().rejected()});
        rows.add(new Object[] {COMPARISONS_READ, counts.comparisons().read()});
        rows.add(new Object[] {COMPARISONS_ACCEPTED, counts.comparisons().accepted()});
        rows.add(new Object[] {COMPARISONS_REJECTED, counts.comparisons().rejected()});
        rows.add(new Object[] {ROLES_ACCEPTED_COVERED, counts.coverage().isEmpty() ? 0 : counts.coverage().get(0).accepted()});
        for (FieldCoverage c : counts.coverage()) {
            rows.add(new Object[] {FIELD_COVERAGE + c.field(), c.known()});
        }
        jdbc.update("DELETE FROM rc_count WHERE run_id = ?", runId);
        int[] seq = {0};
        jdbc.batchUpdate("INSERT INTO rc_count (run_id, seq, name, n) VALUES (?, ?, ?, ?)", rows, rows.size(), (ps, row) -> {
            ps.setLong(1, runId);
            ps.setInt(2, seq[0]++);
            ps.setString(3, (String) row[0]);
            ps.setLong(4, (Long) row[1]);
        });
    }

    /** The counts the cross-check of run {@code runId} saved, or empty when it saved none. */
    Optional<RunCounts> saved(long runId) {
        Map<String, Long> values = new LinkedHashMap<>();
        jdbc.query("SELECT name, n FROM rc_count WHERE run_id = ? ORDER BY run_id, seq", rs -> {
            values.put(rs.getString(1), rs.getLong(2));
        }, runId);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        Map<InputFile, TableCount> files = new EnumMap<>(InputFile.class);
        for (InputFile file : InputFile.values()) {
            files.put(file, new TableCount(values.get(FILE_READ + file.fileName()), values.get(FILE_REJECTED + file.fileName())));
        }
        long accepted = values.get(ROLES_ACCEPTED_COVERED);
        List<FieldCoverage> coverage = new ArrayList<>();
        values.forEach((name, n) -> {
            if (name.startsWith(FIELD_COVERAGE)) {
                coverage.add(new FieldCoverage(name.substring(FIELD_COVERAGE.length()), n, accepted));
            }
        });
        return Optional.of(new RunCounts(files, new TableCount(values.get(ROLES_READ), values.get(ROLES_REJECTED)),
                new ComparisonCounts(values.get(COMPARISONS_READ), values.get(COMPARISONS_ACCEPTED), values.get(COMPARISONS_REJECTED)),
                coverage));
    }

    /** The counts of run {@code runId} counted over its staged rows, as the cross-check of an earlier release left them. */
    RunCounts scan(long runId) {
        Map<InputFile, TableCount> files = new EnumMap<>(InputFile.class);
        ComparisonCounts comparisons = comparisonCounts(runId);
        for (InputFile file : InputFile.values()) {
            files.put(file, file == InputFile.COMPARISONS
                    ? new TableCount(comparisons.read(), comparisons.read() - comparisons.accepted())
                    : count(runId, file));
        }
        return new RunCounts(files, roleCount(runId), comparisons, coverage(runId));
    }

    /** Rows read and rejected. */
    public record TableCount(long read, long rejected) {
        public long accepted() {
            return read - rejected;
        }
    }

    /** The rows of one file: read and rejected (for comparisons.csv, all not accepted). */
    public TableCount count(long runId, InputFile file) {
        return jdbc.queryForObject(StagedTable.of(file).count, (rs, i) -> new TableCount(rs.getLong(1), rs.getLong(2)),
                StagingKey.first(runId), StagingKey.last(runId));
    }

    /** Distinct role ids read and rejected (a duplicated id counts once). */
    public TableCount roleCount(long runId) {
        return jdbc.queryForObject("SELECT COUNT(DISTINCT COALESCE(role_id, 'line:' || line)),"
                + " COUNT(DISTINCT CASE WHEN rejected THEN COALESCE(role_id, 'line:' || line) END) FROM rc_role WHERE k BETWEEN ? AND ?",
                (rs, i) -> new TableCount(rs.getLong(1), rs.getLong(2)), StagingKey.first(runId), StagingKey.last(runId));
    }

    /** The comparisons of a run: read, accepted (to be written), rejected; the rest were skipped. */
    public record ComparisonCounts(long read, long accepted, long rejected) {
    }

    /** {@link ComparisonCounts} in one pass over the run's comparisons. */
    public ComparisonCounts comparisonCounts(long runId) {
        return jdbc.queryForObject("SELECT COUNT(*), COUNT(CASE WHEN status = 'ACCEPTED' THEN 1 END),"
                + " COUNT(CASE WHEN status = 'REJECTED' THEN 1 END) FROM rc_comparison WHERE k BETWEEN ? AND ?",
                (rs, i) -> new ComparisonCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3)), StagingKey.first(runId), StagingKey.last(runId));
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
        }, StagingKey.first(runId), StagingKey.last(runId));
        long accepted = counts[0];
        for (int c = 0; c < COVERED_COLUMNS.size(); c++) {
            coverage.add(new FieldCoverage(COVERED_COLUMNS.get(c), counts[c + 1], accepted));
        }
        coverage.add(new FieldCoverage("demographics", single(ROLES_WITH_DISTRIBUTIONS, runId), accepted));
        jdbc.query("SELECT LOWER(dimension), COUNT(DISTINCT role_id) FROM rc_distribution WHERE k BETWEEN ? AND ?"
                + " AND NOT rejected GROUP BY LOWER(dimension) ORDER BY MIN(line)", rs -> {
                    coverage.add(new FieldCoverage("demographics:" + rs.getString(1), rs.getLong(2), accepted));
                }, StagingKey.first(runId), StagingKey.last(runId));
        coverage.add(new FieldCoverage("responsibilities", single(ROLES_WITH_RESPONSIBILITIES, runId), accepted));
        long[] skills = jdbc.queryForObject(ROLES_WITH_SKILLS, (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
                StagingKey.first(runId), StagingKey.last(runId));
        coverage.add(new FieldCoverage("skills", skills[0], accepted));
        coverage.add(new FieldCoverage("skill_shares", skills[0] - skills[1], accepted));
        return coverage;
    }

    private long single(String count, long runId) {
        Long n = jdbc.queryForObject(count, Long.class, StagingKey.first(runId), StagingKey.last(runId));
        return n == null ? 0 : n;
    }
}
