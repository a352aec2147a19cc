package org.rolecompare.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.files.RunFacts;

/**
 * The manifest lists every file of a run folder, in name order, with its size and SHA-256: checked
 * on more files than one block that is hashed in parallel, so that a file at a block's edge is
 * neither lost, doubled nor given its neighbour's hash; and hidden files (parts) are left out. A
 * hash made ahead ({@link HashAhead}) is taken only for a file whose size and modification time are
 * unchanged, so a report rewritten after it was hashed is never listed with its old hash.
 */
class ManifestWriterTests {

    @TempDir
    Path runDir;

    @Test
    void listsEveryFileWithItsOwnSizeAndHashAcrossHashBlocks() throws Exception {
        // given 2,100 files of different sizes and contents (more than two blocks), and a hidden part
        Files.createDirectories(runDir.resolve("html/compare"));
        int count = 2_100;
        for (int i = 0; i < count; i++) {
            Files.writeString(runDir.resolve("html/compare/page-%04d.html".formatted(i)), "page " + i + "\n".repeat(i % 7));
        }
        Files.writeString(runDir.resolve("html/compare/.page-0001.html.p1.part"), "half");

        // when
        ManifestWriter.write(runDir, facts(), details());
        Manifest manifest = Manifest.read(runDir.resolve(Manifest.FILE_NAME));

        // then
        assertThat(manifest.outputs()).hasSize(count);
        for (int i = 0; i < count; i++) {
            Manifest.Output output = manifest.outputs().get(i);
            String content = "page " + i + "\n".repeat(i % 7);
            assertThat(output.path()).isEqualTo("html/compare/page-%04d.html".formatted(i));
            assertThat(output.size()).isEqualTo(content.getBytes(StandardCharsets.UTF_8).length);
            assertThat(output.sha256()).isEqualTo(sha256(content));
        }
    }

    @Test
    void theManifestTakesAHashMadeAheadOnlyForAnUnchangedFile() throws Exception {
        // given two reports hashed ahead; then one is rewritten (same size, later time)
        Path kept = write(runDir, "pdf/kept.pdf", "kept 1");
        Path rewritten = write(runDir, "pdf/rewritten.pdf", "first");
        Map<String, HashAhead.Hashed> hashed = HashAhead.start(runDir, List.of("pdf"), 100).awaitAll();
        Files.writeString(rewritten, "again");
        Files.setLastModifiedTime(rewritten, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        Map<String, HashAhead.Hashed> marked = Map.of(
                "pdf/kept.pdf", new HashAhead.Hashed(Files.size(kept), Files.getLastModifiedTime(kept), "made-ahead"),
                "pdf/rewritten.pdf", hashed.get("pdf/rewritten.pdf"));

        // when
        ManifestWriter.write(runDir, facts(), details(), marked);
        Manifest manifest = Manifest.read(runDir.resolve(Manifest.FILE_NAME));

        // then the unchanged file's hash was taken as made (the marker shows it was not hashed again),
        // the rewritten file was hashed anew
        assertThat(manifest.outputs()).extracting(Manifest.Output::path, Manifest.Output::sha256)
                .containsExactly(tuple("pdf/kept.pdf", "made-ahead"),
                        tuple("pdf/rewritten.pdf", sha256("again")));
        assertThat(hashed.get("pdf/rewritten.pdf").sha256()).isEqualTo(sha256("first"));
    }

    static Path write(Path runDir, String relative, String content) throws Exception {
        Path file = runDir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    static String sha256(String content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static RunFacts facts() {
        return new RunFacts(LocalDate.of(2026, 11, 27), "nightly", "input", List.of(), 2, 2, 0, 1, 1, 0, 0, 0, 0);
    }

    private static ManifestWriter.Details details() {
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 27, 2, 30, 0, 0, ZoneOffset.UTC);
        return new ManifestWriter.Details(at, at.plusMinutes(1), 0, Map.of(), null, null, null);
    }
}
