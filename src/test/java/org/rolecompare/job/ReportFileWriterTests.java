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
import org.rolecompare.staging.ComparisonTask;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * The report writer as a restarted run meets it: reports and their web pages land under their own
 * names, readable by others, with no temporary file left, and a report written again (or a part
 * left by a killed write) is replaced wholly by the new bytes.
 */
class ReportFileWriterTests {

    @TempDir
    Path temp;

    @Test
    void writesEachReportAndPageUnderItsNameAndLeavesNoPartBehind() throws IOException {
        // given
        Path runDir = temp.resolve("run");
        ReportFileWriter writer = new ReportFileWriter(runDir, "s7");

        // when
        writer.write(new Chunk<>(report("a", "b", "first report", "<p>first page"), report("b", "a", "second report", null)));

        // then
        Path pdfDir = runDir.resolve("pdf");
        Path pageDir = runDir.resolve("html").resolve("compare");
        assertThat(pdfDir.resolve("a-vs-b.pdf")).hasContent("first report");
        assertThat(pdfDir.resolve("b-vs-a.pdf")).hasContent("second report");
        assertThat(pageDir.resolve("a-vs-b.html")).hasContent("<p>first page");
        assertThat(files(pdfDir)).containsExactlyInAnyOrder("a-vs-b.pdf", "b-vs-a.pdf");
        assertThat(files(pageDir)).containsExactly("a-vs-b.html");
        if (pdfDir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pdfDir.resolve("a-vs-b.pdf")))).isEqualTo("rw-r--r--");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pageDir.resolve("a-vs-b.html")))).isEqualTo("rw-r--r--");
        }
    }

    @Test
    void replacesAnEarlierReportAndAPartLeftByAKilledWriteWholly() throws IOException {
        // given
        Path pdfDir = Files.createDirectories(temp.resolve("pdf"));
        Files.writeString(pdfDir.resolve("a-vs-b.pdf"), "an older, longer report of the same pair");
        Files.writeString(pdfDir.resolve(".a-vs-b.pdf.s7.part"), "half a report from a killed process, longer still");

        // when
        new ReportFileWriter(temp, "s7").write(new Chunk<>(report("a", "b", "new", null)));

        // then
        assertThat(pdfDir.resolve("a-vs-b.pdf")).hasContent("new");
        assertThat(files(pdfDir)).containsExactly("a-vs-b.pdf");
    }

    private static RenderedReport report(String left, String right, String pdf, String page) {
        return new RenderedReport(new ComparisonTask(1, left, right), pdf.getBytes(StandardCharsets.UTF_8),
                page == null ? null : page.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
