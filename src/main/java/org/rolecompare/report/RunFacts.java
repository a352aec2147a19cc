package org.rolecompare.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What a run did, in numbers: shown on the workbook's Summary sheet, in the manifest and in the
 * command's closing summary, so all three always agree.
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
        long comparisonsSkipped,
        long errorFindings,
        long warningFindings) {

    public RunFacts {
        files = List.copyOf(files);
    }
}
