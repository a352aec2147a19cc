package org.rolecompare.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Moves a finished run folder into place with renames only, so that {@code OUTPUT/RUN-DATE} never
 * holds a mixture of two runs or a half-written one. When a run replaces an earlier one of the same
 * date, the old folder is renamed aside first and deleted last, so for the instant between the two
 * renames the folder is absent rather than incomplete.
 *
 * <p>Durability: the folders of the staged run are forced to disk before the renames (the files
 * were forced as they were written), and the output folder and the staging parent after them, so
 * once {@code publish} returns the published folder survives a power cut.
 */
public final class RunPublisher {

    private RunPublisher() {
    }

    public static void publish(Path staging, Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Durability.syncFolders(staging);
        Path previous = null;
        if (Files.exists(target)) {
            previous = target.resolveSibling("." + target.getFileName() + ".replaced");
            deleteTree(previous);
            AtomicFiles.move(target, previous);
            Durability.syncFolder(parent);
        }
        AtomicFiles.move(staging, target);
        Durability.syncFolder(parent);
        Durability.syncFolder(staging.toAbsolutePath().getParent());
        if (previous != null) {
            deleteTree(previous);
            Durability.syncFolder(parent);
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
