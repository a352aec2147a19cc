package org.rolecompare.staging;

import static org.rolecompare.staging.JdbcValues.nullableDouble;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.rolecompare.compare.Role;
import org.rolecompare.validate.DistributionRow;
import org.rolecompare.validate.SkillRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The accepted rows of a run's role files, each file in line order, as the workbook lists them. */
@Repository
public class AcceptedRows {

    private final JdbcTemplate jdbc;

    public AcceptedRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void forEachRole(long runId, Consumer<Role> sink) {
        jdbc.query("SELECT * FROM rc_role WHERE k BETWEEN ? AND ? AND NOT rejected ORDER BY k", rs -> {
            sink.accept(ProfileQueries.ROLE_MAPPER.mapRow(rs, 0));
        }, StagingKey.first(runId), StagingKey.last(runId));
    }

    /** Every accepted role's id and display title ({@link Role#displayTitle}), in line order: what lists of roles show. */
    public void forEachRoleTitle(long runId, BiConsumer<String, String> sink) {
        jdbc.query("SELECT role_id, title, short_title FROM rc_role WHERE k BETWEEN ? AND ? AND NOT rejected ORDER BY k", rs -> {
            sink.accept(rs.getString(1), Role.displayTitle(rs.getString(2), rs.getString(3)));
        }, StagingKey.first(runId), StagingKey.last(runId));
    }

    public void forEachSkill(long runId, Consumer<SkillRow> sink) {
        jdbc.query("SELECT role_id, skill, share FROM rc_skill WHERE k BETWEEN ? AND ? AND NOT rejected ORDER BY k", rs -> {
            sink.accept(new SkillRow(rs.getString(1), rs.getString(2), nullableDouble(rs, 3)));
        }, StagingKey.first(runId), StagingKey.last(runId));
    }

    public void forEachDistribution(long runId, Consumer<DistributionRow> sink) {
        jdbc.query("SELECT role_id, dimension, category, share FROM rc_distribution WHERE k BETWEEN ? AND ? AND NOT rejected"
                + " ORDER BY k", rs -> {
                    sink.accept(new DistributionRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4)));
                }, StagingKey.first(runId), StagingKey.last(runId));
    }

    /** The dimensions of the accepted breakdowns, lower case, in the order they first appear. */
    public List<String> dimensions(long runId) {
        return jdbc.queryForList("SELECT LOWER(dimension) FROM rc_distribution WHERE k BETWEEN ? AND ? AND NOT rejected"
                + " GROUP BY LOWER(dimension) ORDER BY MIN(line)", String.class, StagingKey.first(runId), StagingKey.last(runId));
    }
}
