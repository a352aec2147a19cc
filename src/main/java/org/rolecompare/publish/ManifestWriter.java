package org.rolecompare.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import org.rolecompare.changes.RoleChange;
import org.rolecompare.files.FileCount;
import org.rolecompare.files.Fingerprints;
import org.rolecompare.files.RunFacts;
import org.rolecompare.ingest.SourceFile;
import org.rolecompare.validate.FieldCoverage;

/**
 * Writes {@code manifest.json} (see {@link Manifest}) from a run's facts and what else the run
 * knows: the files already in the run folder are listed with their sizes and hashes, which are
 * computed as the manifest is written, so a run with a million reports does not hold them all.
 */
public final class ManifestWriter {

    /** Files sized and hashed together, in parallel. */
    private static final int HASH_BLOCK = 1024;

    /**
     * What the manifest records beyond the run's facts; {@code changes} is null when not computed,
     * {@code sourceFileSha256} (the input's source.txt) null when the input has none.
     */
    public record Details(OffsetDateTime startedAt, OffsetDateTime finishedAt, int exitCode,
                          Map<String, Long> findingsByRule, Changes changes, String sourceFileSha256, RunIdentity run) {
    }

    /**
     * Which run wrote the manifest ({@code "run"}): its job instance and execution in the job
     * repository, the id of the staging folder it was built in (unique to the run) and the
     * fingerprint of its input. {@link PublishedRun} reads it back from {@link Manifest.Run}.
     */
    public record RunIdentity(long jobInstanceId, long jobExecutionId, String stagingId, String inputFingerprint) {
    }

    /**
     * What changed since the previous completed run: its date ({@code null} when there was none)
     * and the changes, streamed in order.
     */
    public record Changes(LocalDate previousRunDate, Consumer<Consumer<RoleChange>> source) {
    }

    private ManifestWriter() {
    }

    /** Writes the manifest into {@code runDir}, listing every other file already there. */
    public static void write(Path runDir, RunFacts facts, Details details) throws IOException {
        write(runDir, facts, details, Map.of());
    }

    /**
     * Writes the manifest, taking a file's hash from {@code hashedAhead} (by path as the manifest
     * lists it; {@link HashAhead}) when the file's size and modification time are still those it was
     * hashed with, and hashing every other file.
     */
    public static void write(Path runDir, RunFacts facts, Details details, Map<String, HashAhead.Hashed> hashedAhead)
            throws IOException {
        RunIdentity run = details.run();
        try {
            manifest(runDir, facts, details, hashedAhead,
                    run == null ? null : new Manifest.Run(run.jobInstanceId(), run.jobExecutionId(), run.stagingId(), run.inputFingerprint()))
                    .write(runDir.resolve(Manifest.FILE_NAME));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Manifest manifest(Path runDir, RunFacts facts, Details details, Map<String, HashAhead.Hashed> hashedAhead,
                                     Manifest.Run run) {
        List<Manifest.Input> inputs = new ArrayList<>();
        for (FileCount f : facts.files()) {
            inputs.add(new Manifest.Input(f.file(), f.sha256(), f.rowsRead(), f.rowsAccepted(), f.rowsRejected()));
        }
        if (details.sourceFileSha256() != null) {
            inputs.add(new Manifest.Input(SourceFile.FILE_NAME, details.sourceFileSha256(), null, null, null));
        }
        Manifest.Counts counts = new Manifest.Counts(facts.rolesRead(), facts.rolesAccepted(), facts.rolesRejected(),
                facts.comparisonsRequested(), facts.comparisonsWritten(), facts.comparisonsRejected(), facts.comparisonsSkipped(),
                facts.comparisonsFromRelated(), facts.errorFindings(), facts.warningFindings(), facts.infoFindings(),
                details.findingsByRule());
        Map<String, Manifest.Coverage> coverage = new LinkedHashMap<>();
        for (FieldCoverage c : facts.coverage()) {
            coverage.put(c.field(), new Manifest.Coverage(c.known(), c.accepted()));
        }
        return new Manifest(facts.runDate(), facts.jobName(), facts.inputDir(), details.startedAt().toString(),
                details.finishedAt().toString(), details.exitCode(), run, inputs, counts, coverage,
                details.changes() == null ? null : changes(details.changes()), outputs(runDir, hashedAhead));
    }

    /** The changes in order, with how many of each kind; none when there was no previous run. */
    private static Manifest.Changes changes(Changes changes) {
        long[] counts = new long[RoleChange.Kind.values().length];
        List<Manifest.Change> items = new ArrayList<>();
        if (changes.previousRunDate() != null) {
            changes.source().accept(c -> {
                counts[c.kind().ordinal()]++;
                items.add(switch (c.kind()) {
                    case ADDED -> new Manifest.Added(c.roleId());
                    case REMOVED -> new Manifest.Removed(c.roleId());
                    case CHANGED -> new Manifest.Changed(c.roleId(), c.field(), c.oldValue(), c.newValue(), c.change(),
                            c.unit() == RoleChange.Unit.PP ? "pp" : "%");
                });
            });
        }
        return new Manifest.Changes(changes.previousRunDate(), items, counts[RoleChange.Kind.ADDED.ordinal()],
                counts[RoleChange.Kind.REMOVED.ordinal()], counts[RoleChange.Kind.CHANGED.ordinal()]);
    }

    /**
     * The files of the run, in path order, as a view for writing the manifest once: its iterator
     * walks the folder ({@link SortedFiles}) and sizes and hashes the files a block of
     * {@value #HASH_BLOCK} at a time on every core (reading and hashing a run's PDFs and pages is most
     * of publishing), holding one block's entries at once. It has no size and no random access, which
     * would need every file listed first.
     */
    private static List<Manifest.Output> outputs(Path runDir, Map<String, HashAhead.Hashed> hashedAhead) {
        return new AbstractList<>() {
            @Override
            public Iterator<Manifest.Output> iterator() {
                Iterator<Path> files = SortedFiles.below(runDir, ManifestWriter::listed);
                return new Iterator<>() {
                    private Manifest.Output[] block = new Manifest.Output[0];
                    private int next;

                    @Override
                    public boolean hasNext() {
                        if (next == block.length && files.hasNext()) {
                            List<Path> paths = new ArrayList<>(HASH_BLOCK);
                            while (paths.size() < HASH_BLOCK && files.hasNext()) {
                                paths.add(files.next());
                            }
                            block = paths.parallelStream().map(file -> output(runDir, file, hashedAhead)).toArray(Manifest.Output[]::new);
                            next = 0;
                        }
                        return next < block.length;
                    }

                    @Override
                    public Manifest.Output next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        return block[next++];
                    }
                };
            }

            @Override
            public Manifest.Output get(int index) {
                throw new UnsupportedOperationException("the run's files are listed as the manifest is written, in one pass");
            }

            @Override
            public int size() {
                throw new UnsupportedOperationException("the run's files are listed as the manifest is written, in one pass");
            }
        };
    }

    /** Whether a file of this name is listed: not the manifest itself, and not hidden (a part being written). */
    private static boolean listed(String name) {
        return !name.equals(Manifest.FILE_NAME) && !name.startsWith(".");
    }

    private static Manifest.Output output(Path runDir, Path file, Map<String, HashAhead.Hashed> hashedAhead) {
        try {
            String path = runDir.relativize(file).toString().replace('\\', '/');
            BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
            HashAhead.Hashed ahead = hashedAhead.get(path);
            boolean unchanged = ahead != null && ahead.size() == now.size() && ahead.modified().equals(now.lastModifiedTime());
            return new Manifest.Output(path, now.size(), unchanged ? ahead.sha256() : Fingerprints.sha256(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
