package org.rolecompare.staging;

import static org.rolecompare.staging.JdbcValues.nullableDouble;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.rolecompare.ingest.InputFile;
import org.rolecompare.validate.ComparisonCheck;
import org.rolecompare.validate.CrossFileRules;
import org.rolecompare.validate.Finding;
import org.rolecompare.validate.KeyFields;
import org.rolecompare.validate.RoleSettlement;
import org.rolecompare.validate.ShareSums;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Runs the rules that span rows and files over a run's staged rows: streams the rows, in line
 * order, into the plain-Java rules of the validate package ({@link RoleSettlement},
 * {@link ComparisonCheck}, {@link CrossFileRules}) and applies what they decide, as findings and as
 * rejected or skipped rows. Each rule's findings are written before the next rule reads them.
 */
@Repository
public class CrossCheck {

    /** What one cross-check did, for the step's counts. */
    public record Counts(long rowsRead, long findings, long comparisonsRejected, long comparisonsSkipped) {
    }

    private static final String ROLE_FILE_ERRORS = "SELECT DISTINCT role_id FROM rc_finding WHERE run_id = ? AND severity = 'error'"
            + " AND file IN ('roles.csv','distributions.csv','skills.csv','responsibilities.csv')";

    private static final String SPARSE_ROLE_FIELDS = "SELECT r.line, r.role_id, r.title, r.hourly_rate IS NOT NULL,"
            + " r.salary_min IS NOT NULL, r.salary_max IS NOT NULL, r.growth_rate IS NOT NULL, r.job_count IS NOT NULL,"
            + " r.years_min IS NOT NULL, r.common_degree IS NOT NULL, r.average_age IS NOT NULL, r.years_experience IS NOT NULL,"
            + " r.description IS NOT NULL, " + StagingCounts.KNOWN_COLUMNS + " FROM rc_role r WHERE r.k BETWEEN ? AND ?"
            + " AND NOT r.rejected ORDER BY r.k";

    private final JdbcTemplate jdbc;
    private final StagingStore store;
    private final StagingCounts counts;

    public CrossCheck(JdbcTemplate jdbc, StagingStore store, StagingCounts counts) {
        this.jdbc = jdbc;
        this.store = store;
        this.counts = counts;
    }

    /**
     * Checks unique role ids, references to roles and the sums of breakdowns and skills, then
     * settles which roles, rows and comparisons are rejected or skipped, and last points out the
     * accepted roles with fewer than {@code minKnownFields} (0–1) of their key fields known. One pass
     * over each role file finds the rows naming no role and adds up the shares; the rows that go with
     * a role rejected only then are found by a second pass over that file, which a feed without such
     * roles never needs, and rejected by line: nothing here looks a role up in the staging tables, so
     * they need no index by role. The same passes count the run's facts, saved with {@link StagingCounts}.
     */
    public Counts run(long runId, double minKnownFields) {
        long[] read = {0};
        RoleSettlement roles = new RoleSettlement();
        CountTally tally = new CountTally();
        Set<Long> roleLinesRejected = new HashSet<>();
        jdbc.query("SELECT line, role_id, rejected FROM rc_role WHERE k BETWEEN ? AND ? ORDER BY k", rs -> {
            long line = rs.getLong(1);
            String roleId = rs.getString(2);
            boolean rejected = rs.getBoolean(3);
            tally.row(InputFile.ROLES, rejected);
            tally.role(line, roleId, rejected);
            if (rejected) {
                roleLinesRejected.add(line);
            }
            if (roleId != null) {
                roles.role(line, roleId, rejected);
                read[0]++;
            }
        }, StagingKey.first(runId), StagingKey.last(runId));
        List<Finding> duplicates = roles.duplicateRoles();
        roles.rolesRead();
        ShareSums breakdownSums = new ShareSums();
        ShareSums skillSums = new ShareSums();
        BitSet unknownShares = new BitSet();
        Map<DetailTable, DetailPass> passes = new EnumMap<>(DetailTable.class);
        passes.put(DetailTable.DISTRIBUTIONS, new DetailPass(DetailTable.DISTRIBUTIONS, (row, role, roleId) ->
                breakdownSums.breakdown(row.line(), roleId, row.dimension(), row.lowerDimension(), row.share())));
        passes.put(DetailTable.SKILLS, new DetailPass(DetailTable.SKILLS, (row, role, roleId) -> {
            skillSums.skill(row.line(), roleId, row.share());
            if (row.share() == null && role >= 0) {
                unknownShares.set(role);
            }
        }));
        passes.put(DetailTable.RESPONSIBILITIES, new DetailPass(DetailTable.RESPONSIBILITIES, (row, role, roleId) -> {
        }));
        readSideBySide(() -> passes.get(DetailTable.DISTRIBUTIONS).read(runId, roles), () -> {
            passes.get(DetailTable.SKILLS).read(runId, roles);
            passes.get(DetailTable.RESPONSIBILITIES).read(runId, roles);
        });
        List<Finding> unknownRoles = new ArrayList<>();
        for (DetailPass pass : passes.values()) {
            tally.rows(pass.table.file, pass.rows, pass.rejected);
            unknownRoles.addAll(pass.unknownRoles);
            read[0] += pass.accepted;
        }
        List<Finding> distributionSums = breakdownSums.distributionFindings();
        List<Finding> skillSumFindings = skillSums.skillFindings();
        Set<String> rolesWithErrors = new LinkedHashSet<>(jdbc.queryForList(ROLE_FILE_ERRORS, String.class, runId));
        for (List<Finding> found : List.of(duplicates, distributionSums, skillSumFindings)) {
            found.stream().filter(Finding::isError).forEach(f -> rolesWithErrors.add(f.roleId()));
        }
        RoleSettlement.Settlement settlement = roles.settle(rolesWithErrors);
        settlement.rolesToReject().forEach(tally::roleRejected);
        List<Long> roleLines = settlement.roleLinesToReject().stream().filter(line -> !roleLinesRejected.contains(line)).toList();
        tally.rejected(InputFile.ROLES, roleLines.size());
        for (DetailTable table : DetailTable.values()) {
            if (roles.rowsOfRolesNotAccepted(table.file)) {
                Pages.forEach(jdbc, table.acceptedRows, (rs, i) -> new StagedLine(rs.getLong(1), rs.getString(2), false, null, null,
                        null), StagedLine::line, page -> page.forEach(row -> roles.rowOfRoleNotAccepted(table.file, row.line(),
                                row.roleId())), runId);
            }
        }
        List<Finding> findings = new ArrayList<>(duplicates);
        findings.addAll(unknownRoles);
        findings.addAll(distributionSums);
        findings.addAll(skillSumFindings);
        store.saveFindings(runId, findings);
        Map<InputFile, List<Long>> detailLines = roles.detailLinesToReject();
        detailLines.forEach((file, lines) -> tally.rejected(file, lines.size()));
        reject(runId, roleLines, detailLines);
        breakdownSums.forEachBreakdown((roleId, dimension, firstLine) -> {
            if (roles.accepted(roles.number(roleId))) {
                tally.breakdown(dimension, firstLine);
            }
        });
        unknownShares.stream().filter(roles::accepted).forEach(role -> tally.unknownShare());
        ComparisonCheck comparisons = roles.comparisons(comparisonErrorLines(runId), role -> firstError(runId, role));
        long[] comparisonsRead = {0};
        SparseRoles sparse = new SparseRoles(runId, minKnownFields, roles, new HashSet<>(roleLines));
        readSideBySide(sparse::read, () -> Pages.forEach(jdbc, "SELECT line, left_id, right_id, status FROM rc_comparison"
                + " WHERE k BETWEEN ? AND ? ORDER BY k FETCH FIRST ? ROWS ONLY", (rs, i) -> new StagedComparison(rs.getLong(1),
                        rs.getString(2), rs.getString(3), rs.getString(4)), StagedComparison::line, page -> {
                            for (StagedComparison c : page) {
                                boolean accepted = StagingStore.ACCEPTED.equals(c.status());
                                tally.row(InputFile.COMPARISONS, !accepted);
                                if (accepted) {
                                    comparisons.comparison(c.line(), c.leftId(), c.rightId());
                                    comparisonsRead[0]++;
                                }
                            }
                        }, runId));
        setStatus(runId, comparisons.rejectedLines(), StagingStore.REJECTED);
        store.saveFindings(runId, comparisons.findings());
        setStatus(runId, comparisons.skippedLines(), StagingStore.SKIPPED);
        tally.comparisons(comparisons.rejectedLines().size(), comparisons.skippedLines().size());
        tally.addAcceptedRoles(sparse.tally);
        store.saveFindings(runId, sparse.findings);
        counts.save(runId, tally.counts());
        store.changed();
        return new Counts(read[0] + comparisonsRead[0], findings.size() + comparisons.findings().size() + sparse.findings.size(),
                comparisons.rejectedLines().size(), comparisons.skippedLines().size());
    }

    /**
     * Runs {@code first} on a thread of its own while this thread runs {@code second}, and returns
     * once both are done; a failure of either is thrown here (of both: this thread's, with the other's
     * suppressed). The passes over the role files read
     * different tables and keep apart what they find until both are done, so on two cores the
     * cross-check's longest part takes about half the time.
     */
    private static void readSideBySide(Runnable first, Runnable second) {
        FutureTask<Void> side = new FutureTask<>(first, null);
        new Thread(side, "cross-check").start();
        Throwable failure = null;
        try {
            second.run();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        try {
            side.get();
        } catch (ExecutionException e) {
            if (failure == null) {
                failure = e.getCause();
            } else {
                failure.addSuppressed(e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the role files were read", e);
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    /**
     * One pass over a role file's staged rows, in line order, before the roles are settled: counts
     * the rows as loaded, tells the settlement the accepted ones ({@link RoleSettlement#detailRow},
     * keeping the findings of rows naming an unknown role) and hands each accepted row to
     * {@code sum} with its role's number and the settlement's copy of its id. What it finds stays
     * here until the pass is done, so passes over different files may run on different threads
     * (their settlement calls are per file, see {@link RoleSettlement#rolesRead}); a pass runs on one
     * thread. A row naming the role of the row before it takes that row's number: a file lists a
     * role's rows together, so the pass looks up each role about once rather than once per row.
     */
    private final class DetailPass {
        private final DetailTable table;
        private final RowSum sum;
        private final List<Finding> unknownRoles = new ArrayList<>();
        private long rows;
        private long rejected;
        private long accepted;

        private String lastRoleId;
        private int lastRole = -1;
        private String lastKeptId;

        private DetailPass(DetailTable table, RowSum sum) {
            this.table = table;
            this.sum = sum;
        }

        private void read(long runId, RoleSettlement roles) {
            Pages.forEach(jdbc, table.rows, (rs, i) -> new StagedLine(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
                    rs.getString(4), rs.getString(5), nullableDouble(rs, 6)), StagedLine::line, page -> {
                        for (StagedLine row : page) {
                            rows++;
                            if (row.rejected()) {
                                rejected++;
                            } else {
                                if (!Objects.equals(row.roleId(), lastRoleId)) {
                                    lastRoleId = row.roleId();
                                    lastRole = roles.number(lastRoleId);
                                    lastKeptId = roles.id(lastRoleId, lastRole);
                                }
                                roles.detailRow(table.file, row.line(), row.roleId(), lastRole).ifPresent(unknownRoles::add);
                                sum.accept(row, lastRole, lastKeptId);
                                accepted++;
                            }
                        }
                    }, runId);
        }
    }

    /** What a pass does with each accepted row besides settling it: given the row, its role's number and the settlement's copy of its id. */
    @FunctionalInterface
    private interface RowSum {
        void accept(StagedLine row, int role, String roleId);
    }

    /**
     * A line of a role file: the role it belongs to, whether its own rules rejected it, its dimension
     * as spelled and in lower case (breakdowns) and its share (breakdowns and skills; null when not known).
     */
    private record StagedLine(long line, String roleId, boolean rejected, String dimension, String lowerDimension, Double share) {
    }

    /** A line of comparisons.csv and its status as loaded. */
    private record StagedComparison(long line, String leftId, String rightId, String status) {
    }

    /** Rejects the roles.csv lines of the roles rejected now and the other files' lines that went with them. */
    private void reject(long runId, List<Long> roleLines, Map<InputFile, List<Long>> detailLines) {
        updateEach("UPDATE rc_role SET rejected = TRUE WHERE k = ?", runId, roleLines);
        for (DetailTable table : DetailTable.values()) {
            updateEach(table.rejectLine, runId, detailLines.getOrDefault(table.file, List.of()));
        }
    }

    /** Runs {@code update} (parameter: a row's key, {@link StagingKey}) once per line of the run, in batches. */
    private void updateEach(String update, long runId, List<Long> lines) {
        jdbc.batchUpdate(update, lines, 1000, (ps, line) -> ps.setLong(1, StagingKey.of(runId, line)));
    }

    private Set<Long> comparisonErrorLines(long runId) {
        return new HashSet<>(jdbc.queryForList("SELECT DISTINCT line FROM rc_finding WHERE run_id = ? AND file = ? AND severity = 'error'",
                Long.class, runId, InputFile.COMPARISONS.fileName()));
    }

    /** The first error that rejected a role, as "FILE line N: message", or {@code null}. */
    private String firstError(long runId, String roleId) {
        List<String> first = jdbc.queryForList(StagedTable.Sql.FIRST_ERROR_OF_ROLE, String.class, runId, roleId);
        return first.isEmpty() ? null : first.get(0);
    }

    private void setStatus(long runId, List<Long> lines, String status) {
        jdbc.batchUpdate("UPDATE rc_comparison SET status = ? WHERE k = ?", lines, 1000, (ps, line) -> {
            ps.setString(1, status);
            ps.setLong(2, StagingKey.of(runId, line));
        });
    }

    /**
     * One info finding (rule sparse-role) per accepted role with too few key fields known, in line
     * order; whether a role has skills, responsibilities and demographics comes from the settlement.
     * The same pass tells its own {@link CountTally} which fields each accepted role has known.
     *
     * <p>It runs on a thread of its own while this one reads the comparisons, so it reads through
     * another connection, which does not see what the cross-check's own transaction changed: the
     * roles.csv lines rejected now ({@link #reject}) are left out by line, so that the rows it reads
     * are the accepted ones whether or not their rejection is visible to it. It only reads the
     * settled settlement, and keeps what it finds until both passes are done.
     */
    private final class SparseRoles {
        private final long runId;
        private final double minKnownFields;
        private final RoleSettlement settled;
        private final Set<Long> linesRejectedNow;
        private final List<Finding> findings = new ArrayList<>();
        private final CountTally tally = new CountTally();

        private SparseRoles(long runId, double minKnownFields, RoleSettlement settled, Set<Long> linesRejectedNow) {
            this.runId = runId;
            this.minKnownFields = minKnownFields;
            this.settled = settled;
            this.linesRejectedNow = linesRejectedNow;
        }

        private void read() {
            int covered = CountTally.COVERED_COLUMNS.size();
            jdbc.query(SPARSE_ROLE_FIELDS, rs -> {
                long line = rs.getLong(1);
                if (linesRejectedNow.contains(line)) {
                    return;
                }
                String roleId = rs.getString(2);
                boolean skills = settled.hasRows(InputFile.SKILLS, roleId);
                boolean responsibilities = settled.hasRows(InputFile.RESPONSIBILITIES, roleId);
                boolean demographics = settled.hasRows(InputFile.DISTRIBUTIONS, roleId);
                KeyFields fields = new KeyFields(rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7),
                        rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10), rs.getBoolean(11), rs.getBoolean(12),
                        rs.getBoolean(13), skills, responsibilities, demographics);
                CrossFileRules.sparseRole(roleId, rs.getString(3), line, fields, minKnownFields).ifPresent(findings::add);
                boolean[] known = new boolean[covered];
                for (int c = 0; c < covered; c++) {
                    known[c] = rs.getBoolean(14 + c);
                }
                tally.acceptedRole(known, demographics, responsibilities, skills);
            }, StagingKey.first(runId), StagingKey.last(runId));
        }
    }
}
