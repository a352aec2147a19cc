package org.rolecompare.files;

import java.time.LocalDate;
import java.util.List;

import org.rolecompare.validate.FieldCoverage;

/**
 * What a run did, in numbers: shown on the workbook's Summary sheet, in the manifest and in the
 * command's closing summary, so all three always agree. Comparisons requested (the rows of
 * comparisons.csv) = written + rejected (a row error such as an unknown role or a self-comparison)
 * + skipped (a role rejected, or the same pair listed again) − the written ones that came from
 * related roles. Findings are counted per severity; only errors change the exit code.
 * {@code coverage} says per field how many accepted roles have it known.
 *
 * @param comparisonsFromRelated of the comparisons written, those whose pair came from related roles
 *                               the run found; {@code null} when the run does not find related roles
 */
public record RunFacts(
        LocalDate runDate,
        String jobName,
        String inputDir,
        List<FileCount> files,
        long rolesRead,
        long rolesAccepted,
        long rolesRejected,
        long comparisonsRequested,
        long comparisonsWritten,
        long comparisonsRejected,
        long comparisonsSkipped,
        long errorFindings,
        long warningFindings,
        long infoFindings,
        List<FieldCoverage> coverage,
        Long comparisonsFromRelated) {

    public RunFacts {
        files = List.copyOf(files);
        coverage = List.copyOf(coverage);
    }

    /** Facts without info findings or coverage. */
    public RunFacts(LocalDate runDate, String jobName, String inputDir, List<FileCount> files, long rolesRead, long rolesAccepted,
                    long rolesRejected, long comparisonsRequested, long comparisonsWritten, long comparisonsRejected,
                    long comparisonsSkipped, long errorFindings, long warningFindings) {
        this(runDate, jobName, inputDir, files, rolesRead, rolesAccepted, rolesRejected, comparisonsRequested, comparisonsWritten,
                comparisonsRejected, comparisonsSkipped, errorFindings, warningFindings, 0, List.of(), null);
    }

    /** Facts of a run that does not find related roles. */
    public RunFacts(LocalDate runDate, String jobName, String inputDir, List<FileCount> files, long rolesRead, long rolesAccepted,
                    long rolesRejected, long comparisonsRequested, long comparisonsWritten, long comparisonsRejected,
                    long comparisonsSkipped, long errorFindings, long warningFindings, long infoFindings, List<FieldCoverage> coverage) {
        this(runDate, jobName, inputDir, files, rolesRead, rolesAccepted, rolesRejected, comparisonsRequested, comparisonsWritten,
                comparisonsRejected, comparisonsSkipped, errorFindings, warningFindings, infoFindings, coverage, null);
    }

    /** The comparisons written whose pair comparisons.csv listed. */
    public long comparisonsListed() {
        return comparisonsWritten - (comparisonsFromRelated == null ? 0 : comparisonsFromRelated);
    }
}
