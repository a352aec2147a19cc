package org.rolecompare.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.rolecompare.files.Fingerprints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hashes a staged run's finished report files (its PDFs and comparison pages) on one background
 * thread while the later steps write the workbook and the role pages, so that the manifest, written
 * when the run is published, finds most of its hashes made.
 *
 * <p>Why: hashing every output for the manifest was most of publishing (a 10,000-report run with
 * pages has about 470 MB of reports, and medium runs compile with C1 only, where SHA-256 runs
 * without the processor's SHA instructions), while the workbook and the role pages keep only one of
 * two cores busy. The hashes are made in that idle time instead of after it.
 *
 * <p>Only an optimisation, never a source of truth: {@link ManifestWriter} uses a hash made here
 * only for a file whose size and modification time are still those it had when it was hashed, and
 * hashes every other file itself, as before. A file that cannot be read here is simply left to the
 * manifest writer, which reports the error. At most {@code maxFiles} files are hashed ahead, in the
 * order the folder lists them (not sorted, which would hold every name), so that a run of a million
 * reports holds a bounded map.
 */
public final class HashAhead {

    private static final Logger log = LoggerFactory.getLogger(HashAhead.class);

    /** A file's hash with the size and modification time it had while it was hashed. */
    public record Hashed(long size, FileTime modified, String sha256) {
    }

    private final Path runDir;
    private final List<String> folders;
    private final int maxFiles;
    private final Map<String, Hashed> hashed = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean stopped;

    private HashAhead(Path runDir, List<String> folders, int maxFiles) {
        this.runDir = runDir;
        this.folders = List.copyOf(folders);
        this.maxFiles = maxFiles;
        this.thread = new Thread(this::hashAll, "hash-ahead");
        thread.setDaemon(true);
    }

    /**
     * Starts hashing the files directly in {@code folders} (relative to {@code runDir}, e.g.
     * {@code "pdf"}), skipping hidden files (parts being written); missing folders are skipped.
     */
    public static HashAhead start(Path runDir, List<String> folders, int maxFiles) {
        HashAhead ahead = new HashAhead(runDir, folders, maxFiles);
        ahead.thread.start();
        return ahead;
    }

    /**
     * Stops hashing (the file in hand is finished first) and returns the hashes made, by path
     * relative to the run folder with {@code /} between names, as the manifest lists them.
     */
    public Map<String, Hashed> finish() throws InterruptedException {
        stopped = true;
        thread.join();
        return Collections.unmodifiableMap(hashed);
    }

    /** Waits until every file is hashed (or the bound is reached), without stopping early. */
    Map<String, Hashed> awaitAll() throws InterruptedException {
        thread.join();
        return Collections.unmodifiableMap(hashed);
    }

    /** Stops hashing without waiting, when the run ends before it is published. */
    public void cancel() {
        stopped = true;
    }

    private void hashAll() {
        long started = System.nanoTime();
        try {
            for (String folder : folders) {
                Path dir = runDir.resolve(folder);
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, p -> !p.getFileName().toString().startsWith("."))) {
                    for (Path file : files) {
                        if (stopped || hashed.size() >= maxFiles) {
                            return;
                        }
                        hash(folder + "/" + file.getFileName(), file);
                    }
                }
            }
        } catch (IOException | UncheckedIOException | DirectoryIteratorException e) {
            log.debug("hashing ahead stopped, the manifest hashes the rest: {}", e.toString());
        } catch (RuntimeException e) {
            log.warn("hashing ahead stopped, the manifest hashes the rest", e);
        } finally {
            log.debug("hashed {} files ahead in {} ms", hashed.size(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * Hashes one file, kept only when its size and time did not change while it was read; a file
     * that went away or cannot be read is left to the manifest writer.
     */
    private void hash(String relative, Path file) {
        try {
            BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
            if (!before.isRegularFile()) {
                return;
            }
            String sha256 = Fingerprints.sha256(file);
            BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
            if (after.size() == before.size() && after.lastModifiedTime().equals(before.lastModifiedTime())) {
                hashed.put(relative, new Hashed(after.size(), after.lastModifiedTime(), sha256));
            }
        } catch (IOException | UncheckedIOException e) {
            log.debug("not hashed ahead: {}", e.toString());
        }
    }
}
