package org.rolecompare.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * The regular files below a folder, one at a time, in the order of their paths relative to it (by
 * their UTF-8 bytes, {@code /} between names; for the names role-compare writes, the order
 * {@code Files.walk(root).sorted()} gives), holding the sorted names of one folder per level being
 * walked, not a path per file.
 *
 * <p>Why: a run of a million comparisons has a million PDFs and a million web pages, two folders of a
 * million files each. Sorting every path of the run at once held a {@code Path} per file (about 400
 * bytes each with its byte and offset arrays) and ran a 512 MB heap out of memory while the
 * manifest was written; a folder's names as bytes take about 90 bytes a file, one folder at a time.
 *
 * <p>The order equals that of the whole relative paths because a folder's entries are sorted with a
 * {@code /} after each sub-folder's name: the sub-folder's files then fall exactly where their paths
 * would. Like {@code Files.walk}, sub-folders reached through a symbolic link are not entered; a
 * link to a regular file is listed. A file is listed when {@code include} accepts its name.
 */
final class SortedFiles implements Iterator<Path> {

    private static final byte SLASH = '/';

    /** A folder being walked: its sorted entries (sub-folders with a trailing {@code /}) and the next one. */
    private static final class Level {
        final Path dir;
        final byte[][] entries;
        int next;

        Level(Path dir, byte[][] entries) {
            this.dir = dir;
            this.entries = entries;
        }
    }

    private final Predicate<String> include;
    private final Deque<Level> levels = new ArrayDeque<>();
    private Path ahead;

    private SortedFiles(Path root, Predicate<String> include) {
        this.include = include;
        levels.push(new Level(root, sortedEntries(root)));
    }

    /** The files below {@code root} whose names {@code include} accepts; none when {@code root} is not a folder. */
    static Iterator<Path> below(Path root, Predicate<String> include) {
        if (!Files.isDirectory(root)) {
            return Collections.emptyIterator();
        }
        return new SortedFiles(root, include);
    }

    @Override
    public boolean hasNext() {
        if (ahead == null) {
            ahead = advance();
        }
        return ahead != null;
    }

    @Override
    public Path next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Path file = ahead;
        ahead = null;
        return file;
    }

    private Path advance() {
        while (!levels.isEmpty()) {
            Level level = levels.peek();
            if (level.next == level.entries.length) {
                levels.pop();
                continue;
            }
            byte[] entry = level.entries[level.next];
            level.entries[level.next++] = null;
            boolean folder = entry[entry.length - 1] == SLASH;
            String name = new String(entry, 0, folder ? entry.length - 1 : entry.length, StandardCharsets.UTF_8);
            Path path = level.dir.resolve(name);
            if (folder) {
                levels.push(new Level(path, sortedEntries(path)));
            } else if (include.test(name)) {
                return path;
            }
        }
        return null;
    }

    /**
     * The names in {@code dir} as UTF-8 bytes, sorted as unsigned bytes: its sub-folders (not links
     * to folders) with a {@code /} after the name, and its regular files (also through a link);
     * anything else is left out.
     */
    private static byte[][] sortedEntries(Path dir) {
        byte[][] entries = new byte[64][];
        int count = 0;
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path entry : stream) {
                BasicFileAttributes kind = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                byte[] name = entry.getFileName().toString().getBytes(StandardCharsets.UTF_8);
                if (kind.isDirectory()) {
                    name = Arrays.copyOf(name, name.length + 1);
                    name[name.length - 1] = SLASH;
                } else if (!kind.isRegularFile() && !(kind.isSymbolicLink() && Files.isRegularFile(entry))) {
                    continue;
                }
                if (count == entries.length) {
                    entries = Arrays.copyOf(entries, count * 2);
                }
                entries[count++] = name;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entries = Arrays.copyOf(entries, count);
        Arrays.sort(entries, Arrays::compareUnsigned);
        return entries;
    }
}
