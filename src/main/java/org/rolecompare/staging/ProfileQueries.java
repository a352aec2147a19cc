package org.rolecompare.staging;

import static org.rolecompare.staging.JdbcValues.nullableDouble;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * everything it has, or every role of a run as far as the metrics need them, in a few queries.
 */
@Repository
public class ProfileQueries {

    /** The roles.csv columns of a role, without its description (which the metrics never read). */
    private static final String LIGHT_ROLES = "SELECT role_id, title, CAST(NULL AS VARCHAR) AS description, years_min, years_max,"
            + " average_salary, hourly_rate, salary_min, salary_max, growth_rate, job_count, job_satisfaction, common_degree,"
            + " common_degree_share, common_major, common_college, average_age, years_experience, lgbt_share, highest_paying_city,"
            + " highest_paying_state, best_paying_company, best_paying_industry, short_title, singular_title"
            + " FROM rc_role WHERE run_id = ? AND NOT rejected";

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
     * The profiles of every accepted role of a run, as far as the metrics need them: the roles.csv
     * row without its description, the breakdowns and the skills, each in file order, but no
     * responsibilities. Four queries in all, however many roles. Returns empty when the run has more
     * than {@code maxRoles} accepted roles, so a caller can keep its memory bounded.
     */
    public Optional<Map<String, RoleProfile>> metricsProfiles(long runId, int maxRoles) {
        Long accepted = jdbc.queryForObject("SELECT COUNT(*) FROM rc_role WHERE run_id = ? AND NOT rejected", Long.class, runId);
        if (accepted == null || accepted > maxRoles) {
            return Optional.empty();
        }
        Map<String, String> names = new HashMap<>();
        Map<String, Role> roles = new LinkedHashMap<>();
        jdbc.query(LIGHT_ROLES, rs -> {
            Role role = ROLE_MAPPER.mapRow(rs, 0);
            roles.put(role.id(), role);
        }, runId);
        Map<String, Map<String, NamedShares>> breakdowns = new HashMap<>();
        jdbc.query("SELECT role_id, dimension, category, share FROM rc_distribution WHERE run_id = ? AND NOT rejected ORDER BY run_id, line",
                rs -> {
                    String dimension = names.computeIfAbsent(rs.getString(2), k -> k);
                    breakdowns.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(dimension.toLowerCase(Locale.ROOT), k -> new NamedShares(dimension, new ArrayList<>()))
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
        return Optional.of(profiles);
    }

    /** A breakdown being collected: the dimension as first spelled, and its categories so far. */
    private record NamedShares(String name, List<CategoryShare> shares) {
    }
}
