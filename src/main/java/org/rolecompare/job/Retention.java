package org.rolecompare.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.rolecompare.publish.RunPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the last N run folders ({@code OUTPUT/YYYY-MM-DD}) and the staged data of the last N runs,
 * so a nightly job does not fill the disk. Runs after a successful publish; only folders named
 * like a run date are ever touched.
 */
final class Retention {

    private static final Logger log = LoggerFactory.getLogger("role-compare");
    private static final Pattern RUN_FOLDER = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Retention() {
    }

    static void apply(Path outputDir, StagingRepository staging, int keepRuns) throws IOException {
        List<Path> folders;
        try (Stream<Path> entries = Files.list(outputDir)) {
            folders = entries.filter(Files::isDirectory)
                    .filter(p -> RUN_FOLDER.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        }
        for (Path old : folders.subList(Math.min(keepRuns, folders.size()), folders.size())) {
            RunPublisher.deleteTree(old);
            log.info("retention: deleted {} (keeping the last {} runs)", old, keepRuns);
        }
        int pruned = staging.pruneRuns(keepRuns);
        if (pruned > 0) {
            log.info("retention: deleted the staged data of {} older runs", pruned);
        }
    }
}
