package org.rolecompare.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rolecompare.files.FileBatch;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of rendered reports into the run's staging folder: each PDF to {@code pdf/} and
 * each web page to {@code html/compare/}, all of the chunk's files as one {@link FileBatch}, so a
 * crash never leaves a truncated PDF or half a page under a report's name (leftover parts are
 * removed before publishing) and a restarted chunk simply writes the same bytes again. The chunk's
 * files are forced together, which costs the render thread a few journal commits per chunk instead
 * of one per file. The tag keeps two partitions apart should two comparisons ever map to one file
 * name. Before its first write the writer checks that the staging folder is still this run's own.
 */
class ReportFileWriter implements ItemWriter<RenderedReport> {

    private final Path runDir;
    private final String tag;
    private final Runnable beforeFirstWrite;
    private boolean ready;

    /** @param tag distinguishes this writer's temporary files from other partitions' */
    ReportFileWriter(Path runDir, String tag) {
        this(runDir, tag, () -> { });
    }

    /** @param beforeFirstWrite runs once, before the first file is written (throws to refuse the folder) */
    ReportFileWriter(Path runDir, String tag, Runnable beforeFirstWrite) {
        this.runDir = runDir;
        this.tag = tag;
        this.beforeFirstWrite = beforeFirstWrite;
    }

    @Override
    public void write(Chunk<? extends RenderedReport> chunk) throws IOException {
        if (!ready) {
            beforeFirstWrite.run();
            ready = true;
        }
        List<FileBatch.Entry> files = new ArrayList<>(chunk.size() * 2);
        for (RenderedReport report : chunk.getItems()) {
            if (report.pdf() != null) {
                files.add(new FileBatch.Entry(runDir.resolve(report.task().pdfPath()), report.pdf()));
            }
            if (report.page() != null) {
                files.add(new FileBatch.Entry(runDir.resolve(report.task().pagePath()), report.page()));
            }
        }
        FileBatch.write(files, tag);
    }
}
