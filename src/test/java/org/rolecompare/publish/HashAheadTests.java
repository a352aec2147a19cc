package org.rolecompare.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hashing a run's reports ahead of publishing: only the finished files of the folders asked for
 * are hashed (not parts being written, not other folders; a missing folder is no error), and the
 * number hashed is bounded. How the manifest uses them: {@link ManifestWriterTests}.
 */
class HashAheadTests {

    @TempDir
    Path runDir;

    @Test
    void hashesTheFinishedFilesOfTheFoldersAskedFor() throws Exception {
        // given
        ManifestWriterTests.write(runDir, "pdf/a-vs-b.pdf", "pdf a b");
        ManifestWriterTests.write(runDir, "html/compare/a-vs-b.html", "<p>a b</p>");
        ManifestWriterTests.write(runDir, "html/compare/.a-vs-c.html.p1.part", "half");
        ManifestWriterTests.write(runDir, "html/roles/a.html", "role a");

        // when
        Map<String, HashAhead.Hashed> hashed = HashAhead.start(runDir, List.of("pdf", "html/compare", "missing"), 100).awaitAll();

        // then
        assertThat(hashed).containsOnlyKeys("pdf/a-vs-b.pdf", "html/compare/a-vs-b.html");
        assertThat(hashed.get("pdf/a-vs-b.pdf").sha256()).isEqualTo(ManifestWriterTests.sha256("pdf a b"));
        assertThat(hashed.get("pdf/a-vs-b.pdf").size()).isEqualTo(7);
        assertThat(hashed.get("html/compare/a-vs-b.html").sha256()).isEqualTo(ManifestWriterTests.sha256("<p>a b</p>"));
    }

    @Test
    void hashesAtMostTheGivenNumberOfFiles() throws Exception {
        // given
        for (int i = 0; i < 30; i++) {
            ManifestWriterTests.write(runDir, "pdf/report-%02d.pdf".formatted(i), "report " + i);
        }

        // when
        Map<String, HashAhead.Hashed> hashed = HashAhead.start(runDir, List.of("pdf"), 10).awaitAll();

        // then
        assertThat(hashed).hasSize(10);
        for (Map.Entry<String, HashAhead.Hashed> e : hashed.entrySet()) {
            assertThat(e.getValue().sha256()).isEqualTo(ManifestWriterTests.sha256(Files.readString(runDir.resolve(e.getKey()))));
        }
    }

    @Test
    void finishingStopsTheHashingAndKeepsOnlyWholeHashes() throws Exception {
        // given
        for (int i = 0; i < 200; i++) {
            ManifestWriterTests.write(runDir, "html/compare/page-%03d.html".formatted(i), "page " + i);
        }
        HashAhead ahead = HashAhead.start(runDir, List.of("html/compare"), 1_000);

        // when
        Map<String, HashAhead.Hashed> hashed = ahead.finish();

        // then: however far it got, every hash it kept is the file's own
        for (Map.Entry<String, HashAhead.Hashed> e : hashed.entrySet()) {
            assertThat(e.getValue().sha256()).isEqualTo(ManifestWriterTests.sha256(Files.readString(runDir.resolve(e.getKey()))));
        }
    }
}
