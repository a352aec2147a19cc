package org.rolecompare.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * fsync for files and folders, so that what a committed chunk or a publish promises survives a
 * power cut: a file's bytes are forced before it is renamed to its final name, and a folder is
 * forced after names in it changed (a rename is an entry in its folder). Forcing a folder works on
 * Linux and most Unix file systems; where the platform refuses to open a folder for it (Windows),
 * the failure is ignored, as nothing better can be done there.
 *
 * <p>Many files are forced together ({@link #forceAll}): one fsync waits for a journal commit of
 * the file system (about 4 ms on the benchmark VM's ext4), and fsyncs issued at the same time share
 * commits, so fifty files forced together take about as long as a few forced one after another.
 */
public final class Durability {

    /** Threads that wait in fsync for {@link #forceAll}; they only wait, so more than the cores. */
    private static final int FORCE_THREADS = 16;

    private static final ThreadPoolExecutor FORCING = forcingThreads();

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

    /**
     * Forces every channel's content and metadata to disk, several at once, and returns when all are
     * forced; throws the first failure after every force has ended.
     */
    public static void forceAll(List<FileChannel> channels) throws IOException {
        if (channels.size() == 1) {
            channels.get(0).force(true);
            return;
        }
        List<Future<?>> forces = new ArrayList<>(channels.size());
        for (FileChannel channel : channels) {
            forces.add(FORCING.submit(() -> {
                try {
                    channel.force(true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        IoEach.forEach(forces, Durability::waitFor);
    }

    private static void waitFor(Future<?> force) throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    force.get();
                    return;
                } catch (InterruptedException e) {
                    // the file's bytes must be on disk before the caller goes on: wait, then keep the interrupt
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof UncheckedIOException io ? io.getCause() : new IOException("fsync failed", e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static ThreadPoolExecutor forcingThreads() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(FORCE_THREADS, FORCE_THREADS, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "fsync");
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
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
