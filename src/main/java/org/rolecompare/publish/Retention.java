package org.rolecompare.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the last N run folders ({@code OUTPUT/YYYY-MM-DD}, by date) and the staged data of the last
 * N runs, so a nightly job does not fill the disk. Runs after a successful publish; only folders
 * named like a run date are ever touched, and never the folder the run just published: a backfill
 * of an old date is kept although older than the last N (the next runs delete it when it is their
 * turn). It logs what it kept and what it deleted, and why. The findings of failed runs
 * ({@code OUTPUT/failed/YYYY-MM-DD}) are kept by the same count.
 */
public final class Retention {

    private static final Logger log = LoggerFactory.getLogger("role-compare");
    private static final Pattern RUN_FOLDER = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Retention() {
    }

    /**
     * Applies retention after a publish; {@code failedDir} holds the findings of failed runs, and
     * {@code pruneStagedRuns} deletes the staged data of all but the newest N runs and says how many
     * runs went.
     */
    public static void apply(Path outputDir, Path failedDir, int keepRuns, Path justPublished, IntUnaryOperator pruneStagedRuns)
            throws IOException {
        List<Path> folders = runFolders(outputDir);
        List<Path> newest = folders.subList(0, Math.min(keepRuns, folders.size()));
        List<String> kept = new ArrayList<>(newest.stream().map(p -> p.getFileName().toString()).toList());
        String published = justPublished.getFileName().toString();
        boolean publishedIsOld = folders.stream().anyMatch(p -> p.getFileName().toString().equals(published))
                && !kept.contains(published);
        List<Path> deleted = new ArrayList<>();
        for (Path old : folders.subList(newest.size(), folders.size())) {
            if (old.getFileName().toString().equals(published)) {
                continue;
            }
            RunPublisher.deleteTree(old);
            deleted.add(old);
        }
        log.info("retention: kept {} ({} by date){}", String.join(", ", kept), lastRuns(keepRuns),
                publishedIsOld ? " and " + published + " (just published, although older)" : "");
        for (Path old : deleted) {
            log.info("retention: deleted {} (older than {})", old, lastRuns(keepRuns));
        }
        int pruned = pruneStagedRuns.applyAsInt(keepRuns);
        if (pruned > 0) {
            log.info("retention: deleted the staged data of {} older run{}", pruned, pruned == 1 ? "" : "s");
        }
        applyToFailed(failedDir, keepRuns);
    }

    /** "the last run" or "the last 30 runs". */
    private static String lastRuns(int keepRuns) {
        return keepRuns == 1 ? "the last run" : "the last " + keepRuns + " runs";
    }

    /**
     * Keeps the findings of the last N failed runs (the folders of {@code failedDir},
     * {@code OUTPUT/failed/YYYY-MM-DD}, by date), the same count as run folders. Runs after a
     * successful publish and after a failed run writes its findings.
     */
    public static void applyToFailed(Path failedDir, int keepRuns) throws IOException {
        if (!Files.isDirectory(failedDir)) {
            return;
        }
        List<Path> folders = runFolders(failedDir);
        for (Path old : folders.subList(Math.min(keepRuns, folders.size()), folders.size())) {
            RunPublisher.deleteTree(old);
            log.info("retention: deleted {} (findings of a failed run, older than the last {})", old, keepRuns);
        }
    }

    /** The folders of {@code dir} named like a run date, newest first. */
    private static List<Path> runFolders(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory)
                    .filter(p -> RUN_FOLDER.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        }
    }
}
