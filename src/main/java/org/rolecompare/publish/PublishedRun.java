package org.rolecompare.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.rolecompare.files.Fingerprints;

/**
 * A published run folder as its {@code manifest.json} describes it: which run published it (job
 * instance, staging id, input fingerprint) and the files it holds, with their sizes and SHA-256
 * hashes. A restarted publish uses it to recognise its own run already in place, and a run that
 * would do nothing uses it to prove the folder still holds that run, whole.
 *
 * @param stagingId        the staging folder the run was built in; unique to the run, so equal ids
 *                         mean the same run; {@code null} in manifests written before it was recorded
 * @param inputFingerprint the input fingerprint of the run, or {@code null} when not recorded
 */
public record PublishedRun(Path dir, String stagingId, Long jobInstanceId, String inputFingerprint) {

    /** Files checked together, in parallel. */
    private static final int CHECK_BLOCK = 1024;

    /** What checking the folder against its manifest found: how many files it lists, and the first difference, if any. */
    public record Check(long files, Optional<String> firstDifference) {
    }

    /**
     * Reads {@code dir/manifest.json}; empty when the folder or its manifest does not exist, or the
     * manifest cannot be read as one (then the folder is not a run this version can vouch for). The
     * files it lists are read again, one at a time, by {@link #check()}.
     */
    public static Optional<PublishedRun> read(Path dir) {
        Path file = dir.resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Manifest manifest;
        try {
            manifest = Manifest.read(file, output -> { });
        } catch (IOException e) {
            return Optional.empty();
        }
        Manifest.Run run = manifest.run();
        return Optional.of(new PublishedRun(dir, run == null ? null : run.stagingId(), run == null ? null : run.jobInstanceId(),
                run == null ? null : run.inputFingerprint()));
    }

    /** Whether this folder was published from the staging folder {@code stagingId}. */
    public boolean publishedFrom(String stagingId) {
        return stagingId != null && stagingId.equals(this.stagingId);
    }

    /** The first way the folder differs from its manifest, as {@link #check()} finds it. */
    public Optional<String> firstDifference() {
        return check().firstDifference();
    }

    /**
     * Checks the folder against its manifest: the first way it differs (a file missing, of another
     * size or with another SHA-256), in words, is empty when every file the manifest lists is there
     * as it was published. Files added after publishing (delivery.json, mail) are not the run's and
     * not checked. The manifest is read again, an entry at a time; its files are checked a block of
     * {@value #CHECK_BLOCK} at a time on every core (hashing them is nearly all of the check), and
     * none after the block with the first difference.
     */
    public Check check() {
        List<Manifest.Output> block = new ArrayList<>(CHECK_BLOCK);
        long[] files = {0};
        String[] difference = {null};
        try {
            Manifest.read(dir.resolve(Manifest.FILE_NAME), output -> {
                files[0]++;
                if (difference[0] == null) {
                    block.add(output);
                    if (block.size() == CHECK_BLOCK) {
                        difference[0] = firstIn(block);
                        block.clear();
                    }
                }
            });
        } catch (IOException e) {
            return new Check(files[0], Optional.of(Manifest.FILE_NAME + " cannot be read (" + e.getMessage() + ")"));
        }
        if (difference[0] == null) {
            difference[0] = firstIn(block);
        }
        return new Check(files[0], Optional.ofNullable(difference[0]));
    }

    /** The first difference among {@code outputs}, in their order, checked in parallel; {@code null} when none. */
    private String firstIn(List<Manifest.Output> outputs) {
        return outputs.parallelStream().map(this::difference).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private String difference(Manifest.Output output) {
        Path file = dir.resolve(output.path());
        try {
            if (!Files.isRegularFile(file)) {
                return output.path() + " is missing";
            }
            if (Files.size(file) != output.size() || !Fingerprints.sha256(file).equals(output.sha256())) {
                return output.path() + " is not the file that was published";
            }
            return null;
        } catch (IOException | UncheckedIOException e) {
            return output.path() + " cannot be read (" + e.getMessage() + ")";
        }
    }
}
