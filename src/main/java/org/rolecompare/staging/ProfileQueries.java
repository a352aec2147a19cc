package org.rolecompare.staging;

import static org.rolecompare.staging.JdbcValues.nullableDouble;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.rolecompare.compare.Breakdown;
import org.rolecompare.compare.CategoryShare;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.Skill;
import org.rolecompare.compare.YearsRange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The profiles of accepted roles, as the metrics and the reports read them: one role with
 * everything it has, many roles with everything they have in a few queries (the roles of a report
 * partition), or every role of a run as far as the metrics need them, in a few queries.
 */
@Repository
public class ProfileQueries {

    /** The roles.csv columns of a role, without its description (which the metrics never read). */
    private static final String LIGHT_ROLES = "SELECT role_id, title, CAST(NULL AS VARCHAR) AS description, years_min, years_max,"
            + " average_salary, hourly_rate, salary_min, salary_max, growth_rate, job_count, job_satisfaction, common_degree,"
            + " common_degree_share, common_major, common_college, average_age, years_experience, lgbt_share, highest_paying_city,"
            + " highest_paying_state, best_paying_company, best_paying_industry, short_title, singular_title"
            + " FROM rc_role WHERE k BETWEEN ? AND ? AND NOT rejected ORDER BY k";

    static final RowMapper<Role> ROLE_MAPPER = (rs, i) -> new Role(
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

    /** Role ids per bulk query: a joined list of this many values at most. */
    static final int IDS_PER_QUERY = 500;

    private final JdbcTemplate jdbc;

    public ProfileQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Everything an accepted role has: its roles.csv row, breakdowns, skills and responsibilities, each in file order. */
    public RoleProfile profile(long runId, String roleId) {
        List<Role> roles = jdbc.query("SELECT * FROM rc_role WHERE run_id = ? AND role_id = ? AND NOT rejected", ROLE_MAPPER, runId, roleId);
        if (roles.size() != 1) {
            throw new IllegalStateException("expected one accepted role " + roleId + " in run " + runId + ", found " + roles.size());
        }
        Map<String, List<CategoryShare>> breakdowns = new LinkedHashMap<>();
        Map<String, String> dimensionNames = new LinkedHashMap<>();
        jdbc.query("SELECT dimension, category, share FROM rc_distribution WHERE run_id = ? AND role_id = ? AND NOT rejected ORDER BY line",
                rs -> {
                    String key = rs.getString(1).toLowerCase(Locale.ROOT);
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
     * The profiles of many accepted roles, each exactly as {@link #profile} reads it, by role id: four
     * queries per {@value #IDS_PER_QUERY} roles instead of four per role, which is what a report
     * partition's few thousand roles cost the render threads before. Fails as {@link #profile} does
     * when an id is not one accepted role of the run.
     */
    public Map<String, RoleProfile> profiles(long runId, Collection<String> roleIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(roleIds));
        Map<String, RoleProfile> profiles = new HashMap<>(ids.size() * 2);
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            profiles.putAll(batch(runId, ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))));
        }
        return profiles;
    }

    private Map<String, RoleProfile> batch(long runId, List<String> ids) {
        // a joined list of values, not IN (...): H2 looks each id up in the (run_id, role_id) index only so
        String values = "(VALUES " + String.join(", ", Collections.nCopies(ids.size(), "(?)")) + ") AS v(id)";
        Object[] args = new Object[ids.size() + 1];
        for (int i = 0; i < ids.size(); i++) {
            args[i] = ids.get(i);
        }
        args[ids.size()] = runId;
        Map<String, List<Role>> roles = new HashMap<>();
        jdbc.query("SELECT r.* FROM " + values + " JOIN rc_role r ON r.run_id = ? AND r.role_id = v.id AND NOT r.rejected", rs -> {
            Role role = ROLE_MAPPER.mapRow(rs, 0);
            roles.computeIfAbsent(role.id(), k -> new ArrayList<>()).add(role);
        }, args);
        Map<String, Map<String, NamedShares>> breakdowns = new HashMap<>();
        jdbc.query("SELECT d.role_id, d.dimension, d.category, d.share FROM " + values + " JOIN rc_distribution d ON d.run_id = ?"
                + " AND d.role_id = v.id AND NOT d.rejected ORDER BY d.line", rs -> {
                    String dimension = rs.getString(2);
                    breakdowns.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(dimension.toLowerCase(Locale.ROOT), k -> new NamedShares(dimension, new ArrayList<>()))
                            .shares().add(new CategoryShare(rs.getString(3), rs.getDouble(4)));
                }, args);
        Map<String, List<Skill>> skills = new HashMap<>();
        jdbc.query("SELECT s.role_id, s.skill, s.share FROM " + values + " JOIN rc_skill s ON s.run_id = ? AND s.role_id = v.id"
                + " AND NOT s.rejected ORDER BY s.line", rs -> {
                    skills.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Skill(rs.getString(2), nullableDouble(rs, 3)));
                }, args);
        Map<String, List<String>> responsibilities = new HashMap<>();
        jdbc.query("SELECT t.role_id, t.text FROM " + values + " JOIN rc_responsibility t ON t.run_id = ? AND t.role_id = v.id"
                + " AND NOT t.rejected ORDER BY t.line", rs -> {
                    responsibilities.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }, args);
        Map<String, RoleProfile> profiles = new HashMap<>(ids.size() * 2);
        for (String id : ids) {
            List<Role> found = roles.getOrDefault(id, List.of());
            if (found.size() != 1) {
                throw new IllegalStateException("expected one accepted role " + id + " in run " + runId + ", found " + found.size());
            }
            List<Breakdown> list = new ArrayList<>();
            breakdowns.getOrDefault(id, Map.of()).values().forEach(b -> list.add(new Breakdown(b.name(), b.shares())));
            profiles.put(id, new RoleProfile(found.get(0), list, skills.getOrDefault(id, new ArrayList<>()),
                    responsibilities.getOrDefault(id, new ArrayList<>())));
        }
        return profiles;
    }

    /**
     * The profiles of every accepted role of a run, as far as the metrics need them: the roles.csv
     * row without its description, the breakdowns and the skills, each in file order, but no
     * responsibilities. Four queries in all, however many roles. Returns empty when the run has more
     * than {@code maxRoles} accepted roles, so a caller can keep its memory bounded.
     */
    public Optional<Map<String, RoleProfile>> metricsProfiles(long runId, int maxRoles) {
        Long accepted = jdbc.queryForObject("SELECT COUNT(*) FROM rc_role WHERE k BETWEEN ? AND ? AND NOT rejected", Long.class,
                StagingKey.first(runId), StagingKey.last(runId));
        if (accepted == null || accepted > maxRoles) {
            return Optional.empty();
        }
        Map<String, String> names = new HashMap<>();
        Map<String, Role> roles = new LinkedHashMap<>();
        jdbc.query(LIGHT_ROLES, rs -> {
            Role role = ROLE_MAPPER.mapRow(rs, 0);
            roles.put(role.id(), role);
        }, StagingKey.first(runId), StagingKey.last(runId));
        Map<String, Map<String, NamedShares>> breakdowns = new HashMap<>();
        jdbc.query("SELECT role_id, dimension, category, share FROM rc_distribution WHERE k BETWEEN ? AND ? AND NOT rejected ORDER BY k",
                rs -> {
                    String dimension = names.computeIfAbsent(rs.getString(2), k -> k);
                    breakdowns.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(dimension.toLowerCase(Locale.ROOT), k -> new NamedShares(dimension, new ArrayList<>()))
                            .shares().add(new CategoryShare(names.computeIfAbsent(rs.getString(3), k -> k), rs.getDouble(4)));
                }, StagingKey.first(runId), StagingKey.last(runId));
        Map<String, List<Skill>> skills = new HashMap<>();
        jdbc.query("SELECT role_id, skill, share FROM rc_skill WHERE k BETWEEN ? AND ? AND NOT rejected ORDER BY k", rs -> {
            skills.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new Skill(names.computeIfAbsent(rs.getString(2), k -> k), nullableDouble(rs, 3)));
        }, StagingKey.first(runId), StagingKey.last(runId));
        Map<String, RoleProfile> profiles = new HashMap<>(roles.size() * 2);
        roles.forEach((id, role) -> {
            List<Breakdown> list = breakdowns.getOrDefault(id, Map.of()).values().stream()
                    .map(b -> new Breakdown(b.name(), b.shares())).toList();
            profiles.put(id, new RoleProfile(role, list, skills.getOrDefault(id, List.of()), List.of()));
        });
        return Optional.of(profiles);
    }

    /** A breakdown being collected: the dimension as first spelled, and its categories so far. */
    private record NamedShares(String name, List<CategoryShare> shares) {
    }
}
