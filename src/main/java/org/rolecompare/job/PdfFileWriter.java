package org.rolecompare.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.rolecompare.publish.AtomicFiles;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes rendered reports into the staging pdf folder, each through a temporary file and a rename,
 * so a crash never leaves a truncated PDF; a restarted chunk simply writes the same bytes again.
 */
class PdfFileWriter implements ItemWriter<RenderedReport> {

    private final Path pdfDir;

    PdfFileWriter(Path pdfDir) {
        this.pdfDir = pdfDir;
    }

    @Override
    public void write(Chunk<? extends RenderedReport> chunk) throws IOException {
        Files.createDirectories(pdfDir);
        for (RenderedReport report : chunk.getItems()) {
            AtomicFiles.write(pdfDir.resolve(report.fileName()), report.bytes());
        }
    }
}
