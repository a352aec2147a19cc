package org.rolecompare.files;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes many small files at once, each so that it appears whole under its name or not at all:
 * every file goes to a hidden {@code .NAME.TAG.part} beside it, the parts are forced to disk together
 * ({@link Durability#forceAll}), renamed over their final names, and each folder is forced once after
 * its renames. A crash leaves at most parts, which {@link PartialFiles} removes before a run is
 * published; writing the same batch again (a restarted chunk) replaces the files with the same bytes.
 *
 * <p>Why a batch and not {@link AtomicFiles} per file: one fsync waits for a journal commit, and
 * fsyncs issued together share commits, so a chunk of reports or a few hundred web pages costs a few
 * commits instead of one each. The names are deterministic (no random temporary names) and the bytes
 * go straight from the array to the file. The tag keeps two writers apart should two of them ever
 * write one name at once.
 */
public final class FileBatch {

    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    /** One file of a batch: where it goes and its whole content. */
    public record Entry(Path target, byte[] bytes) {
    }

    private FileBatch() {
    }

    /** Writes every entry (creating their folders as needed); {@code tag} distinguishes this writer's temporary files. */
    public static void write(List<Entry> entries, String tag) throws IOException {
        if (entries.isEmpty()) {
            return;
        }
        Set<Path> folders = new LinkedHashSet<>();
        for (Entry entry : entries) {
            folders.add(entry.target().toAbsolutePath().getParent());
        }
        for (Path folder : folders) {
            Files.createDirectories(folder);
        }
        List<Path> parts = new ArrayList<>(entries.size());
        List<FileChannel> channels = new ArrayList<>(entries.size());
        try {
            for (Entry entry : entries) {
                Path part = entry.target().resolveSibling("." + entry.target().getFileName() + "." + tag + ".part");
                FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE);
                channels.add(out);
                parts.add(part);
                ByteBuffer bytes = ByteBuffer.wrap(entry.bytes());
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
            }
            Durability.forceAll(channels);
        } finally {
            IoEach.forEach(channels, FileChannel::close);
        }
        boolean posix = folders.iterator().next().getFileSystem().supportedFileAttributeViews().contains("posix");
        for (int i = 0; i < entries.size(); i++) {
            if (posix) {
                // published files are read by others too (a mail job, a web server), whatever the umask
                Files.setPosixFilePermissions(parts.get(i), READABLE);
            }
            Files.move(parts.get(i), entries.get(i).target(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        folders.forEach(Durability::syncFolder);
    }
}
