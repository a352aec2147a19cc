package org.rolecompare.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leftovers of a write interrupted by kill -9 are removed before a run is published; real files stay. */
class PartialFilesTests {

    @TempDir
    Path dir;

    @Test
    void removesOnlyHiddenPartFiles() throws Exception {
        // given
        Path pdf = Files.createDirectories(dir.resolve("pdf"));
        Path whole = Files.writeString(pdf.resolve("a-vs-b.pdf"), "%PDF");
        Path partial = Files.writeString(pdf.resolve(".c-vs-d.pdf123456.part"), "%PD");
        Path visible = Files.writeString(dir.resolve("notes.part"), "kept: not one of ours");

        // when
        int removed = PartialFiles.removeBelow(dir);

        // then
        assertThat(removed).isEqualTo(1);
        assertThat(partial).doesNotExist();
        assertThat(whole).exists();
        assertThat(visible).exists();
    }
}
