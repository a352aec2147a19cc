package org.rolecompare.job;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

import org.rolecompare.compare.Breakdown;
import org.rolecompare.compare.ChangeNotes;
import org.rolecompare.compare.RoleChange;
import org.rolecompare.compare.CategoryShare;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.Skill;
import org.rolecompare.compare.YearsRange;
import org.rolecompare.ingest.InputFile;
import org.rolecompare.report.xlsx.DemographicEntry;
import org.rolecompare.report.xlsx.SkillEntry;
import org.rolecompare.validate.ComparisonRequest;
import org.rolecompare.validate.CrossFileRules;
import org.rolecompare.validate.DistributionRow;
import org.rolecompare.validate.FieldCoverage;
import org.rolecompare.validate.Finding;
import org.rolecompare.validate.KeyFields;
import org.rolecompare.validate.PairLedger;
import org.rolecompare.validate.ResponsibilityRow;
import org.rolecompare.validate.Rule;
import org.rolecompare.validate.Severity;
import org.rolecompare.validate.SkillRow;
import org.rolecompare.validate.ValidatedRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The staging tables in the job's database: every input row as loaded (accepted or rejected), the
 * findings, and the queries the later steps need. Rows are keyed by the job instance id, so a
 * restarted run finds what its earlier execution committed, and runs never see each other's data.
 */
@Repository
class StagingRepository {

    static final String ACCEPTED = "ACCEPTED";
    static final String REJECTED = "REJECTED";
    static final String SKIPPED = "SKIPPED";

    /** Findings and rejected rows are listed in the order of the input format. */
    static final String FILE_ORDER = "CASE file WHEN 'roles.csv' THEN 1 WHEN 'distributions.csv' THEN 2 WHEN 'skills.csv' THEN 3"
            + " WHEN 'responsibilities.csv' THEN 4 ELSE 5 END";

    private static final String[] TABLES = {"rc_role", "rc_distribution", "rc_skill", "rc_responsibility",
            "rc_comparison", "rc_finding", "rc_file", "rc_change"};

    private final JdbcTemplate jdbc;

    StagingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void clear(long runId) {
        for (String table : TABLES) {
            jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", runId);
        }
    }

    /** Deletes the staged data of all but the newest {@code keep} runs; returns how many runs went. */
    int pruneRuns(int keep) {
        List<Long> runs = jdbc.queryForList("SELECT DISTINCT run_id FROM rc_file ORDER BY run_id DESC", Long.class);
        List<Long> old = runs.subList(Math.min(keep, runs.size()), runs.size());
        for (Long runId : old) {
            clear(runId);
        }
        return old.size();
    }

    void saveFileHash(long runId, String file, String sha256) {
        // portable SQL (H2 and PostgreSQL) rather than either's MERGE/UPSERT dialect; one step writes a run's hashes
        jdbc.update("DELETE FROM rc_file WHERE run_id = ? AND file = ?", runId, file);
        jdbc.update("INSERT INTO rc_file (run_id, file, sha256) VALUES (?, ?, ?)", runId, file, sha256);
    }

    Map<String, String> fileHashes(long runId) {
        Map<String, String> hashes = new LinkedHashMap<>();
        jdbc.query("SELECT file, sha256 FROM rc_file WHERE run_id = ?", rs -> {
            hashes.put(rs.getString(1), rs.getString(2));
        }, runId);
        return hashes;
    }

    // ---- loading -------------------------------------------------------------------------------

    void saveFindings(long runId, List<Finding> findings) {
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

    void saveRoles(long runId, List<? extends ValidatedRow<Role>> rows) {
        jdbc.batchUpdate("INSERT INTO rc_role (run_id, line, role_id, rejected, title, description, years_min, years_max,"
                + " average_salary, hourly_rate, salary_min, salary_max, growth_rate, job_count, job_satisfaction,"
                + " common_degree, common_degree_share, common_major, common_college, average_age, years_experience,"
                + " lgbt_share, highest_paying_city, highest_paying_state, best_paying_company, best_paying_industry,"
                + " short_title, singular_title)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows, rows.size(), (ps, row) -> {
                    Role r = row.value();
                    ps.setLong(1, runId);
                    ps.setLong(2, row.row().line());
                    ps.setString(3, row.roleId());
                    ps.setBoolean(4, row.rejected());
                    if (r == null) {
                        for (int i = 5; i <= 28; i++) {
                            ps.setNull(i, Types.NULL);
                        }
                        return;
                    }
                    ps.setString(5, r.title());
                    ps.setString(6, r.description());
                    setInt(ps, 7, r.yearsToBecome() == null ? null : r.yearsToBecome().min());
                    setInt(ps, 8, r.yearsToBecome() == null ? null : r.yearsToBecome().max());
                    ps.setDouble(9, r.averageSalary());
                    setDouble(ps, 10, r.hourlyRate());
                    setDouble(ps, 11, r.salaryMin());
                    setDouble(ps, 12, r.salaryMax());
                    setDouble(ps, 13, r.growthRate());
                    ps.setObject(14, r.jobCount(), Types.BIGINT);
                    setDouble(ps, 15, r.jobSatisfaction());
                    ps.setString(16, r.commonDegree());
                    setDouble(ps, 17, r.commonDegreeShare());
                    ps.setString(18, r.commonMajor());
                    ps.setString(19, r.commonCollege());
                    setDouble(ps, 20, r.averageAge());
                    setDouble(ps, 21, r.yearsExperience());
                    setDouble(ps, 22, r.lgbtShare());
                    ps.setString(23, r.highestPayingCity());
                    ps.setString(24, r.highestPayingState());
                    ps.setString(25, r.bestPayingCompany());
                    ps.setString(26, r.bestPayingIndustry());
                    ps.setString(27, r.shortTitle());
                    ps.setString(28, r.singularTitle());
                });
    }

    void saveDistributions(long runId, List<? extends ValidatedRow<DistributionRow>> rows) {
        jdbc.batchUpdate("INSERT INTO rc_distribution (run_id, line, role_id, rejected, dimension, category, share)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", rows, rows.size(), (ps, row) -> {
                    DistributionRow d = row.value();
                    keyColumns(ps, runId, row);
                    ps.setString(5, d == null ? null : d.dimension());
                    ps.setString(6, d == null ? null : d.category());
                    setDouble(ps, 7, d == null ? null : d.share());
                });
    }

    void saveSkills(long runId, List<? extends ValidatedRow<SkillRow>> rows) {
        jdbc.batchUpdate("INSERT INTO rc_skill (run_id, line, role_id, rejected, skill, share) VALUES (?, ?, ?, ?, ?, ?)",
                rows, rows.size(), (ps, row) -> {
                    SkillRow s = row.value();
                    keyColumns(ps, runId, row);
                    ps.setString(5, s == null ? null : s.skill());
                    setDouble(ps, 6, s == null ? null : s.share());
                });
    }

    void saveResponsibilities(long runId, List<? extends ValidatedRow<ResponsibilityRow>> rows) {
        jdbc.batchUpdate("INSERT INTO rc_responsibility (run_id, line, role_id, rejected, text) VALUES (?, ?, ?, ?, ?)",
                rows, rows.size(), (ps, row) -> {
                    keyColumns(ps, runId, row);
                    ps.setString(5, row.value() == null ? null : row.value().text());
                });
    }

    void saveComparisons(long runId, List<? extends ValidatedRow<ComparisonRequest>> rows) {
        jdbc.batchUpdate("INSERT INTO rc_comparison (run_id, line, left_id, right_id, status) VALUES (?, ?, ?, ?, ?)",
                rows, rows.size(), (ps, row) -> {
                    ComparisonRequest c = row.value();
                    ps.setLong(1, runId);
                    ps.setLong(2, row.row().line());
                    ps.setString(3, c == null ? row.row().get("left_role_id") : c.leftId());
                    ps.setString(4, c == null ? row.row().get("right_role_id") : c.rightId());
                    ps.setString(5, c == null ? REJECTED : ACCEPTED);
                });
    }

    private static void keyColumns(PreparedStatement ps, long runId, ValidatedRow<?> row) throws SQLException {
        ps.setLong(1, runId);
        ps.setLong(2, row.row().line());
        ps.setString(3, row.roleId());
        ps.setBoolean(4, row.rejected());
    }

    private static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    /** Rows read per query by {@link #forEachComparison} and the other passes over big tables. */
    static final int PAGE_ROWS = 10_000;

    /**
     * Every comparison of a run with the given status, in line order. Read a page at a time: H2
     * spools the result of one query over a million rows to a temporary file before handing out
     * its first row, which costs more than the reading itself.
     *
     * <p>Queries here say {@code ORDER BY run_id, line}, not {@code ORDER BY line}: only when the
     * order names the key's columns does H2 walk the key in order (and stop after a page) instead of
     * reading all the run's rows and sorting them.
     */
    void forEachComparison(long runId, String status, Consumer<ComparisonTask> sink) {
        forEachComparisonPage(runId, status, page -> page.forEach(sink));
    }

    /** As {@link #forEachComparison}, a page (in line order) at a time. */
    void forEachComparisonPage(long runId, String status, Consumer<List<ComparisonTask>> sink) {
        forEachPage("SELECT line, left_id, right_id FROM rc_comparison WHERE run_id = ? AND line > ? AND status = ?",
                (rs, i) -> new ComparisonTask(rs.getLong(1), rs.getString(2), rs.getString(3)), ComparisonTask::line, sink,
                runId, status);
    }

    /**
     * Runs {@code select} (whose conditions start {@code run_id = ? AND line > ?}) a page at a time in
     * line order; {@code parameters} are the run id and then those of the query's other conditions.
     */
    private <T> void forEachPage(String select, RowMapper<T> mapper, ToLongFunction<T> line,
                                 Consumer<List<T>> sink, long runId, Object... parameters) {
        Object[] arguments = new Object[parameters.length + 3];
        arguments[0] = runId;
        arguments[1] = Long.MIN_VALUE;
        System.arraycopy(parameters, 0, arguments, 2, parameters.length);
        arguments[arguments.length - 1] = PAGE_ROWS;
        String sql = select + " ORDER BY run_id, line FETCH FIRST ? ROWS ONLY";
        while (true) {
            List<T> page = jdbc.query(sql, mapper, arguments);
            if (!page.isEmpty()) {
                sink.accept(page);
            }
            if (page.size() < PAGE_ROWS) {
                return;
            }
            arguments[1] = line.applyAsLong(page.get(page.size() - 1));
        }
    }

    // ---- cross-file validation -----------------------------------------------------------------

    /**
     * Runs the rules that span rows and files, then settles which roles, rows and comparisons are
     * rejected or skipped, and last points out the accepted roles with fewer than
     * {@code minKnownFields} (0–1) of their key fields known. Each rule's findings are written before
     * the next rule reads them.
     */
    void crossCheck(long runId, double minKnownFields) {
        List<Finding> findings = new ArrayList<>();
        RoleIds roles = roleIds(runId, findings);
        Map<String, List<Long>> orphans = new LinkedHashMap<>();
        for (InputFile file : ROLE_DETAIL_FILES) {
            orphans.put(table(file), orphans(runId, file, roles.known(), findings));
        }
        jdbc.query("SELECT role_id, MIN(dimension), MIN(line), SUM(share) FROM rc_distribution"
                + " WHERE run_id = ? AND NOT rejected GROUP BY role_id, LOWER(dimension) ORDER BY MIN(line)", rs -> {
                    CrossFileRules.distributionSum(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getDouble(4))
                            .ifPresent(findings::add);
                }, runId);
        jdbc.query("SELECT role_id, MIN(line), SUM(share) FROM rc_skill WHERE run_id = ? AND NOT rejected"
                + " AND share IS NOT NULL GROUP BY role_id ORDER BY MIN(line)", rs -> {
                    CrossFileRules.skillsSum(rs.getString(1), rs.getLong(2), rs.getDouble(3)).ifPresent(findings::add);
                }, runId);
        saveFindings(runId, findings);
        checkComparisons(runId, settleRejections(runId, roles, orphans));
        checkSparseRoles(runId, minKnownFields);
    }

    /** Whether the accepted role {@code r} has at least one accepted row in {@code table}. */
    private static String hasRows(String table) {
        return "EXISTS (SELECT 1 FROM " + table + " t WHERE t.run_id = r.run_id AND t.role_id = r.role_id AND NOT t.rejected)";
    }

    /** One info finding (rule sparse-role) per accepted role with too few key fields known, in line order. */
    private void checkSparseRoles(long runId, double minKnownFields) {
        List<Finding> findings = new ArrayList<>();
        jdbc.query("SELECT r.line, r.role_id, r.title, r.hourly_rate IS NOT NULL, r.salary_min IS NOT NULL, r.salary_max IS NOT NULL,"
                + " r.growth_rate IS NOT NULL, r.job_count IS NOT NULL, r.years_min IS NOT NULL, r.common_degree IS NOT NULL,"
                + " r.average_age IS NOT NULL, r.years_experience IS NOT NULL, r.description IS NOT NULL, "
                + hasRows("rc_skill") + ", " + hasRows("rc_responsibility") + ", " + hasRows("rc_distribution")
                + " FROM rc_role r WHERE r.run_id = ? AND NOT r.rejected ORDER BY r.run_id, r.line", rs -> {
                    KeyFields fields = new KeyFields(rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7),
                            rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10), rs.getBoolean(11), rs.getBoolean(12),
                            rs.getBoolean(13), rs.getBoolean(14), rs.getBoolean(15), rs.getBoolean(16));
                    CrossFileRules.sparseRole(rs.getString(2), rs.getString(3), rs.getLong(1), fields, minKnownFields)
                            .ifPresent(findings::add);
                }, runId);
        saveFindings(runId, findings);
    }

    /**
     * The role ids of roles.csv: every id read ({@code known}, numbered in line order) and those with a
     * row rejected so far, and those with a row accepted so far.
     */
    private record RoleIds(Map<String, Integer> known, Set<String> rejected, Set<String> accepted) {
    }

    /** Reads the role ids in one pass, adding a finding (rule unique-role) for each line of an id listed twice. */
    private RoleIds roleIds(long runId, List<Finding> findings) {
        Map<String, List<Long>> lines = new LinkedHashMap<>();
        List<RoleRow> rows = new ArrayList<>();
        Set<String> rejected = new HashSet<>();
        Set<String> accepted = new HashSet<>();
        jdbc.query("SELECT line, role_id, rejected FROM rc_role WHERE run_id = ? AND role_id IS NOT NULL ORDER BY run_id, line", rs -> {
            RoleRow row = new RoleRow(rs.getLong(1), rs.getString(2));
            rows.add(row);
            lines.computeIfAbsent(row.roleId(), id -> new ArrayList<>()).add(row.line());
            (rs.getBoolean(3) ? rejected : accepted).add(row.roleId());
        }, runId);
        for (RoleRow row : rows) {
            List<Long> all = lines.get(row.roleId());
            if (all.size() > 1) {
                findings.add(CrossFileRules.duplicateRole(row.roleId(), row.line(), all));
            }
        }
        Map<String, Integer> known = new HashMap<>();
        lines.keySet().forEach(id -> known.put(id, known.size()));
        return new RoleIds(known, rejected, accepted);
    }

    /** The files whose rows belong to a role of roles.csv. */
    private static final InputFile[] ROLE_DETAIL_FILES = {InputFile.DISTRIBUTIONS, InputFile.SKILLS, InputFile.RESPONSIBILITIES};

    /**
     * The accepted rows of one file that name no role of roles.csv, in line order: a finding for each
     * that names one (rule unknown-role), and the lines of all, to be rejected. One pass in line
     * order instead of an index look-up per row.
     */
    private List<Long> orphans(long runId, InputFile file, Map<String, Integer> known, List<Finding> findings) {
        List<Long> lines = new ArrayList<>();
        forEachPage("SELECT line, role_id FROM " + table(file) + " WHERE run_id = ? AND line > ? AND NOT rejected",
                (rs, i) -> new RoleRow(rs.getLong(1), rs.getString(2)), RoleRow::line, page -> {
                    for (RoleRow row : page) {
                        if (row.roleId() == null || !known.containsKey(row.roleId())) {
                            lines.add(row.line());
                        }
                        if (row.roleId() != null && !known.containsKey(row.roleId())) {
                            findings.add(CrossFileRules.unknownRole(file, row.line(), "role_id", row.roleId()));
                        }
                    }
                }, runId);
        return lines;
    }

    /** A line of a file and the role it belongs to. */
    private record RoleRow(long line, String roleId) {
    }

    /**
     * A role with an error in any of its files is rejected as a whole, and so are the rows of the
     * other files that belong to it or that name no known role (the {@code orphans}, by table).
     * Returns the role ids as they are now.
     */
    private RoleIds settleRejections(long runId, RoleIds roles, Map<String, List<Long>> orphans) {
        String roleFiles = "'" + InputFile.ROLES.fileName() + "','" + InputFile.DISTRIBUTIONS.fileName() + "','"
                + InputFile.SKILLS.fileName() + "','" + InputFile.RESPONSIBILITIES.fileName() + "'";
        List<String> withErrors = jdbc.queryForList("SELECT DISTINCT role_id FROM rc_finding WHERE run_id = ? AND severity = 'error'"
                + " AND file IN (" + roleFiles + ")", String.class, runId);
        withErrors.retainAll(roles.accepted());
        updateEach("UPDATE rc_role SET rejected = TRUE WHERE run_id = ? AND role_id = ? AND NOT rejected", runId, withErrors);
        Set<String> accepted = new HashSet<>(roles.accepted());
        withErrors.forEach(accepted::remove);
        Set<String> rejected = new HashSet<>(roles.rejected());
        rejected.addAll(withErrors);
        List<String> notAccepted = roles.known().keySet().stream().filter(id -> !accepted.contains(id)).toList();
        orphans.forEach((table, lines) -> {
            updateEach("UPDATE " + table + " SET rejected = TRUE WHERE run_id = ? AND role_id = ? AND NOT rejected", runId, notAccepted);
            updateEach("UPDATE " + table + " SET rejected = TRUE WHERE run_id = ? AND line = ?", runId, lines);
        });
        return new RoleIds(roles.known(), rejected, accepted);
    }

    /** Runs {@code update} (parameters: the run id, then a key) once per key, in batches. */
    private void updateEach(String update, long runId, List<?> keys) {
        jdbc.batchUpdate(update, keys, 1000, (ps, key) -> {
            ps.setLong(1, runId);
            ps.setObject(2, key);
        });
    }

    /** The first error that rejected role ROLE, as "FILE line N: message". */
    private static final String FIRST_ERROR = "(SELECT f.file || ' line ' || f.line || ': ' || f.message FROM rc_finding f"
            + " WHERE f.run_id = c.run_id AND f.role_id = ROLE AND f.severity = 'error' AND f.file <> 'comparisons.csv'"
            + " ORDER BY " + FILE_ORDER.replace("file", "f.file") + ", f.line FETCH FIRST 1 ROWS ONLY)";

    /**
     * The rules of the accepted comparisons, in one pass in line order with the roles in memory (a
     * million comparisons were many million index look-ups as SQL): a comparison naming a role that
     * is not in roles.csv, or with an error of its own, is rejected; one naming a rejected role is
     * skipped and says which error rejected the role; a pair listed again is a warning, and skipped
     * when listed in the same order; a pair whose report file name is an earlier pair's is skipped
     * with an error, rather than overwriting that report. Findings are stored in that order: unknown roles, rejected
     * roles, duplicates, each by line.
     */
    private void checkComparisons(long runId, RoleIds roles) {
        Map<String, Integer> roleNumbers = roles.known();
        Set<String> rejectedRoles = roles.rejected();
        Set<Long> errorLines = new HashSet<>(jdbc.queryForList("SELECT DISTINCT line FROM rc_finding"
                + " WHERE run_id = ? AND file = ? AND severity = 'error'", Long.class, runId, InputFile.COMPARISONS.fileName()));
        Map<String, String> firstErrors = new HashMap<>();
        List<Finding> unknown = new ArrayList<>();
        List<Finding> ofRejectedRoles = new ArrayList<>();
        List<Finding> duplicates = new ArrayList<>();
        List<Long> rejected = new ArrayList<>();
        List<Long> skipped = new ArrayList<>();
        PairLedger pairs = new PairLedger();
        Map<String, ComparisonTask> reportNames = new HashMap<>();
        forEachComparison(runId, ACCEPTED, comparison -> {
            long line = comparison.line();
            String left = comparison.leftId();
            String right = comparison.rightId();
            Integer leftNumber = roleNumbers.get(left);
            Integer rightNumber = roleNumbers.get(right);
            if (leftNumber == null) {
                unknown.add(CrossFileRules.unknownRole(InputFile.COMPARISONS, line, "left_role_id", left));
            }
            if (rightNumber == null) {
                unknown.add(CrossFileRules.unknownRole(InputFile.COMPARISONS, line, "right_role_id", right));
            }
            if (leftNumber == null || rightNumber == null || errorLines.contains(line)) {
                rejected.add(line);
                return;
            }
            boolean skip = false;
            if (rejectedRoles.contains(left)) {
                ofRejectedRoles.add(CrossFileRules.comparisonOfRejectedRole(line, "left_role_id", left,
                        firstErrors.computeIfAbsent(left, role -> firstError(runId, role))));
                skip = true;
            }
            if (rejectedRoles.contains(right)) {
                ofRejectedRoles.add(CrossFileRules.comparisonOfRejectedRole(line, "right_role_id", right,
                        firstErrors.computeIfAbsent(right, role -> firstError(runId, role))));
                skip = true;
            }
            PairLedger.Earlier earlier = pairs.record(leftNumber, rightNumber, line);
            if (earlier != null) {
                duplicates.add(CrossFileRules.duplicateComparison(line, left, right, earlier.firstLine(), earlier.sameOrder()));
                skip |= earlier.sameOrder();
            }
            if (!skip && CrossFileRules.reportNameAmbiguous(left, right)) {
                ComparisonTask first = reportNames.putIfAbsent(left + "-vs-" + right, comparison);
                if (first != null && !(first.leftId().equals(left) && first.rightId().equals(right))) {
                    duplicates.add(CrossFileRules.reportNameCollision(line, left, right, first.line(), first.leftId(), first.rightId()));
                    skip = true;
                }
            }
            if (skip) {
                skipped.add(line);
            }
        });
        setStatus(runId, rejected, REJECTED);
        List<Finding> findings = new ArrayList<>(unknown);
        findings.addAll(ofRejectedRoles);
        findings.addAll(duplicates);
        saveFindings(runId, findings);
        setStatus(runId, skipped, SKIPPED);
    }

    /** The first error that rejected a role, as "FILE line N: message", or {@code null}. */
    private String firstError(long runId, String roleId) {
        List<String> first = jdbc.queryForList("SELECT " + FIRST_ERROR.replace("c.run_id", "?").replace("ROLE", "?"),
                String.class, runId, roleId);
        return first.isEmpty() ? null : first.get(0);
    }

    private void setStatus(long runId, List<Long> lines, String status) {
        jdbc.batchUpdate("UPDATE rc_comparison SET status = ? WHERE run_id = ? AND line = ?", lines, 1000, (ps, line) -> {
            ps.setString(1, status);
            ps.setLong(2, runId);
            ps.setLong(3, line);
        });
    }

    /** A rejected input line and why it was rejected. */
    record RejectedLine(long line, String reason) {
    }

    /**
     * The rejected lines of one file in line order, each with its own findings or, for a row
     * rejected only because its role was, the error that rejected the role.
     */
    void forEachRejectedLine(long runId, InputFile file, Consumer<RejectedLine> sink) {
        String table = table(file);
        String role = file == InputFile.COMPARISONS ? "NULL" : "c.role_id";
        String rejected = file == InputFile.COMPARISONS ? "c.status <> 'ACCEPTED'" : "c.rejected";
        jdbc.query("SELECT c.line, (SELECT STRING_AGG(f.rule || ': ' || f.message, ' | ' ORDER BY f.col, f.rule)"
                + " FROM rc_finding f WHERE f.run_id = c.run_id AND f.file = ? AND f.line = c.line), " + role + ", "
                + (file == InputFile.COMPARISONS ? "NULL" : FIRST_ERROR.replace("ROLE", "c.role_id"))
                + " FROM " + table + " c WHERE c.run_id = ? AND " + rejected + " ORDER BY c.run_id, c.line", rs -> {
                    String own = rs.getString(2);
                    String reason = own != null ? own
                            : "role-rejected: role " + rs.getString(3) + " was rejected (" + (rs.getString(4) == null
                                    ? "see its findings" : rs.getString(4)) + ")";
                    sink.accept(new RejectedLine(rs.getLong(1), reason));
                }, file.fileName(), runId);
    }

    private static String table(InputFile file) {
        return switch (file) {
            case ROLES -> "rc_role";
            case DISTRIBUTIONS -> "rc_distribution";
            case SKILLS -> "rc_skill";
            case RESPONSIBILITIES -> "rc_responsibility";
            case COMPARISONS -> "rc_comparison";
        };
    }

    // ---- changes since the previous run --------------------------------------------------------

    /** True when the staged data of this run is still kept (retention may have deleted it). */
    boolean hasRun(long runId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM rc_file WHERE run_id = ?", Integer.class, runId);
        return n != null && n > 0;
    }

    /** Role fields compared between runs: column, words, unit. */
    private static final String[][] ROLE_FIELDS = {
            {"average_salary", "average salary", "PERCENT"},
            {"hourly_rate", "hourly rate", "PERCENT"},
            {"job_count", "job count", "PERCENT"},
            {"growth_rate", "growth rate", "PP"},
            {"common_degree_share", "common degree share", "PP"},
            {"lgbt_share", "LGBT share", "PP"}};

    /**
     * Compares this run's accepted data with a previous run's and stores the differences: roles
     * added and removed, then changed values role by role. Returns how many were found.
     */
    long detectChanges(long runId, long previousRunId) {
        jdbc.update("DELETE FROM rc_change WHERE run_id = ?", runId);
        List<RoleChange> changes = new ArrayList<>();
        jdbc.query("SELECT c.role_id, c.title FROM rc_role c WHERE c.run_id = ? AND NOT c.rejected AND NOT EXISTS"
                + " (SELECT 1 FROM rc_role p WHERE p.run_id = ? AND p.role_id = c.role_id AND NOT p.rejected) ORDER BY c.line",
                rs -> {
                    changes.add(RoleChange.added(rs.getString(1), rs.getString(2)));
                }, runId, previousRunId);
        jdbc.query("SELECT p.role_id, p.title FROM rc_role p WHERE p.run_id = ? AND NOT p.rejected AND NOT EXISTS"
                + " (SELECT 1 FROM rc_role c WHERE c.run_id = ? AND c.role_id = p.role_id AND NOT c.rejected) ORDER BY p.line",
                rs -> {
                    changes.add(RoleChange.removed(rs.getString(1), rs.getString(2)));
                }, previousRunId, runId);
        List<Object[]> changed = new ArrayList<>();
        for (String[] field : ROLE_FIELDS) {
            jdbc.query("SELECT c.line, c.role_id, c.title, p." + field[0] + ", c." + field[0] + " FROM rc_role c JOIN rc_role p"
                    + " ON p.run_id = ? AND p.role_id = c.role_id AND NOT p.rejected WHERE c.run_id = ? AND NOT c.rejected"
                    + " AND p." + field[0] + " IS DISTINCT FROM c." + field[0], rs -> {
                        changed.add(new Object[] {rs.getLong(1), 0, ChangeNotes.changed(rs.getString(2), rs.getString(3), field[1],
                                nullableDouble(rs, 4), nullableDouble(rs, 5), RoleChange.Unit.valueOf(field[2]))});
                    }, previousRunId, runId);
        }
        jdbc.query("SELECT r.line, c.line, c.role_id, r.title, c.dimension, c.category, p.share, c.share FROM rc_distribution c"
                + " JOIN rc_distribution p ON p.run_id = ? AND p.role_id = c.role_id AND NOT p.rejected"
                + " AND LOWER(p.dimension) = LOWER(c.dimension) AND LOWER(p.category) = LOWER(c.category)"
                + " JOIN rc_role r ON r.run_id = c.run_id AND r.role_id = c.role_id AND NOT r.rejected"
                + " WHERE c.run_id = ? AND NOT c.rejected AND p.share IS DISTINCT FROM c.share", rs -> {
                    changed.add(new Object[] {rs.getLong(1), rs.getLong(2), ChangeNotes.changed(rs.getString(3), rs.getString(4),
                            rs.getString(5) + ": " + rs.getString(6), nullableDouble(rs, 7), nullableDouble(rs, 8), RoleChange.Unit.PP)});
                }, previousRunId, runId);
        jdbc.query("SELECT r.line, c.line, c.role_id, r.title, c.skill, p.share, c.share FROM rc_skill c"
                + " JOIN rc_skill p ON p.run_id = ? AND p.role_id = c.role_id AND NOT p.rejected AND LOWER(p.skill) = LOWER(c.skill)"
                + " JOIN rc_role r ON r.run_id = c.run_id AND r.role_id = c.role_id AND NOT r.rejected"
                + " WHERE c.run_id = ? AND NOT c.rejected AND p.share IS DISTINCT FROM c.share", rs -> {
                    changed.add(new Object[] {rs.getLong(1), rs.getLong(2), ChangeNotes.changed(rs.getString(3), rs.getString(4),
                            "skill: " + rs.getString(5), nullableDouble(rs, 6), nullableDouble(rs, 7), RoleChange.Unit.PP)});
                }, previousRunId, runId);
        changed.sort(java.util.Comparator.comparingLong((Object[] c) -> (Long) c[0])
                .thenComparingLong(c -> c[1] instanceof Long l ? l : 0L));
        for (Object[] c : changed) {
            changes.add((RoleChange) c[2]);
        }
        long[] seq = {0};
        jdbc.batchUpdate("INSERT INTO rc_change (run_id, seq, role_id, title, kind, field, old_value, new_value, change_value, unit)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", changes, 500, (ps, c) -> {
                    ps.setLong(1, runId);
                    ps.setLong(2, ++seq[0]);
                    ps.setString(3, c.roleId());
                    ps.setString(4, c.title());
                    ps.setString(5, c.kind().name());
                    ps.setString(6, c.field());
                    setDouble(ps, 7, c.oldValue());
                    setDouble(ps, 8, c.newValue());
                    setDouble(ps, 9, c.change());
                    ps.setString(10, c.unit() == null ? null : c.unit().name());
                });
        return changes.size();
    }

    void forEachChange(long runId, Consumer<RoleChange> sink) {
        jdbc.query("SELECT role_id, title, kind, field, old_value, new_value, change_value, unit FROM rc_change WHERE run_id = ?"
                + " ORDER BY seq", rs -> {
                    sink.accept(CHANGE_MAPPER.mapRow(rs, 0));
                }, runId);
    }

    List<RoleChange> changesOf(long runId, String roleId) {
        return jdbc.query("SELECT role_id, title, kind, field, old_value, new_value, change_value, unit FROM rc_change"
                + " WHERE run_id = ? AND role_id = ? ORDER BY seq", CHANGE_MAPPER, runId, roleId);
    }

    private static final RowMapper<RoleChange> CHANGE_MAPPER = (rs, i) -> new RoleChange(rs.getString(1), rs.getString(2),
            RoleChange.Kind.valueOf(rs.getString(3)), rs.getString(4), nullableDouble(rs, 5), nullableDouble(rs, 6),
            nullableDouble(rs, 7), rs.getString(8) == null ? null : RoleChange.Unit.valueOf(rs.getString(8)));

    // ---- counts --------------------------------------------------------------------------------

    record TableCount(long read, long rejected) {
        long accepted() {
            return read - rejected;
        }
    }

    TableCount count(long runId, InputFile file) {
        String rejected = file == InputFile.COMPARISONS ? "status <> 'ACCEPTED'" : "rejected";
        return jdbc.queryForObject("SELECT COUNT(*), COUNT(CASE WHEN " + rejected + " THEN 1 END) FROM " + table(file)
                + " WHERE run_id = ?", (rs, i) -> new TableCount(rs.getLong(1), rs.getLong(2)), runId);
    }

    /** Distinct role ids read and rejected (a duplicated id counts once). */
    TableCount roleCount(long runId) {
        return jdbc.queryForObject("SELECT COUNT(DISTINCT COALESCE(role_id, 'line:' || line)),"
                + " COUNT(DISTINCT CASE WHEN rejected THEN COALESCE(role_id, 'line:' || line) END) FROM rc_role WHERE run_id = ?",
                (rs, i) -> new TableCount(rs.getLong(1), rs.getLong(2)), runId);
    }

    /** The comparisons of a run: read, accepted (to be written), rejected; the rest were skipped. */
    record ComparisonCounts(long read, long accepted, long rejected) {
    }

    /** {@link ComparisonCounts} in one pass over the run's comparisons. */
    ComparisonCounts comparisonCounts(long runId) {
        return jdbc.queryForObject("SELECT COUNT(*), COUNT(CASE WHEN status = 'ACCEPTED' THEN 1 END),"
                + " COUNT(CASE WHEN status = 'REJECTED' THEN 1 END) FROM rc_comparison WHERE run_id = ?",
                (rs, i) -> new ComparisonCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3)), runId);
    }

    long comparisonsWithStatus(long runId, String status) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM rc_comparison WHERE run_id = ? AND status = ?", Long.class, runId, status);
        return n == null ? 0 : n;
    }

    Map<Severity, Long> findingsBySeverity(long runId) {
        Map<Severity, Long> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            counts.put(s, 0L);
        }
        jdbc.query("SELECT severity, COUNT(*) FROM rc_finding WHERE run_id = ? GROUP BY severity", rs -> {
            counts.put(Severity.valueOf(rs.getString(1).toUpperCase(java.util.Locale.ROOT)), rs.getLong(2));
        }, runId);
        return counts;
    }

    /** Findings per rule id and severity, e.g. {@code salary-range/error → 1}, in rule order. */
    Map<String, Long> findingsByRule(long runId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT rule, severity, COUNT(*) FROM rc_finding WHERE run_id = ? GROUP BY rule, severity ORDER BY rule, severity", rs -> {
            counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
        }, runId);
        return counts;
    }

    /** The roles.csv columns whose coverage is counted, in file order (title and average_salary are required). */
    private static final List<String> COVERED_COLUMNS = List.of("description", "years_to_become", "hourly_rate", "salary_min",
            "salary_max", "growth_rate", "job_count", "job_satisfaction", "common_degree", "common_degree_share", "common_major",
            "common_college", "average_age", "years_experience", "lgbt_share", "highest_paying_city", "highest_paying_state",
            "best_paying_company", "best_paying_industry", "short_title", "singular_title");

    /**
     * Per field, how many accepted roles have it known: the roles.csv columns, then demographics (any
     * breakdown, then each dimension seen, in file order), responsibilities, skills and skill shares
     * (every share of the role's skills known). One pass over the accepted roles, plus one over the
     * breakdowns for the dimensions.
     */
    List<FieldCoverage> coverage(long runId) {
        StringBuilder select = new StringBuilder("SELECT COUNT(*)");
        for (String column : COVERED_COLUMNS) {
            select.append(", COUNT(").append(column.equals("years_to_become") ? "years_min" : column).append(')');
        }
        select.append(", COUNT(CASE WHEN ").append(hasRows("rc_distribution")).append(" THEN 1 END)")
                .append(", COUNT(CASE WHEN ").append(hasRows("rc_responsibility")).append(" THEN 1 END)")
                .append(", COUNT(CASE WHEN ").append(hasRows("rc_skill")).append(" THEN 1 END)")
                .append(", COUNT(CASE WHEN ").append(hasRows("rc_skill")).append(" AND NOT EXISTS (SELECT 1 FROM rc_skill t")
                .append(" WHERE t.run_id = r.run_id AND t.role_id = r.role_id AND NOT t.rejected AND t.share IS NULL) THEN 1 END)")
                .append(" FROM rc_role r WHERE r.run_id = ? AND NOT r.rejected");
        List<FieldCoverage> coverage = new ArrayList<>();
        long[] counts = jdbc.queryForObject(select.toString(), (rs, i) -> {
            long[] values = new long[COVERED_COLUMNS.size() + 5];
            for (int c = 0; c < values.length; c++) {
                values[c] = rs.getLong(c + 1);
            }
            return values;
        }, runId);
        long accepted = counts[0];
        for (int c = 0; c < COVERED_COLUMNS.size(); c++) {
            coverage.add(new FieldCoverage(COVERED_COLUMNS.get(c), counts[c + 1], accepted));
        }
        int next = COVERED_COLUMNS.size() + 1;
        coverage.add(new FieldCoverage("demographics", counts[next], accepted));
        jdbc.query("SELECT LOWER(dimension), COUNT(DISTINCT role_id) FROM rc_distribution WHERE run_id = ? AND NOT rejected"
                + " GROUP BY LOWER(dimension) ORDER BY MIN(line)", rs -> {
                    coverage.add(new FieldCoverage("demographics:" + rs.getString(1), rs.getLong(2), accepted));
                }, runId);
        coverage.add(new FieldCoverage("responsibilities", counts[next + 1], accepted));
        coverage.add(new FieldCoverage("skills", counts[next + 2], accepted));
        coverage.add(new FieldCoverage("skill_shares", counts[next + 3], accepted));
        return coverage;
    }

    // ---- reading back --------------------------------------------------------------------------

    void forEachFinding(long runId, Consumer<Finding> sink) {
        jdbc.query("SELECT file, line, col, role_id, rule, severity, val, expected, message FROM rc_finding WHERE run_id = ?"
                + " ORDER BY " + FILE_ORDER + ", line, col", rs -> {
                    sink.accept(new Finding(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            Rule.fromId(rs.getString(5)), Severity.valueOf(rs.getString(6).toUpperCase(java.util.Locale.ROOT)),
                            rs.getString(7), rs.getString(8), rs.getString(9)));
                }, runId);
    }

    void forEachAcceptedRole(long runId, Consumer<Role> sink) {
        jdbc.query("SELECT * FROM rc_role WHERE run_id = ? AND NOT rejected ORDER BY run_id, line",
                rs -> {
                    sink.accept(ROLE_MAPPER.mapRow(rs, 0));
                }, runId);
    }

    /** Every accepted skill row in file order, ranked 1, 2, … within its role. */
    void forEachAcceptedSkill(long runId, Consumer<SkillEntry> sink) {
        jdbc.query("SELECT role_id, ROW_NUMBER() OVER (PARTITION BY role_id ORDER BY line), skill, share FROM rc_skill"
                + " WHERE run_id = ? AND NOT rejected ORDER BY run_id, line", rs -> {
                    sink.accept(new SkillEntry(rs.getString(1), rs.getInt(2), rs.getString(3), nullableDouble(rs, 4)));
                }, runId);
    }

    /** Every accepted distribution row in file order. */
    void forEachAcceptedDistribution(long runId, Consumer<DemographicEntry> sink) {
        jdbc.query("SELECT role_id, dimension, category, share FROM rc_distribution WHERE run_id = ? AND NOT rejected"
                + " ORDER BY run_id, line", rs -> {
                    sink.accept(new DemographicEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4)));
                }, runId);
    }

    List<String> acceptedDimensions(long runId) {
        return jdbc.queryForList("SELECT LOWER(dimension) FROM rc_distribution WHERE run_id = ? AND NOT rejected"
                + " GROUP BY LOWER(dimension) ORDER BY MIN(line)", String.class, runId);
    }

    RoleProfile profile(long runId, String roleId) {
        List<Role> roles = jdbc.query("SELECT * FROM rc_role WHERE run_id = ? AND role_id = ? AND NOT rejected", ROLE_MAPPER, runId, roleId);
        if (roles.size() != 1) {
            throw new IllegalStateException("expected one accepted role " + roleId + " in run " + runId + ", found " + roles.size());
        }
        Map<String, List<CategoryShare>> breakdowns = new LinkedHashMap<>();
        Map<String, String> dimensionNames = new LinkedHashMap<>();
        jdbc.query("SELECT dimension, category, share FROM rc_distribution WHERE run_id = ? AND role_id = ? AND NOT rejected ORDER BY line",
                rs -> {
                    String key = rs.getString(1).toLowerCase(java.util.Locale.ROOT);
                    dimensionNames.putIfAbsent(key, rs.getString(1));
                    breakdowns.computeIfAbsent(key, k -> new ArrayList<>()).add(new CategoryShare(rs.getString(2), rs.getDouble(3)));
                }, runId, roleId);
        List<Breakdown> list = new ArrayList<>();
        breakdowns.forEach((key, categories) -> list.add(new Breakdown(dimensionNames.get(key), categories)));
        List<Skill> skills = jdbc.query("SELECT skill, share FROM rc_skill WHERE run_id = ? AND role_id = ? AND NOT rejected ORDER BY line",
                (rs, i) -> new Skill(rs.getString(1), nullableDouble(rs, 2)), runId, roleId);
        List<String> responsibilities = jdbc.queryForList("SELECT text FROM rc_responsibility WHERE run_id = ? AND role_id = ?"
                + " AND NOT rejected ORDER BY line", String.class, runId, roleId);
        return new RoleProfile(roles.get(0), list, skills, responsibilities);
    }

    /**
     * The profiles of every accepted role of a run, as far as the metrics need them: the roles.csv
     * row without its description, the breakdowns and the skills, each in file order, but no
     * responsibilities. Four queries in all, however many roles. Returns empty when the run has more
     * than {@code maxRoles} accepted roles, so a caller can keep its memory bounded.
     */
    java.util.Optional<Map<String, RoleProfile>> metricsProfiles(long runId, int maxRoles) {
        Long accepted = jdbc.queryForObject("SELECT COUNT(*) FROM rc_role WHERE run_id = ? AND NOT rejected", Long.class, runId);
        if (accepted == null || accepted > maxRoles) {
            return java.util.Optional.empty();
        }
        Map<String, String> names = new HashMap<>();
        Map<String, Role> roles = new LinkedHashMap<>();
        jdbc.query("SELECT " + ROLE_COLUMNS.replace("description", "CAST(NULL AS VARCHAR) AS description")
                + " FROM rc_role WHERE run_id = ? AND NOT rejected", rs -> {
                    Role role = ROLE_MAPPER.mapRow(rs, 0);
                    roles.put(role.id(), role);
                }, runId);
        Map<String, Map<String, NamedShares>> breakdowns = new HashMap<>();
        jdbc.query("SELECT role_id, dimension, category, share FROM rc_distribution WHERE run_id = ? AND NOT rejected ORDER BY run_id, line",
                rs -> {
                    String dimension = names.computeIfAbsent(rs.getString(2), k -> k);
                    breakdowns.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(dimension.toLowerCase(java.util.Locale.ROOT), k -> new NamedShares(dimension, new ArrayList<>()))
                            .shares().add(new CategoryShare(names.computeIfAbsent(rs.getString(3), k -> k), rs.getDouble(4)));
                }, runId);
        Map<String, List<Skill>> skills = new HashMap<>();
        jdbc.query("SELECT role_id, skill, share FROM rc_skill WHERE run_id = ? AND NOT rejected ORDER BY run_id, line", rs -> {
            skills.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new Skill(names.computeIfAbsent(rs.getString(2), k -> k), nullableDouble(rs, 3)));
        }, runId);
        Map<String, RoleProfile> profiles = new HashMap<>(roles.size() * 2);
        roles.forEach((id, role) -> {
            List<Breakdown> list = breakdowns.getOrDefault(id, Map.of()).values().stream()
                    .map(b -> new Breakdown(b.name(), b.shares())).toList();
            profiles.put(id, new RoleProfile(role, list, skills.getOrDefault(id, List.of()), List.of()));
        });
        return java.util.Optional.of(profiles);
    }

    /** A breakdown being collected: the dimension as first spelled, and its categories so far. */
    private record NamedShares(String name, List<CategoryShare> shares) {
    }

    private static final String ROLE_COLUMNS = "role_id, title, description, years_min, years_max, average_salary, hourly_rate,"
            + " salary_min, salary_max, growth_rate, job_count, job_satisfaction, common_degree, common_degree_share, common_major,"
            + " common_college, average_age, years_experience, lgbt_share, highest_paying_city, highest_paying_state,"
            + " best_paying_company, best_paying_industry, short_title, singular_title";

    private static final RowMapper<Role> ROLE_MAPPER = (rs, i) -> new Role(
            rs.getString("role_id"),
            rs.getString("title"),
            rs.getString("description"),
            rs.getObject("years_min") == null ? null : new YearsRange(rs.getInt("years_min"), rs.getInt("years_max")),
            rs.getDouble("average_salary"),
            nullableDouble(rs, "hourly_rate"),
            nullableDouble(rs, "salary_min"),
            nullableDouble(rs, "salary_max"),
            nullableDouble(rs, "growth_rate"),
            rs.getObject("job_count") == null ? null : rs.getLong("job_count"),
            nullableDouble(rs, "job_satisfaction"),
            rs.getString("common_degree"),
            nullableDouble(rs, "common_degree_share"),
            rs.getString("common_major"),
            rs.getString("common_college"),
            nullableDouble(rs, "average_age"),
            nullableDouble(rs, "years_experience"),
            nullableDouble(rs, "lgbt_share"),
            rs.getString("highest_paying_city"),
            rs.getString("highest_paying_state"),
            rs.getString("best_paying_company"),
            rs.getString("best_paying_industry"),
            rs.getString("short_title"),
            rs.getString("singular_title"));

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
