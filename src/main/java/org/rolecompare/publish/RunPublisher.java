package org.rolecompare.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.rolecompare.files.AtomicFiles;
import org.rolecompare.files.Durability;

/**
 * Moves a finished run folder into place with renames only, so that {@code OUTPUT/RUN-DATE} never
 * holds a mixture of two runs or a half-written one. When a run replaces an earlier one of the same
 * date, the old folder is renamed aside first ({@code .RUN-DATE.replaced}) and deleted last, so for
 * the instant between the two renames the folder is absent rather than incomplete; a crash in that
 * instant is undone by {@link #recoverInterrupted} at the next run.
 *
 * <p>Durability: the folders of the staged run are forced to disk before the renames (the files
 * were forced as they were written), and the output folder and the staging parent after them, so
 * once {@code publish} returns the published folder survives a power cut.
 */
public final class RunPublisher {

    private static final Pattern REPLACED = Pattern.compile("\\.(.+)\\.replaced");

    private RunPublisher() {
    }

    /** Moves {@code staging} into place as {@code target}, replacing what {@code target} held. */
    public static void publish(Path staging, Path target) throws IOException {
        publish(staging, target, () -> {
        });
    }

    /**
     * As {@link #publish(Path, Path)}; {@code betweenRenames} runs in the instant a replace has
     * renamed the old folder aside and not yet renamed the new one into place (a crash test halts
     * there; nothing else has a use for that instant).
     */
    public static void publish(Path staging, Path target, Runnable betweenRenames) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Durability.syncFolders(staging);
        Path previous = null;
        if (Files.exists(target)) {
            previous = replacedName(target);
            deleteTree(previous);
            AtomicFiles.move(target, previous);
            Durability.syncFolder(parent);
            betweenRenames.run();
        }
        AtomicFiles.move(staging, target);
        Durability.syncFolder(parent);
        Durability.syncFolder(staging.toAbsolutePath().getParent());
        if (previous != null) {
            deleteTree(previous);
            Durability.syncFolder(parent);
        }
    }

    /** Where a run folder waits while a newer run of its date takes its place: {@code .RUN-DATE.replaced}. */
    static Path replacedName(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".replaced");
    }

    /**
     * Finishes what a publish interrupted by a crash left in {@code outputDir}: a run folder renamed
     * aside ({@code .RUN-DATE.replaced}) whose replacement never arrived is put back, so the date
     * shows its last complete run again (a restart of the interrupted run publishes it anew); one
     * whose replacement is in place is deleted. Returns one sentence per folder it touched.
     */
    public static List<String> recoverInterrupted(Path outputDir) throws IOException {
        List<String> done = new ArrayList<>();
        if (!Files.isDirectory(outputDir)) {
            return done;
        }
        List<Path> replaced;
        try (Stream<Path> entries = Files.list(outputDir)) {
            replaced = entries.filter(p -> REPLACED.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        for (Path aside : replaced) {
            Matcher m = REPLACED.matcher(aside.getFileName().toString());
            m.matches();
            Path target = outputDir.resolve(m.group(1));
            if (Files.exists(target)) {
                deleteTree(aside);
                done.add("deleted " + aside + ", the earlier run of " + m.group(1) + " that a publish interrupted by a crash had already replaced");
            } else {
                AtomicFiles.move(aside, target);
                done.add("put back " + target + " from " + aside.getFileName() + ": a publish replacing it was interrupted by a crash"
                        + " before the new run folder arrived");
            }
            Durability.syncFolder(outputDir);
        }
        return done;
    }

    /**
     * Deletes {@code root} and everything below it, a folder at a time (a folder's files, then the
     * folder), without listing the whole tree first: an old run folder can hold two million files.
     */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
