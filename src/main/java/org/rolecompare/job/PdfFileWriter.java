package org.rolecompare.job;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.rolecompare.files.Durability;
import org.rolecompare.files.IoEach;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes rendered reports into the staging pdf folder, each to a hidden {@code .NAME.TAG.part} file
 * that is then renamed over the final name, so a crash never leaves a truncated PDF under a
 * report's name (leftover parts are removed before publishing); a restarted chunk simply writes
 * the same bytes again. The names are deterministic, the folder is created once per partition and
 * the bytes go straight from the rendered array to the file: no random temporary names, no copies.
 * Each file is forced to disk (fsync) before its rename and the folder after the chunk's renames,
 * so a report whose chunk committed survives a power cut whole. The chunk's files are written
 * first and then forced together ({@link Durability#forceAll}), which costs the render thread a
 * few journal commits per chunk instead of one per report. The tag keeps two partitions apart
 * should two comparisons ever map to one file name. Before its first write the writer checks that
 * the staging folder is still this run's own.
 */
class PdfFileWriter implements ItemWriter<RenderedReport> {

    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private final Path pdfDir;
    private final String tag;
    private final Runnable beforeFirstWrite;
    private boolean posix;
    private boolean ready;

    /** @param tag distinguishes this writer's temporary files from other partitions' */
    PdfFileWriter(Path pdfDir, String tag) {
        this(pdfDir, tag, () -> { });
    }

    /** @param beforeFirstWrite runs once, before the first file is written (throws to refuse the folder) */
    PdfFileWriter(Path pdfDir, String tag, Runnable beforeFirstWrite) {
        this.pdfDir = pdfDir;
        this.tag = tag;
        this.beforeFirstWrite = beforeFirstWrite;
    }

    @Override
    public void write(Chunk<? extends RenderedReport> chunk) throws IOException {
        if (!ready) {
            beforeFirstWrite.run();
            Files.createDirectories(pdfDir);
            posix = pdfDir.getFileSystem().supportedFileAttributeViews().contains("posix");
            ready = true;
        }
        List<? extends RenderedReport> reports = chunk.getItems();
        List<Path> parts = new ArrayList<>(reports.size());
        List<FileChannel> channels = new ArrayList<>(reports.size());
        try {
            for (RenderedReport report : reports) {
                Path part = pdfDir.resolve("." + report.fileName() + "." + tag + ".part");
                FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE);
                channels.add(out);
                parts.add(part);
                ByteBuffer bytes = ByteBuffer.wrap(report.bytes());
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
            }
            Durability.forceAll(channels);
        } finally {
            closeAll(channels);
        }
        for (int i = 0; i < reports.size(); i++) {
            if (posix) {
                // published reports are read by others too (a mail job, a web server), whatever the umask
                Files.setPosixFilePermissions(parts.get(i), READABLE);
            }
            Files.move(parts.get(i), pdfDir.resolve(reports.get(i).fileName()), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
        Durability.syncFolder(pdfDir);
    }

    private static void closeAll(List<FileChannel> channels) throws IOException {
        IoEach.forEach(channels, FileChannel::close);
    }
}
