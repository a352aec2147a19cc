package org.rolecompare.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * fsync for files and folders, so that what a committed chunk or a publish promises survives a
 * power cut: a file's bytes are forced before it is renamed to its final name, and a folder is
 * forced after names in it changed (a rename is an entry in its folder). Forcing a folder works on
 * Linux and most Unix file systems; where the platform refuses to open a folder for it (Windows),
 * the failure is ignored, as nothing better can be done there.
 */
public final class Durability {

    private Durability() {
    }

    /** Forces a folder's entries (the names created, renamed or deleted in it); ignored where unsupported. */
    public static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException platformCannot) {
            // e.g. Windows cannot open a folder as a channel; its renames are as durable as it makes them
        }
    }

    /** Forces {@code root} and every folder below it (not the files, which were forced as they were written). */
    public static void syncFolders(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> dirs;
        try (Stream<Path> paths = Files.walk(root)) {
            dirs = paths.filter(Files::isDirectory).toList();
        }
        dirs.forEach(Durability::syncFolder);
    }
}
