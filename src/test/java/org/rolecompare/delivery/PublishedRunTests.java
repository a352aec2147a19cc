package org.rolecompare.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.rolecompare.publish.Manifest;

/**
 * What delivery reads from a published run folder: each report's titles and salary metrics from
 * comparisons.csv, and the "what changed" lines from the manifest (counts first, then the largest
 * changes).
 */
class PublishedRunTests {

    @TempDir
    Path temp;

    @Test
    void readsEachReportsTitlesAndSalaryMetrics() throws Exception {
        // given
        Path dir = new RunFolder(temp).pair("registered-nurses", "nurse-practitioners", 10, "Registered Nurses",
                "Nurse Practitioners", "35540", "1.4129197165098175").pair("a", "b", 10, "'=Odd Title", "", "", "").write();

        // when
        var reports = PublishedRun.read(dir).reports();

        // then
        assertThat(reports).hasSize(2);
        assertThat(reports.get(0).leftTitle()).isEqualTo("Registered Nurses");
        assertThat(reports.get(0).rightTitle()).isEqualTo("Nurse Practitioners");
        assertThat(reports.get(0).salaryDiff()).isEqualTo(35540.0);
        assertThat(reports.get(0).salaryRatio()).isEqualTo(1.4129197165098175);
        assertThat(reports.get(1).leftTitle()).isEqualTo("=Odd Title");
        assertThat(reports.get(1).rightTitle()).isEqualTo("b");
        assertThat(reports.get(1).salaryDiff()).isNull();
        assertThat(Files.isRegularFile(reports.get(1).file())).isTrue();
    }

    @Test
    void listsTheLargestChangesFirst() {
        // given
        var changes = new Manifest.Changes(LocalDate.parse("2026-11-26"), List.of(
                new Manifest.Added("medical-receptionist"),
                new Manifest.Changed("patient-account-manager", "gender: Female", 78.8, 79.8, 1.0, "pp"),
                new Manifest.Changed("patient-account-manager", "average salary", 70777.0, 73000.0, 3.14, "%")), 1, 0, 2);

        // when
        var lines = PublishedRun.changes(changes, "2026-11-27");

        // then
        assertThat(lines).containsExactly(
                "Since 2026-11-26: 1 roles added, 0 removed, 2 values changed.",
                "patient-account-manager: average salary 70,777 → 73,000 (+3.1%)",
                "patient-account-manager: gender: Female 78.80 → 79.80 (+1.0 pp)");
    }

    @Test
    void noPreviousRunNoLines() {
        // given
        var changes = new Manifest.Changes(null, List.of(), 0, 0, 0);

        // when / then
        assertThat(PublishedRun.changes(changes, "2026-11-27")).isEmpty();
    }

    @Test
    void aPreviousRunOfTheSameDateIsCalledTheEarlierRunNotADateSinceItself() {
        // given
        var changes = new Manifest.Changes(LocalDate.parse("2026-11-27"), List.of(), 0, 0, 1);
        var later = new Manifest.Changes(LocalDate.parse("2026-11-28"), List.of(), 0, 0, 1);

        // when
        var sameDay = PublishedRun.changes(changes, "2026-11-27");
        var backfill = PublishedRun.changes(later, "2026-11-27");

        // then
        assertThat(sameDay).containsExactly(
                "Since the earlier run of 2026-11-27, which this run replaces: 0 roles added, 0 removed, 1 values changed.");
        assertThat(backfill).containsExactly("Compared with the later run of 2026-11-28: 0 roles added, 0 removed, 1 values changed.");
    }

    @Test
    void aManifestWithoutACountIsReportedNotReadAsZero() throws Exception {
        // given
        Path dir = new RunFolder(temp).pair("a", "b", 10).write();
        Path manifest = dir.resolve(Manifest.FILE_NAME);
        Files.writeString(manifest, Files.readString(manifest).replace("\"comparisons_rejected\" : 0,", ""));

        // when / then
        assertThatThrownBy(() -> PublishedRun.read(dir))
                .isInstanceOf(Manifest.InvalidManifestException.class)
                .hasMessage(manifest + ": counts.comparisons_rejected is missing");
    }
}
