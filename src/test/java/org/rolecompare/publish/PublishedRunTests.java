package org.rolecompare.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.files.RunFacts;

/**
 * A published folder is checked against its manifest an entry at a time: every listed file is
 * counted, the first missing or changed one is named, and a manifest that cannot be read is a
 * difference, never a pass.
 */
class PublishedRunTests {

    @TempDir
    Path dir;

    @Test
    void aFolderAsPublishedHasNoDifferenceAndEveryFileIsCounted() throws Exception {
        // given
        publish("pdf/a-vs-b.pdf", "html/compare/a-vs-b.html", "comparisons.csv");

        // when
        PublishedRun run = PublishedRun.read(dir).orElseThrow();
        PublishedRun.Check check = run.check();

        // then
        assertThat(run.stagingId()).isEqualTo("2026-11-27-3-9960de51");
        assertThat(run.publishedFrom("2026-11-27-3-9960de51")).isTrue();
        assertThat(check.files()).isEqualTo(3);
        assertThat(check.firstDifference()).isEmpty();
    }

    @Test
    void namesTheFirstChangedOrMissingFileInTheManifestsOrderAcrossParallelBlocks() throws Exception {
        // given 2,100 files (three blocks); later, one changed in the second block and one missing in the third
        String[] files = numbered("html/compare/page-%04d.html", 2_100);
        publish(files);
        Files.writeString(dir.resolve(files[2_050]), "changed");
        Files.writeString(dir.resolve(files[1_500]), "changed");
        Files.delete(dir.resolve(files[1_900]));

        // when
        PublishedRun.Check check = PublishedRun.read(dir).orElseThrow().check();

        // then
        assertThat(check.files()).isEqualTo(2_100);
        assertThat(check.firstDifference()).contains("html/compare/page-1500.html is not the file that was published");
    }

    @Test
    void withinABlockTheEarliestDifferenceIsReported() throws Exception {
        // given
        String[] files = numbered("pdf/report-%04d.pdf", 1_000);
        publish(files);
        Files.delete(dir.resolve(files[999]));
        Files.delete(dir.resolve(files[3]));

        // when / then
        assertThat(PublishedRun.read(dir).orElseThrow().firstDifference()).contains("pdf/report-0003.pdf is missing");
    }

    @Test
    void aManifestSpoiledAfterReadingIsADifference() throws Exception {
        // given
        publish("a.csv");
        PublishedRun run = PublishedRun.read(dir).orElseThrow();
        Files.writeString(dir.resolve(Manifest.FILE_NAME), "{\"run_date\": ");

        // when / then
        assertThat(run.firstDifference()).get().asString().startsWith("manifest.json cannot be read (");
        assertThat(PublishedRun.read(dir)).isEmpty();
    }

    private static String[] numbered(String format, int count) {
        return IntStream.range(0, count).mapToObj(format::formatted).toArray(String[]::new);
    }

    private void publish(String... files) throws Exception {
        for (String file : files) {
            ManifestWriterTests.write(dir, file, file);
        }
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 27, 2, 30, 0, 0, ZoneOffset.UTC);
        ManifestWriter.write(dir, new RunFacts(LocalDate.of(2026, 11, 27), "nightly", "input", List.of(), 2, 2, 0, 1, 1, 0, 0, 0, 0),
                new ManifestWriter.Details(at, at.plusMinutes(1), 0, Map.of(), null, null,
                        new ManifestWriter.RunIdentity(3, 4, "2026-11-27-3-9960de51", "abcd")));
    }
}
