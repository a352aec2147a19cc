package org.rolecompare.staging;

import static org.rolecompare.staging.JdbcValues.setDouble;
import static org.rolecompare.staging.JdbcValues.setInt;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.rolecompare.compare.Role;
import org.rolecompare.validate.ComparisonRequest;
import org.rolecompare.validate.DistributionRow;
import org.rolecompare.validate.Finding;
import org.rolecompare.validate.ResponsibilityRow;
import org.rolecompare.validate.SkillRow;
import org.rolecompare.validate.ValidatedRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes the staging tables in the job's database: every input row as loaded (accepted or
 * rejected), the findings, the input files' fingerprints, and removes a run's rows again. Rows are
 * keyed by the job instance id (the run id), so a restarted run finds what its earlier execution
 * committed, and runs never see each other's data.
 */
@Repository
public class StagingStore {

    static final String ACCEPTED = "ACCEPTED";
    static final String REJECTED = "REJECTED";
    static final String SKIPPED = "SKIPPED";

    /** Deletes a run's rows from the staging tables of the input files; parameters: the run's first and last key. */
    private static final List<String> CLEAR_ROWS = List.of(
            "DELETE FROM rc_role WHERE k BETWEEN ? AND ?",
            "DELETE FROM rc_distribution WHERE k BETWEEN ? AND ?",
            "DELETE FROM rc_skill WHERE k BETWEEN ? AND ?",
            "DELETE FROM rc_responsibility WHERE k BETWEEN ? AND ?",
            "DELETE FROM rc_comparison WHERE k BETWEEN ? AND ?");
    /** Deletes a run's rows from the other staging tables; parameter: the run id. */
    private static final List<String> CLEAR = List.of(
            "DELETE FROM rc_finding WHERE run_id = ?",
            "DELETE FROM rc_file WHERE run_id = ?",
            "DELETE FROM rc_change WHERE run_id = ?",
            "DELETE FROM rc_related WHERE run_id = ?",
            "DELETE FROM rc_count WHERE run_id = ?");

    private final JdbcTemplate jdbc;
    /** Counts the writes, so that what was read from the staged rows can be kept until they change. */
    private final AtomicLong writes = new AtomicLong();

    public StagingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A number that changes with every write to the staging tables through this store or the cross-check. */
    long writes() {
        return writes.get();
    }

    /** Records a write to the staging tables. */
    void changed() {
        writes.incrementAndGet();
    }

    public void clear(long runId) {
        changed();
        for (String delete : CLEAR_ROWS) {
            jdbc.update(delete, StagingKey.first(runId), StagingKey.last(runId));
        }
        for (String delete : CLEAR) {
            jdbc.update(delete, runId);
        }
    }

    /** Deletes the staged data of all but the newest {@code keep} runs; returns how many runs went. */
    public int pruneRuns(int keep) {
        List<Long> runs = jdbc.queryForList("SELECT DISTINCT run_id FROM rc_file ORDER BY run_id DESC", Long.class);
        List<Long> old = runs.subList(Math.min(keep, runs.size()), runs.size());
        for (Long runId : old) {
            clear(runId);
        }
        return old.size();
    }

    /** True when the staged data of this run is still kept (retention may have deleted it). */
    public boolean hasRun(long runId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM rc_file WHERE run_id = ?", Integer.class, runId);
        return n != null && n > 0;
    }

    public void saveFileHash(long runId, String file, String sha256) {
        changed();
        // portable SQL (H2 and PostgreSQL) rather than either's MERGE/UPSERT dialect; one step writes a run's hashes
        jdbc.update("DELETE FROM rc_file WHERE run_id = ? AND file = ?", runId, file);
        jdbc.update("INSERT INTO rc_file (run_id, file, sha256) VALUES (?, ?, ?)", runId, file, sha256);
    }

    /** The SHA-256 of each input file of the run, by file name. */
    public Map<String, String> fileHashes(long runId) {
        Map<String, String> hashes = new LinkedHashMap<>();
        jdbc.query("SELECT file, sha256 FROM rc_file WHERE run_id = ?", rs -> {
            hashes.put(rs.getString(1), rs.getString(2));
        }, runId);
        return hashes;
    }

    public void saveFindings(long runId, List<Finding> findings) {
        changed();
        if (findings.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO rc_finding (run_id, file, line, col, role_id, rule, severity, val, expected, message)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", findings, findings.size(), (ps, f) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, f.file());
                    ps.setLong(3, f.line());
                    ps.setString(4, f.column());
                    ps.setString(5, f.roleId());
                    ps.setString(6, f.rule().id());
                    ps.setString(7, f.severity().label());
                    ps.setString(8, f.value());
                    ps.setString(9, f.expected());
                    ps.setString(10, f.message());
                });
    }

    public void saveRoles(long runId, List<? extends ValidatedRow<Role>> rows) {
        changed();
        jdbc.batchUpdate("INSERT INTO rc_role (k, run_id, line, role_id, rejected, title, description, years_min, years_max,"
                + " average_salary, hourly_rate, salary_min, salary_max, growth_rate, job_count, job_satisfaction,"
                + " common_degree, common_degree_share, common_major, common_college, average_age, years_experience,"
                + " lgbt_share, highest_paying_city, highest_paying_state, best_paying_company, best_paying_industry,"
                + " short_title, singular_title)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows, rows.size(), (ps, row) -> {
                    Role r = row.value();
                    keyColumns(ps, runId, row);
                    if (r == null) {
                        for (int i = 6; i <= 29; i++) {
                            ps.setNull(i, Types.NULL);
                        }
                        return;
                    }
                    ps.setString(6, r.title());
                    ps.setString(7, r.description());
                    setInt(ps, 8, r.yearsToBecome() == null ? null : r.yearsToBecome().min());
                    setInt(ps, 9, r.yearsToBecome() == null ? null : r.yearsToBecome().max());
                    ps.setDouble(10, r.averageSalary());
                    setDouble(ps, 11, r.hourlyRate());
                    setDouble(ps, 12, r.salaryMin());
                    setDouble(ps, 13, r.salaryMax());
                    setDouble(ps, 14, r.growthRate());
                    ps.setObject(15, r.jobCount(), Types.BIGINT);
                    setDouble(ps, 16, r.jobSatisfaction());
                    ps.setString(17, r.commonDegree());
                    setDouble(ps, 18, r.commonDegreeShare());
                    ps.setString(19, r.commonMajor());
                    ps.setString(20, r.commonCollege());
                    setDouble(ps, 21, r.averageAge());
                    setDouble(ps, 22, r.yearsExperience());
                    setDouble(ps, 23, r.lgbtShare());
                    ps.setString(24, r.highestPayingCity());
                    ps.setString(25, r.highestPayingState());
                    ps.setString(26, r.bestPayingCompany());
                    ps.setString(27, r.bestPayingIndustry());
                    ps.setString(28, r.shortTitle());
                    ps.setString(29, r.singularTitle());
                });
    }

    public void saveDistributions(long runId, List<? extends ValidatedRow<DistributionRow>> rows) {
        changed();
        jdbc.batchUpdate("INSERT INTO rc_distribution (k, run_id, line, role_id, rejected, dimension, category, share)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows, rows.size(), (ps, row) -> {
                    DistributionRow d = row.value();
                    keyColumns(ps, runId, row);
                    ps.setString(6, d == null ? null : d.dimension());
                    ps.setString(7, d == null ? null : d.category());
                    setDouble(ps, 8, d == null ? null : d.share());
                });
    }

    public void saveSkills(long runId, List<? extends ValidatedRow<SkillRow>> rows) {
        changed();
        jdbc.batchUpdate("INSERT INTO rc_skill (k, run_id, line, role_id, rejected, skill, share) VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows, rows.size(), (ps, row) -> {
                    SkillRow s = row.value();
                    keyColumns(ps, runId, row);
                    ps.setString(6, s == null ? null : s.skill());
                    setDouble(ps, 7, s == null ? null : s.share());
                });
    }

    public void saveResponsibilities(long runId, List<? extends ValidatedRow<ResponsibilityRow>> rows) {
        changed();
        jdbc.batchUpdate("INSERT INTO rc_responsibility (k, run_id, line, role_id, rejected, text) VALUES (?, ?, ?, ?, ?, ?)",
                rows, rows.size(), (ps, row) -> {
                    keyColumns(ps, runId, row);
                    ps.setString(6, row.value() == null ? null : row.value().text());
                });
    }

    public void saveComparisons(long runId, List<? extends ValidatedRow<ComparisonRequest>> rows) {
        changed();
        jdbc.batchUpdate("INSERT INTO rc_comparison (k, run_id, line, left_id, right_id, status) VALUES (?, ?, ?, ?, ?, ?)",
                rows, rows.size(), (ps, row) -> {
                    ComparisonRequest c = row.value();
                    ps.setLong(1, StagingKey.of(runId, row.row().line()));
                    ps.setLong(2, runId);
                    ps.setLong(3, row.row().line());
                    ps.setString(4, c == null ? row.row().get("left_role_id") : c.leftId());
                    ps.setString(5, c == null ? row.row().get("right_role_id") : c.rightId());
                    ps.setString(6, c == null ? REJECTED : ACCEPTED);
                });
    }

    private static void keyColumns(PreparedStatement ps, long runId, ValidatedRow<?> row) throws SQLException {
        ps.setLong(1, StagingKey.of(runId, row.row().line()));
        ps.setLong(2, runId);
        ps.setLong(3, row.row().line());
        ps.setString(4, row.roleId());
        ps.setBoolean(5, row.rejected());
    }
}
