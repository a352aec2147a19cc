package org.rolecompare.job;

import java.util.List;
import java.util.function.Consumer;

import org.rolecompare.compare.MetricsCalculator;
import org.apache.commons.csv.CSVFormat;
import org.rolecompare.compare.Role;
import org.rolecompare.ingest.InputFile;
import org.rolecompare.report.xlsx.RejectedRow;
import org.rolecompare.compare.RoleChange;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.report.RunFacts;
import org.rolecompare.report.xlsx.ComparisonRow;
import org.rolecompare.report.xlsx.DemographicEntry;
import org.rolecompare.report.xlsx.SkillEntry;
import org.rolecompare.report.xlsx.WorkbookSource;
import org.rolecompare.validate.Finding;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Feeds the workbook from the staging tables row by row. Metrics are recomputed from the cached
 * profiles, the same pure calculation the PDF step makes, so workbook and reports cannot disagree.
 */
final class JdbcWorkbookSource implements WorkbookSource {

    private final JdbcTemplate jdbc;
    private final StagingRepository staging;
    private final RunQueries queries;
    private final RunSettings run;
    private final ProfileCache profiles;
    private final java.time.LocalDate previousRunDate;

    JdbcWorkbookSource(JdbcTemplate jdbc, StagingRepository staging, RunQueries queries, RunSettings run,
                       java.time.LocalDate previousRunDate) {
        this.previousRunDate = previousRunDate;
        this.jdbc = jdbc;
        this.staging = staging;
        this.queries = queries;
        this.run = run;
        this.profiles = new ProfileCache(staging, run.runId(), ProfileCache.DEFAULT_CAPACITY);
    }

    @Override
    public RunFacts facts() {
        return queries.facts(run);
    }

    @Override
    public List<String> dimensions() {
        return staging.acceptedDimensions(run.runId());
    }

    @Override
    public void comparisons(Consumer<ComparisonRow> sink) {
        jdbc.query("SELECT line, left_id, right_id FROM rc_comparison WHERE run_id = ? AND status = 'ACCEPTED' ORDER BY line",
                rs -> {
                    ComparisonTask task = new ComparisonTask(rs.getLong(1), rs.getString(2), rs.getString(3));
                    RoleProfile left = profiles.get(task.leftId());
                    RoleProfile right = profiles.get(task.rightId());
                    sink.accept(new ComparisonRow(left.role(), right.role(), MetricsCalculator.compute(left, right),
                            run.pdfReports() ? task.pdfPath() : null));
                }, run.runId());
    }

    @Override
    public java.util.Optional<java.time.LocalDate> previousRunDate() {
        return java.util.Optional.ofNullable(previousRunDate);
    }

    @Override
    public void changes(Consumer<RoleChange> sink) {
        staging.forEachChange(run.runId(), sink);
    }

    @Override
    public void rejectedRows(Consumer<RejectedRow> sink) {
        RejectedRowsExporter rejected = new RejectedRowsExporter(staging);
        for (InputFile file : InputFile.values()) {
            if (staging.count(run.runId(), file).rejected() == 0) {
                continue;
            }
            try {
                rejected.forEachRejectedRow(run.runId(), run.inputDir(), file, (row, reason) -> sink.accept(
                        new RejectedRow(file.fileName(), row.line(), reason, CSVFormat.RFC4180.format(row.values().toArray()))));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Override
    public void roles(Consumer<Role> sink) {
        staging.forEachAcceptedRole(run.runId(), sink);
    }

    @Override
    public void skills(Consumer<SkillEntry> sink) {
        staging.forEachAcceptedSkill(run.runId(), sink);
    }

    @Override
    public void demographics(Consumer<DemographicEntry> sink) {
        staging.forEachAcceptedDistribution(run.runId(), sink);
    }

    @Override
    public void findings(Consumer<Finding> sink) {
        staging.forEachFinding(run.runId(), sink);
    }
}
