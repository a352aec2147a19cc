package org.rolecompare.staging;

import static org.rolecompare.staging.JdbcValues.nullableDouble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.rolecompare.compare.Skill;
import org.rolecompare.related.RelatedPairs;
import org.rolecompare.related.RelatedRole;
import org.rolecompare.related.RoleTraits;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The related roles of a run in the staging tables: what they are found from (the accepted roles'
 * traits), the rows found ({@code rc_related}), and the pairs they add to {@code rc_comparison}.
 *
 * <p>An added pair is an accepted comparison like a listed one, so the report step partitions,
 * renders and restarts it the same way, but its line is {@link #FIRST_ADDED_LINE} or later: far past
 * the last line any comparisons.csv can have (a file of that many lines would be terabytes), so the
 * key never collides with a line of the file, and a line number that findings and rejected rows
 * print is always a real one (the cross-check, which alone makes findings about comparisons, runs
 * before the pairs are added).
 */
@Repository
public class RelatedStore {

    /** The line of the first pair added from related roles; the next ones follow it. */
    public static final long FIRST_ADDED_LINE = 1_000_000_000_001L;

    /** Separates the shared skills in {@code rc_related.shared_skills}: a control character, which no staged value holds. */
    private static final String SKILL_SEPARATOR = "\u001F";

    private static final String ROLES = "SELECT role_id, common_degree, common_major, average_salary FROM rc_role"
            + " WHERE k BETWEEN ? AND ? AND NOT rejected ORDER BY k";
    private static final String SKILLS = "SELECT line, role_id, skill, share FROM rc_skill WHERE k BETWEEN ? AND ?"
            + " AND NOT rejected ORDER BY k FETCH FIRST ? ROWS ONLY";
    private static final String RESPONSIBILITIES = "SELECT line, role_id, text FROM rc_responsibility WHERE k BETWEEN ? AND ?"
            + " AND NOT rejected ORDER BY k FETCH FIRST ? ROWS ONLY";
    /** The accepted pairs of comparisons.csv; parameters: the run's first key and the key before its first added pair. */
    private static final String LISTED = "SELECT left_id, right_id FROM rc_comparison WHERE k BETWEEN ? AND ? AND status = ?"
            + " ORDER BY k";
    private static final String INSERT_RELATED = "INSERT INTO rc_related (run_id, role_id, rank, related_role_id, score,"
            + " shared_skills, reason) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_PAIR = "INSERT INTO rc_comparison (k, run_id, line, left_id, right_id, status)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    private static final String RELATED_WITH_TITLES = "SELECT r.role_id, COALESCE(a.short_title, a.title), r.rank,"
            + " r.related_role_id, COALESCE(b.short_title, b.title), r.score, r.shared_skills, r.reason FROM rc_related r"
            + " JOIN rc_role a ON a.run_id = r.run_id AND a.role_id = r.role_id AND NOT a.rejected"
            + " JOIN rc_role b ON b.run_id = r.run_id AND b.role_id = r.related_role_id AND NOT b.rejected"
            + " WHERE r.run_id = ? ORDER BY r.run_id, r.role_id, r.rank";
    /** The rows of the pairs of a line range, found either way round; parameters: the range's first and last key, twice. */
    private static final String RELATED_OF_RANGE = "SELECT r.role_id, r.rank, r.related_role_id, r.score, r.shared_skills,"
            + " r.reason FROM rc_comparison c JOIN rc_related r ON r.run_id = c.run_id AND r.role_id = c.left_id"
            + " AND r.related_role_id = c.right_id WHERE c.k BETWEEN ? AND ? AND c.status = 'ACCEPTED'"
            + " UNION ALL SELECT r.role_id, r.rank, r.related_role_id, r.score, r.shared_skills, r.reason FROM rc_comparison c"
            + " JOIN rc_related r ON r.run_id = c.run_id AND r.role_id = c.right_id AND r.related_role_id = c.left_id"
            + " WHERE c.k BETWEEN ? AND ? AND c.status = 'ACCEPTED'";

    private final JdbcTemplate jdbc;
    private final StagingStore store;

    public RelatedStore(JdbcTemplate jdbc, StagingStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** One row of related.csv with the two roles' display titles (short title, else title). */
    public record TitledRelated(RelatedRole related, String roleTitle, String relatedTitle) {
    }

    /**
     * The traits of the run's accepted roles, in roles.csv order, each role's skills and
     * responsibilities in file order: the order {@code role-compare related} reads an input folder
     * in, so a run and the command find the same related roles.
     */
    public List<RoleTraits> traits(long runId) {
        Map<String, Row> roles = new LinkedHashMap<>();
        jdbc.query(ROLES, rs -> {
            roles.put(rs.getString(1), new Row(rs.getString(2), rs.getString(3), rs.getDouble(4)));
        }, StagingKey.first(runId), StagingKey.last(runId));
        Pages.forEach(jdbc, SKILLS, (rs, i) -> new SkillLine(rs.getLong(1), rs.getString(2), new Skill(rs.getString(3),
                nullableDouble(rs, 4))), SkillLine::line, page -> page.forEach(line -> {
                    Row role = roles.get(line.roleId());
                    if (role != null) {
                        role.skills().add(line.skill());
                    }
                }), runId);
        Pages.forEach(jdbc, RESPONSIBILITIES, (rs, i) -> new DutyLine(rs.getLong(1), rs.getString(2), rs.getString(3)),
                DutyLine::line, page -> page.forEach(line -> {
                    Row role = roles.get(line.roleId());
                    if (role != null) {
                        role.responsibilities().add(line.text());
                    }
                }), runId);
        List<RoleTraits> traits = new ArrayList<>(roles.size());
        roles.forEach((id, role) -> traits.add(new RoleTraits(id, role.skills(), role.responsibilities(), role.degree(), role.major(),
                role.averageSalary())));
        return traits;
    }

    /** An accepted line of skills.csv. */
    private record SkillLine(long line, String roleId, Skill skill) {
    }

    /** An accepted line of responsibilities.csv. */
    private record DutyLine(long line, String roleId, String text) {
    }

    /** An accepted role's traits as they are gathered. */
    private record Row(String degree, String major, double averageSalary, List<Skill> skills, List<String> responsibilities) {

        Row(String degree, String major, double averageSalary) {
            this(degree, major, averageSalary, new ArrayList<>(), new ArrayList<>());
        }
    }

    /** The accepted pairs of comparisons.csv, as listed, in line order. */
    public List<RelatedPairs.Pair> listedPairs(long runId) {
        return jdbc.query(LISTED, (rs, i) -> new RelatedPairs.Pair(rs.getString(1), rs.getString(2)), StagingKey.first(runId),
                StagingKey.of(runId, FIRST_ADDED_LINE) - 1, StagingStore.ACCEPTED);
    }

    /**
     * Replaces the run's related roles and the pairs they added by {@code related} and {@code added}
     * (numbered from {@link #FIRST_ADDED_LINE} in their order): the rows of an earlier attempt are
     * deleted first, so a step that runs again after a crash leaves the same rows. Run it in one
     * transaction (the step's), so that no reader ever sees half of it.
     */
    public void replace(long runId, List<RelatedRole> related, List<RelatedPairs.Pair> added) {
        store.changed();
        jdbc.update("DELETE FROM rc_related WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM rc_comparison WHERE k BETWEEN ? AND ?", StagingKey.of(runId, FIRST_ADDED_LINE), StagingKey.last(runId));
        jdbc.batchUpdate(INSERT_RELATED, related, 1000, (ps, r) -> {
            ps.setLong(1, runId);
            ps.setString(2, r.roleId());
            ps.setInt(3, r.rank());
            ps.setString(4, r.relatedRoleId());
            ps.setDouble(5, r.score());
            ps.setString(6, String.join(SKILL_SEPARATOR, r.sharedSkills()));
            ps.setString(7, r.reason());
        });
        long[] line = {FIRST_ADDED_LINE};
        jdbc.batchUpdate(INSERT_PAIR, added, 1000, (ps, pair) -> {
            ps.setLong(1, StagingKey.of(runId, line[0]));
            ps.setLong(2, runId);
            ps.setLong(3, line[0]++);
            ps.setString(4, pair.leftId());
            ps.setString(5, pair.rightId());
            ps.setString(6, StagingStore.ACCEPTED);
        });
    }

    /** How many pairs the run added from related roles (all accepted: nothing rejects them). */
    public long addedPairs(long runId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM rc_comparison WHERE k BETWEEN ? AND ?", Long.class,
                StagingKey.of(runId, FIRST_ADDED_LINE), StagingKey.last(runId));
        return n == null ? 0 : n;
    }

    /** Every related role of the run with the two roles' titles, by role id and rank: the rows of related.csv. */
    public void forEachRelated(long runId, Consumer<TitledRelated> sink) {
        jdbc.query(RELATED_WITH_TITLES, rs -> {
            sink.accept(new TitledRelated(new RelatedRole(rs.getString(1), rs.getString(4), rs.getInt(3), rs.getDouble(6),
                    skills(rs.getString(7)), rs.getString(8)), rs.getString(2), rs.getString(5)));
        }, runId);
    }

    /**
     * The related-role rows of the accepted pairs of a line range, either way round (a role's row
     * about the other), by (role id, related role id): what the reports of one partition say about
     * their pairs' relatedness, read in one query when the partition starts.
     */
    public Map<List<String>, RelatedRole> relatedIn(long runId, LineRange range) {
        Map<List<String>, RelatedRole> byPair = new HashMap<>();
        jdbc.query(RELATED_OF_RANGE, rs -> {
            RelatedRole r = new RelatedRole(rs.getString(1), rs.getString(3), rs.getInt(2), rs.getDouble(4), skills(rs.getString(5)),
                    rs.getString(6));
            byPair.put(List.of(r.roleId(), r.relatedRoleId()), r);
        }, StagingKey.of(runId, range.firstLine()), StagingKey.of(runId, range.lastLine()), StagingKey.of(runId, range.firstLine()),
                StagingKey.of(runId, range.lastLine()));
        return byPair;
    }

    private static List<String> skills(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SKILL_SEPARATOR, -1));
    }
}
