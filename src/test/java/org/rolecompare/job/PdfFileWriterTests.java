package org.rolecompare.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * The report writer as a restarted run meets it: reports land under their own names, readable by
 * others, with no temporary file left, and a report written again (or a part left by a killed
 * write) is replaced wholly by the new bytes.
 */
class PdfFileWriterTests {

    @TempDir
    Path temp;

    @Test
    void writesEachReportUnderItsNameAndLeavesNoPartBehind() throws IOException {
        // given
        Path pdfDir = temp.resolve("run").resolve("pdf");
        PdfFileWriter writer = new PdfFileWriter(pdfDir, "s7");

        // when
        writer.write(new Chunk<>(report("a-vs-b.pdf", "first report"), report("b-vs-a.pdf", "second report")));

        // then
        assertThat(pdfDir.resolve("a-vs-b.pdf")).hasContent("first report");
        assertThat(pdfDir.resolve("b-vs-a.pdf")).hasContent("second report");
        assertThat(files(pdfDir)).containsExactlyInAnyOrder("a-vs-b.pdf", "b-vs-a.pdf");
        if (pdfDir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pdfDir.resolve("a-vs-b.pdf")))).isEqualTo("rw-r--r--");
        }
    }

    @Test
    void replacesAnEarlierReportAndAPartLeftByAKilledWriteWholly() throws IOException {
        // given
        Path pdfDir = Files.createDirectories(temp.resolve("pdf"));
        Files.writeString(pdfDir.resolve("a-vs-b.pdf"), "an older, longer report of the same pair");
        Files.writeString(pdfDir.resolve(".a-vs-b.pdf.s7.part"), "half a report from a killed process, longer still");

        // when
        new PdfFileWriter(pdfDir, "s7").write(new Chunk<>(report("a-vs-b.pdf", "new")));

        // then
        assertThat(pdfDir.resolve("a-vs-b.pdf")).hasContent("new");
        assertThat(files(pdfDir)).containsExactly("a-vs-b.pdf");
    }

    private static RenderedReport report(String name, String text) {
        return new RenderedReport(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
