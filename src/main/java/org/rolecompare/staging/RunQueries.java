package org.rolecompare.staging;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.rolecompare.files.FileCount;
import org.rolecompare.files.RunFacts;
import org.rolecompare.ingest.InputFile;
import org.rolecompare.validate.Finding;
import org.rolecompare.validate.Severity;
import org.springframework.stereotype.Component;

/**
 * Read-only questions about a run's staged data: its counts and its findings. The workbook, the
 * manifest and the command line's closing summary all ask here, so they always agree.
 */
@Component
public class RunQueries {

    private final StagingStore store;
    private final StagingCounts counts;
    private final FindingQueries findings;
    private final RelatedStore related;
    /** The facts last asked for, kept while the staged rows do not change (see {@link #facts}). */
    private volatile Remembered remembered;

    /** Facts and what they were asked for, as of a number of writes to the staging tables. */
    private record Remembered(long runId, LocalDate runDate, String jobName, Path inputDir, boolean findsRelated, long writes,
                              RunFacts facts) {
    }

    public RunQueries(StagingStore store, StagingCounts counts, FindingQueries findings, RelatedStore related) {
        this.store = store;
        this.counts = counts;
        this.findings = findings;
        this.related = related;
    }

    /**
     * The facts of run {@code runId}, of {@code runDate}, of the job {@code jobName} that read
     * {@code inputDir}: the counts its cross-check saved ({@link StagingCounts}), the file hashes and the
     * findings by severity. A run asks several times
     * (rejected rows, workbook, manifest, closing summary) once its rows are settled, so the last
     * answer is kept until the staging tables are written again.
     *
     * @param findsRelated whether the run finds related roles: then the facts count the pairs they added
     */
    public RunFacts facts(long runId, LocalDate runDate, String jobName, Path inputDir, boolean findsRelated) {
        long writes = store.writes();
        Remembered last = remembered;
        if (last != null && last.runId() == runId && last.writes() == writes && Objects.equals(last.runDate(), runDate)
                && Objects.equals(last.jobName(), jobName) && Objects.equals(last.inputDir(), inputDir)
                && last.findsRelated() == findsRelated) {
            return last.facts();
        }
        RunFacts facts = count(runId, runDate, jobName, inputDir, findsRelated);
        remembered = new Remembered(runId, runDate, jobName, inputDir, findsRelated, writes, facts);
        return facts;
    }

    /** The facts of a run; a file the run did not read (it has no hash) is not listed. */
    private RunFacts count(long runId, LocalDate runDate, String jobName, Path inputDir, boolean findsRelated) {
        Map<String, String> hashes = store.fileHashes(runId);
        StagingCounts.RunCounts run = counts.saved(runId).orElseGet(() -> counts.scan(runId));
        List<FileCount> files = new ArrayList<>();
        for (InputFile file : InputFile.values()) {
            StagingCounts.TableCount c = run.files().get(file);
            if (hashes.containsKey(file.fileName())) {
                files.add(new FileCount(file.fileName(), hashes.get(file.fileName()), c.read(), c.accepted(), c.rejected()));
            }
        }
        StagingCounts.TableCount roles = run.roles();
        long requested = run.comparisons().read();
        long accepted = run.comparisons().accepted();
        long rejected = run.comparisons().rejected();
        Long fromRelated = findsRelated ? related.addedPairs(runId) : null;
        Map<Severity, Long> severities = findings.findingsBySeverity(runId);
        return new RunFacts(runDate, jobName, inputDir.toString(), files, roles.read(), roles.accepted(), roles.rejected(),
                requested, accepted + (fromRelated == null ? 0 : fromRelated), rejected, requested - accepted - rejected,
                severities.get(Severity.ERROR), severities.get(Severity.WARNING), severities.get(Severity.INFO), run.coverage(),
                fromRelated);
    }

    public void forEachFinding(long runId, Consumer<Finding> sink) {
        findings.forEachFinding(runId, sink);
    }

    public Map<String, Long> findingsByRule(long runId) {
        return findings.findingsByRule(runId);
    }
}
