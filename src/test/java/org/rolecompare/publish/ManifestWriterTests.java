package org.rolecompare.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
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
 * neither lost, doubled nor given its neighbour's hash; and hidden files (parts) are left out.
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

    private static String sha256(String content) throws Exception {
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
