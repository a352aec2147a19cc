package org.rolecompare.changes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.rolecompare.staging.LineRange;
import org.rolecompare.staging.StagingKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The changes the detectChanges step stored for a run, read back in the order they were stored. */
@Repository
public class ChangeQueries {

    private static final int IDS_PER_QUERY = 500;

    private static final RowMapper<RoleChange> CHANGE_MAPPER = (rs, i) -> new RoleChange(rs.getString(1), rs.getString(2),
            RoleChange.Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, Double.class), rs.getObject(6, Double.class),
            rs.getObject(7, Double.class), rs.getString(8) == null ? null : RoleChange.Unit.valueOf(rs.getString(8)));

    private final JdbcTemplate jdbc;

    public ChangeQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void forEachChange(long runId, Consumer<RoleChange> sink) {
        jdbc.query("SELECT role_id, title, kind, field, old_value, new_value, change_value, unit FROM rc_change WHERE run_id = ?"
                + " ORDER BY seq", rs -> {
                    sink.accept(CHANGE_MAPPER.mapRow(rs, 0));
                }, runId);
    }

    /**
     * The stored changes of every role that appears in an accepted comparison of the range, by role
     * id, each list in the order the detectChanges step stored it. A few queries for a whole
     * partition: the range's role ids, then their changes by index, {@value #IDS_PER_QUERY} roles a
     * query.
     */
    public Map<String, List<RoleChange>> changesOfRolesIn(long runId, LineRange range) {
        long first = StagingKey.of(runId, range.firstLine());
        long last = StagingKey.of(runId, range.lastLine());
        List<String> roles = jdbc.queryForList("SELECT left_id FROM rc_comparison WHERE k BETWEEN ? AND ? AND status = 'ACCEPTED'"
                + " UNION SELECT right_id FROM rc_comparison WHERE k BETWEEN ? AND ? AND status = 'ACCEPTED'", String.class,
                first, last, first, last);
        Map<String, List<RoleChange>> byRole = new HashMap<>();
        for (int from = 0; from < roles.size(); from += IDS_PER_QUERY) {
            List<String> ids = roles.subList(from, Math.min(roles.size(), from + IDS_PER_QUERY));
            List<Object> args = new ArrayList<>(ids);
            args.add(runId);
            // a joined list of values, not IN (...): H2 looks each id up in the (run_id, role_id) index only so;
            // the statement differs only by how many ids it lists
            jdbc.query("SELECT ch.role_id, ch.title, ch.kind, ch.field, ch.old_value, ch.new_value, ch.change_value, ch.unit"
                    + " FROM (VALUES " + String.join(", ", Collections.nCopies(ids.size(), "(?)")) + ") AS r(id)"
                    + " JOIN rc_change ch ON ch.run_id = ? AND ch.role_id = r.id ORDER BY ch.seq", rs -> {
                        RoleChange change = CHANGE_MAPPER.mapRow(rs, 0);
                        byRole.computeIfAbsent(change.roleId(), id -> new ArrayList<>()).add(change);
                    }, args.toArray());
        }
        return byRole;
    }
}
