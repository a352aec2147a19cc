package org.rolecompare.report.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.SeedProfiles;

/**
 * Writes the seed report, exactly as {@link PdfRenderCpuTime} renders it, to a file: the page the
 * bare-OpenPDF floor program ({@code org.rolecompare.floor.BarePdfFloor}) replays.
 *
 * <p>Run: {@code java -cp CP org.rolecompare.report.pdf.SeedReportFile OUT.pdf}.
 */
public final class SeedReportFile {

    private SeedReportFile() {
    }

    public static void main(String[] args) throws Exception {
        RoleProfile left = SeedProfiles.patientRelationsManager();
        RoleProfile right = SeedProfiles.patientAccountManager();
        byte[] pdf = new PdfReportRenderer(new PdfReportSettings(null, "Source: role data feed"))
                .render(left, right, MetricsCalculator.compute(left, right), LocalDate.of(2026, 11, 27));
        Files.write(Path.of(args[0]), pdf);
    }
}
