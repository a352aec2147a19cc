package org.rolecompare.staging;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.rolecompare.ingest.InputFile;
import org.rolecompare.validate.Finding;
import org.rolecompare.validate.Rule;
import org.rolecompare.validate.Severity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The findings of a run read back: all of them in the order of the input format, counted by
 * severity and by rule, and the rejected lines of a file with the reason each was rejected.
 */
@Repository
public class FindingQueries {

    private final JdbcTemplate jdbc;

    public FindingQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A rejected input line and why it was rejected. */
    public record RejectedLine(long line, String reason) {
    }

    /** Every finding of the run, by file (in the order of the input format), line and column. */
    public void forEachFinding(long runId, Consumer<Finding> sink) {
        jdbc.query("SELECT f.file, f.line, f.col, f.role_id, f.rule, f.severity, f.val, f.expected, f.message FROM rc_finding f"
                + " WHERE f.run_id = ? ORDER BY " + StagedTable.Sql.FINDING_ORDER + ", f.line, f.col", rs -> {
                    sink.accept(new Finding(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            Rule.fromId(rs.getString(5)), Severity.valueOf(rs.getString(6).toUpperCase(Locale.ROOT)),
                            rs.getString(7), rs.getString(8), rs.getString(9)));
                }, runId);
    }

    public Map<Severity, Long> findingsBySeverity(long runId) {
        Map<Severity, Long> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            counts.put(s, 0L);
        }
        jdbc.query("SELECT severity, COUNT(*) FROM rc_finding WHERE run_id = ? GROUP BY severity", rs -> {
            counts.put(Severity.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)), rs.getLong(2));
        }, runId);
        return counts;
    }

    /** Findings per rule id and severity, e.g. {@code salary-range/error → 1}, in rule order. */
    public Map<String, Long> findingsByRule(long runId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT rule, severity, COUNT(*) FROM rc_finding WHERE run_id = ? GROUP BY rule, severity ORDER BY rule, severity",
                rs -> {
                    counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
                }, runId);
        return counts;
    }

    /**
     * The rejected lines of one file in line order, each with its own findings or, for a row
     * rejected only because its role was, the error that rejected the role.
     */
    public void forEachRejectedLine(long runId, InputFile file, Consumer<RejectedLine> sink) {
        jdbc.query(StagedTable.of(file).rejectedLines, rs -> {
            String own = rs.getString(2);
            String reason = own != null ? own
                    : "role-rejected: role " + rs.getString(3) + " was rejected (" + (rs.getString(4) == null
                            ? "see its findings" : rs.getString(4)) + ")";
            sink.accept(new RejectedLine(rs.getLong(1), reason));
        }, file.fileName(), StagingKey.first(runId), StagingKey.last(runId));
    }
}
