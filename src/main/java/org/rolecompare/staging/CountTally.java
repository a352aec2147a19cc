package org.rolecompare.staging;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rolecompare.ingest.InputFile;
import org.rolecompare.validate.FieldCoverage;

/**
 * The counts of a run's facts ({@link StagingCounts.RunCounts}) tallied as the cross-check reads the
 * staged rows, so that they need no passes of their own over millions of rows: what each counting
 * query of {@link StagingCounts#scan} would find once the cross-check has rejected what it rejects,
 * told row by row. Plain Java; the cross-check says what it read and what it decided.
 */
final class CountTally {

    /** The roles.csv columns whose coverage is counted, in file order (years_to_become is years_min). */
    static final List<String> COVERED_COLUMNS = StagingCounts.COVERED_COLUMNS;

    private final Map<InputFile, long[]> files = new EnumMap<>(InputFile.class);
    private final Set<String> roleKeys = new HashSet<>();
    private final Set<String> rejectedRoleKeys = new HashSet<>();
    private long comparisonsRejected;
    private long comparisonsSkipped;
    private long acceptedRoles;
    private final long[] knownColumns = new long[COVERED_COLUMNS.size()];
    private long withDistributions;
    private long withResponsibilities;
    private long withSkills;
    private final Map<String, Dimension> dimensions = new HashMap<>();
    private long withUnknownShare;

    /** How many accepted roles have breakdowns of one dimension, and the first line of one. */
    private static final class Dimension {
        private long roles;
        private long firstLine = Long.MAX_VALUE;
    }

    /** A row of {@code file} as loaded, rejected by its own rules or not. */
    void row(InputFile file, boolean rejected) {
        long[] counts = files.computeIfAbsent(file, f -> new long[2]);
        counts[0]++;
        if (rejected) {
            counts[1]++;
        }
    }

    /** {@code read} rows of {@code file} as loaded, {@code rejected} of them by their own rules. */
    void rows(InputFile file, long read, long rejected) {
        long[] counts = files.computeIfAbsent(file, f -> new long[2]);
        counts[0] += read;
        counts[1] += rejected;
    }

    /** Rows of {@code file} accepted as loaded that the cross-check rejected. */
    void rejected(InputFile file, long rows) {
        files.computeIfAbsent(file, f -> new long[2])[1] += rows;
    }

    /** A roles.csv row as loaded: its role id (null when it has none) counts once however often it is listed. */
    void role(long line, String roleId, boolean rejected) {
        String key = roleId == null ? "line:" + line : roleId;
        roleKeys.add(key);
        if (rejected) {
            rejectedRoleKeys.add(key);
        }
    }

    /** A role id the cross-check rejected. */
    void roleRejected(String roleId) {
        rejectedRoleKeys.add(roleId);
    }

    /** What the check of comparisons.csv rejected and skipped of the comparisons accepted as loaded. */
    void comparisons(long rejected, long skipped) {
        comparisonsRejected += rejected;
        comparisonsSkipped += skipped;
    }

    /**
     * An accepted role once settled: which of {@link #COVERED_COLUMNS} it has known (in that order),
     * and whether it has accepted breakdowns, responsibilities and skills.
     */
    void acceptedRole(boolean[] known, boolean distributions, boolean responsibilities, boolean skills) {
        acceptedRoles++;
        for (int c = 0; c < knownColumns.length; c++) {
            if (known[c]) {
                knownColumns[c]++;
            }
        }
        withDistributions += distributions ? 1 : 0;
        withResponsibilities += responsibilities ? 1 : 0;
        withSkills += skills ? 1 : 0;
    }

    /** Adds the accepted roles told to {@code other} ({@link #acceptedRole}) to this tally's. */
    void addAcceptedRoles(CountTally other) {
        acceptedRoles += other.acceptedRoles;
        for (int c = 0; c < knownColumns.length; c++) {
            knownColumns[c] += other.knownColumns[c];
        }
        withDistributions += other.withDistributions;
        withResponsibilities += other.withResponsibilities;
        withSkills += other.withSkills;
    }

    /** A breakdown (a dimension, lower case) of an accepted role, with its first line. */
    void breakdown(String dimension, long firstLine) {
        Dimension d = dimensions.computeIfAbsent(dimension, k -> new Dimension());
        d.roles++;
        d.firstLine = Math.min(d.firstLine, firstLine);
    }

    /** An accepted role with a skill whose share is not known. */
    void unknownShare() {
        withUnknownShare++;
    }

    /** The counts, once every row is told. */
    StagingCounts.RunCounts counts() {
        Map<InputFile, StagingCounts.TableCount> tables = new EnumMap<>(InputFile.class);
        for (InputFile file : InputFile.values()) {
            long[] c = files.getOrDefault(file, new long[2]);
            tables.put(file, new StagingCounts.TableCount(c[0], c[1]));
        }
        StagingCounts.TableCount comparisonRows = tables.get(InputFile.COMPARISONS);
        long rejectedAsLoaded = comparisonRows.rejected();
        tables.put(InputFile.COMPARISONS, new StagingCounts.TableCount(comparisonRows.read(),
                rejectedAsLoaded + comparisonsRejected + comparisonsSkipped));
        StagingCounts.ComparisonCounts comparisons = new StagingCounts.ComparisonCounts(comparisonRows.read(),
                comparisonRows.read() - rejectedAsLoaded - comparisonsRejected - comparisonsSkipped, rejectedAsLoaded + comparisonsRejected);
        List<FieldCoverage> coverage = new ArrayList<>();
        for (int c = 0; c < COVERED_COLUMNS.size(); c++) {
            coverage.add(new FieldCoverage(COVERED_COLUMNS.get(c), knownColumns[c], acceptedRoles));
        }
        coverage.add(new FieldCoverage("demographics", withDistributions, acceptedRoles));
        dimensions.entrySet().stream().sorted((a, b) -> Long.compare(a.getValue().firstLine, b.getValue().firstLine))
                .forEach(e -> coverage.add(new FieldCoverage("demographics:" + e.getKey(), e.getValue().roles, acceptedRoles)));
        coverage.add(new FieldCoverage("responsibilities", withResponsibilities, acceptedRoles));
        coverage.add(new FieldCoverage("skills", withSkills, acceptedRoles));
        coverage.add(new FieldCoverage("skill_shares", withSkills - withUnknownShare, acceptedRoles));
        return new StagingCounts.RunCounts(tables, new StagingCounts.TableCount(roleKeys.size(), rejectedRoleKeys.size()),
                comparisons, coverage);
    }
}
