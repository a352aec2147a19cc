package org.rolecompare.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds and removes the temporary {@code .NAME….part} files that {@link AtomicFiles} leaves behind
 * when a process is killed in the middle of a write, so a resumed run never publishes them.
 */
public final class PartialFiles {

    private PartialFiles() {
    }

    /** Deletes every leftover temporary file below {@code root}; returns how many. */
    public static int removeBelow(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        List<Path> partial;
        try (Stream<Path> files = Files.walk(root)) {
            partial = files.filter(Files::isRegularFile).filter(PartialFiles::isPartial).toList();
        }
        for (Path p : partial) {
            Files.deleteIfExists(p);
        }
        return partial.size();
    }

    static boolean isPartial(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".part");
    }
}
