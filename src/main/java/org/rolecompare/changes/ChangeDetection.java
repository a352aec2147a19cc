package org.rolecompare.changes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.rolecompare.staging.StagingKey;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Finds what changed between a run's accepted data and a previous run's and stores it: roles added
 * and removed, then every changed value, role by role in file order. The workbook's Changes sheet,
 * the manifest and the note in each affected report all read what is stored here.
 */
@Repository
public class ChangeDetection {

    /** What one detection found, for the step's counts. */
    public record Found(long rolesCompared, long rolesChanged, long changes) {
    }

    /** The join of a role of this run (c) with the same role of the previous run (p), both accepted. */
    private static final String CHANGED_ROLES = " FROM rc_role c JOIN rc_role p ON p.run_id = ? AND p.role_id = c.role_id"
            + " AND NOT p.rejected WHERE c.k BETWEEN ? AND ? AND NOT c.rejected";

    /**
     * The roles.csv values compared between runs, in words and with the unit their change is read
     * in; each with its statement (parameters: the previous run id, this run's first and last key,
     * {@link StagingKey}) returning line,
     * role id, title, old value and new value of every role whose value differs.
     */
    private enum RoleField {
        AVERAGE_SALARY("average salary", RoleChange.Unit.PERCENT, "SELECT c.line, c.role_id, c.title, p.average_salary, c.average_salary"
                + CHANGED_ROLES + " AND p.average_salary IS DISTINCT FROM c.average_salary"),
        HOURLY_RATE("hourly rate", RoleChange.Unit.PERCENT, "SELECT c.line, c.role_id, c.title, p.hourly_rate, c.hourly_rate"
                + CHANGED_ROLES + " AND p.hourly_rate IS DISTINCT FROM c.hourly_rate"),
        JOB_COUNT("job count", RoleChange.Unit.PERCENT, "SELECT c.line, c.role_id, c.title, p.job_count, c.job_count"
                + CHANGED_ROLES + " AND p.job_count IS DISTINCT FROM c.job_count"),
        GROWTH_RATE("growth rate", RoleChange.Unit.PP, "SELECT c.line, c.role_id, c.title, p.growth_rate, c.growth_rate"
                + CHANGED_ROLES + " AND p.growth_rate IS DISTINCT FROM c.growth_rate"),
        COMMON_DEGREE_SHARE("common degree share", RoleChange.Unit.PP, "SELECT c.line, c.role_id, c.title, p.common_degree_share, c.common_degree_share"
                + CHANGED_ROLES + " AND p.common_degree_share IS DISTINCT FROM c.common_degree_share"),
        LGBT_SHARE("LGBT share", RoleChange.Unit.PP, "SELECT c.line, c.role_id, c.title, p.lgbt_share, c.lgbt_share"
                + CHANGED_ROLES + " AND p.lgbt_share IS DISTINCT FROM c.lgbt_share");

        private final String words;
        private final RoleChange.Unit unit;
        private final String select;

        RoleField(String words, RoleChange.Unit unit, String select) {
            this.words = words;
            this.unit = unit;
            this.select = select;
        }
    }

    /** A changed value, with the lines it sorts by: its role's line in roles.csv and its own row's (0 for a roles.csv value). */
    private record Changed(long roleLine, long rowLine, RoleChange change) {
    }

    private final JdbcTemplate jdbc;

    public ChangeDetection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Compares this run's accepted data with a previous run's and stores the differences, replacing
     * any stored before: roles added and removed, then changed values role by role.
     */
    public Found detect(long runId, long previousRunId) {
        jdbc.update("DELETE FROM rc_change WHERE run_id = ?", runId);
        List<RoleChange> changes = new ArrayList<>();
        jdbc.query("SELECT c.role_id, c.title FROM rc_role c WHERE c.k BETWEEN ? AND ? AND NOT c.rejected AND NOT EXISTS"
                + " (SELECT 1 FROM rc_role p WHERE p.run_id = ? AND p.role_id = c.role_id AND NOT p.rejected) ORDER BY c.k",
                rs -> {
                    changes.add(RoleChange.added(rs.getString(1), rs.getString(2)));
                }, StagingKey.first(runId), StagingKey.last(runId), previousRunId);
        jdbc.query("SELECT p.role_id, p.title FROM rc_role p WHERE p.k BETWEEN ? AND ? AND NOT p.rejected AND NOT EXISTS"
                + " (SELECT 1 FROM rc_role c WHERE c.run_id = ? AND c.role_id = p.role_id AND NOT c.rejected) ORDER BY p.k",
                rs -> {
                    changes.add(RoleChange.removed(rs.getString(1), rs.getString(2)));
                }, StagingKey.first(previousRunId), StagingKey.last(previousRunId), runId);
        List<Changed> changed = new ArrayList<>();
        for (RoleField field : RoleField.values()) {
            jdbc.query(field.select, rs -> {
                changed.add(new Changed(rs.getLong(1), 0, ChangeNotes.changed(rs.getString(2), rs.getString(3), field.words,
                        number(rs, 4), number(rs, 5), field.unit)));
            }, previousRunId, StagingKey.first(runId), StagingKey.last(runId));
        }
        jdbc.query("SELECT r.line, c.line, c.role_id, r.title, c.dimension, c.category, p.share, c.share FROM rc_distribution c"
                + " JOIN rc_distribution p ON p.run_id = ? AND p.role_id = c.role_id AND NOT p.rejected"
                + " AND LOWER(p.dimension) = LOWER(c.dimension) AND LOWER(p.category) = LOWER(c.category)"
                + " JOIN rc_role r ON r.run_id = c.run_id AND r.role_id = c.role_id AND NOT r.rejected"
                + " WHERE c.k BETWEEN ? AND ? AND NOT c.rejected AND p.share IS DISTINCT FROM c.share", rs -> {
                    changed.add(new Changed(rs.getLong(1), rs.getLong(2), ChangeNotes.changed(rs.getString(3), rs.getString(4),
                            rs.getString(5) + ": " + rs.getString(6), number(rs, 7), number(rs, 8),
                            RoleChange.Unit.PP)));
                }, previousRunId, StagingKey.first(runId), StagingKey.last(runId));
        jdbc.query("SELECT r.line, c.line, c.role_id, r.title, c.skill, p.share, c.share FROM rc_skill c"
                + " JOIN rc_skill p ON p.run_id = ? AND p.role_id = c.role_id AND NOT p.rejected AND LOWER(p.skill) = LOWER(c.skill)"
                + " JOIN rc_role r ON r.run_id = c.run_id AND r.role_id = c.role_id AND NOT r.rejected"
                + " WHERE c.k BETWEEN ? AND ? AND NOT c.rejected AND p.share IS DISTINCT FROM c.share", rs -> {
                    changed.add(new Changed(rs.getLong(1), rs.getLong(2), ChangeNotes.changed(rs.getString(3), rs.getString(4),
                            "skill: " + rs.getString(5), number(rs, 6), number(rs, 7),
                            RoleChange.Unit.PP)));
                }, previousRunId, StagingKey.first(runId), StagingKey.last(runId));
        changed.sort(Comparator.comparingLong(Changed::roleLine).thenComparingLong(Changed::rowLine));
        changed.forEach(c -> changes.add(c.change()));
        store(runId, changes);
        Long compared = jdbc.queryForObject("SELECT COUNT(*) FROM rc_role WHERE k BETWEEN ? AND ? AND NOT rejected", Long.class,
                StagingKey.first(runId), StagingKey.last(runId));
        Set<String> rolesChanged = new HashSet<>();
        changes.stream().filter(c -> c.kind() != RoleChange.Kind.REMOVED).forEach(c -> rolesChanged.add(c.roleId()));
        return new Found(compared == null ? 0 : compared, rolesChanged.size(), changes.size());
    }

    /** A number that may be missing: a BIGINT or DOUBLE column read as a {@code Double}, {@code null} when SQL NULL. */
    private static Double number(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private void store(long runId, List<RoleChange> changes) {
        long[] seq = {0};
        jdbc.batchUpdate("INSERT INTO rc_change (run_id, seq, role_id, title, kind, field, old_value, new_value, change_value, unit)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", changes, 500, (ps, c) -> {
                    ps.setLong(1, runId);
                    ps.setLong(2, ++seq[0]);
                    ps.setString(3, c.roleId());
                    ps.setString(4, c.title());
                    ps.setString(5, c.kind().name());
                    ps.setString(6, c.field());
                    ps.setObject(7, c.oldValue(), Types.DOUBLE);
                    ps.setObject(8, c.newValue(), Types.DOUBLE);
                    ps.setObject(9, c.change(), Types.DOUBLE);
                    ps.setString(10, c.unit() == null ? null : c.unit().name());
                });
    }
}
