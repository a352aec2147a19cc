package org.rolecompare.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.rolecompare.files.RunFacts;
import org.rolecompare.publish.DataQualityCsv;
import org.rolecompare.publish.RejectedRowsExporter;
import org.rolecompare.publish.Retention;
import org.rolecompare.publish.RunPublisher;
import org.rolecompare.staging.FindingQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The findings of a run that failed because too many roles were rejected, where the operator finds
 * them: {@code OUTPUT/failed/RUN-DATE/} holds its {@code data-quality.csv} and {@code rejected/},
 * as a published run would. The folder is built beside it ({@code .RUN-DATE.building-RANDOM}) and
 * renamed into place with {@link RunPublisher}, so a later failed run of the same date replaces it
 * whole and nobody reads half of it. A successful publish of that date removes it; {@link Retention}
 * keeps as many failed folders as run folders.
 */
public final class FailedRunExport {

    /** The folder under the output folder that holds the findings of failed runs, one folder per date. */
    public static final String FOLDER = "failed";

    private static final Logger log = LoggerFactory.getLogger("role-compare");
    private static final String BUILDING = ".building-";

    private FailedRunExport() {
    }

    /** {@code OUTPUT/failed/RUN-DATE}: where the findings of a failed run of {@code date} are. */
    public static Path dirOf(Path outputDir, LocalDate date) {
        return outputDir.resolve(FOLDER).resolve(date.toString());
    }

    /** Writes the run's findings and rejected rows to {@code OUTPUT/failed/RUN-DATE/}, replacing what was there; returns it. */
    static Path write(RunSettings run, RunFacts facts, FindingQueries findings) throws IOException {
        Path target = dirOf(run.outputDir(), run.runDate());
        Path parent = target.getParent();
        Files.createDirectories(parent);
        for (String line : RunPublisher.recoverInterrupted(parent)) {
            log.info("failed run: {}", line);
        }
        removeUnfinished(parent, run.runDate());
        Path building = Files.createDirectory(parent.resolve("." + run.runDate() + BUILDING + UUID.randomUUID()));
        try {
            DataQualityCsv.write(building.resolve(DataQualityCsv.FILE_NAME), sink -> findings.forEachFinding(run.runId(), sink));
            new RejectedRowsExporter(findings).export(run.runId(), run.inputDir(), building, facts);
            RunPublisher.publish(building, target);
        } finally {
            RunPublisher.deleteTree(building);
        }
        log.info("failed run: wrote the findings of the failed run of {} to {}", run.runDate(), target);
        return target;
    }

    /** Removes {@code OUTPUT/failed/RUN-DATE/} once that date has published successfully: its findings are history. */
    static void removeAfterPublish(Path outputDir, LocalDate date) throws IOException {
        Path failed = dirOf(outputDir, date);
        if (Files.exists(failed)) {
            RunPublisher.deleteTree(failed);
            log.info("failed run: deleted {}, the findings of an earlier failed run of {}, which has now published", failed, date);
        }
    }

    /** Folders a build of this date left behind when its process ended before the rename. */
    private static void removeUnfinished(Path parent, LocalDate date) throws IOException {
        List<Path> leftovers;
        try (Stream<Path> entries = Files.list(parent)) {
            leftovers = entries.filter(p -> p.getFileName().toString().startsWith("." + date + BUILDING)).toList();
        }
        for (Path leftover : leftovers) {
            RunPublisher.deleteTree(leftover);
        }
    }
}
