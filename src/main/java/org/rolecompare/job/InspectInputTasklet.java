package org.rolecompare.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rolecompare.files.Fingerprints;
import org.rolecompare.ingest.CsvFileReader;
import org.rolecompare.ingest.InputFile;
import org.rolecompare.ingest.InputFileException;
import org.rolecompare.ingest.SourceFile;
import org.rolecompare.staging.StagingStore;
import org.rolecompare.validate.Finding;
import org.rolecompare.validate.Rule;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The first step of both jobs: checks each input file as a whole (header, size limits and the
 * encoding of every line) before any of its rows is staged, so a file refused as a whole leaves no
 * half-loaded tables; records each file's SHA-256 (and {@code source.txt}'s) for the manifest, and
 * a warning for every column the format does not know. A run whose pairs come from related roles
 * only does not read comparisons.csv at all: it may be absent, and is neither checked nor listed.
 */
class InspectInputTasklet implements Tasklet {

    private final StagingStore staging;

    InspectInputTasklet(StagingStore staging) {
        this.staging = staging;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        RunSettings run = RunSettings.of(contribution.getStepExecution());
        PairSettings pairs = PairSettings.of(contribution.getStepExecution().getJobParameters());
        staging.clear(run.runId());
        List<Finding> warnings = new ArrayList<>();
        for (InputFile file : InputFile.values()) {
            if (file == InputFile.COMPARISONS && !pairs.readsListed()) {
                continue;
            }
            try (CsvFileReader reader = CsvFileReader.open(run.inputDir(), file)) {
                for (String column : reader.header().unknownColumns()) {
                    warnings.add(Finding.of(file.fileName(), 1, column, "", Rule.UNKNOWN_COLUMN, column,
                            "one of: " + String.join(", ", file.columns()),
                            "column " + column + " is not part of the input format; its values are ignored"));
                }
                requireRows(file, reader, pairs);
                reader.checkToEnd();
            }
            staging.saveFileHash(run.runId(), file.fileName(), Fingerprints.sha256(run.inputDir().resolve(file.fileName())));
        }
        Path source = run.inputDir().resolve(SourceFile.FILE_NAME);
        if (Files.isRegularFile(source)) {
            staging.saveFileHash(run.runId(), SourceFile.FILE_NAME, Fingerprints.sha256(source));
        }
        staging.saveFindings(run.runId(), warnings);
        return RepeatStatus.FINISHED;
    }

    /**
     * Refuses a feed with nothing to compare before any row is staged: a roles file without roles,
     * or a comparisons file that lists no pairs (a nightly feed that lists nothing is broken, and an
     * empty run published with exit 0 would hide it), unless the run finds related roles too: then
     * the related pairs may be all there is, and {@link FindRelatedTasklet} fails a run that finds
     * none either.
     */
    private static void requireRows(InputFile file, CsvFileReader reader, PairSettings pairs) {
        if (file == InputFile.ROLES && reader.next() == null) {
            throw new InputFileException(file.fileName(), 0, file.fileName()
                    + " has a header but no rows: there are no roles to compare.");
        }
        if (file == InputFile.COMPARISONS && !pairs.findsRelated() && reader.next() == null) {
            throw new InputFileException(file.fileName(), 0, file.fileName()
                    + " lists no pairs: nothing to compare; check the feed");
        }
    }
}
