package org.rolecompare.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.rolecompare.ingest.InputFile;
import org.rolecompare.ingest.SourceFile;

/**
 * SHA-256 of files, for the manifest and for the input fingerprint that identifies a run: the same
 * run date on the same input is the same run, whatever the file timestamps say.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    public static String sha256(Path file) {
        MessageDigest digest = newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * One hash over the names and contents of the five input files (a missing file counts as absent)
     * and of {@code source.txt} when the folder has one: a changed source changes every report, so it
     * is a new run. A folder without source.txt keeps the fingerprint it had before source.txt existed.
     */
    public static String inputFingerprint(Path inputDir) {
        MessageDigest digest = newDigest();
        for (InputFile file : InputFile.values()) {
            digest.update((file.fileName() + "=" + hashOrAbsent(inputDir.resolve(file.fileName())) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Path source = inputDir.resolve(SourceFile.FILE_NAME);
        if (Files.exists(source)) {
            digest.update((SourceFile.FILE_NAME + "=" + hashOrAbsent(source) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String hashOrAbsent(Path path) {
        try {
            return Files.exists(path) ? sha256(path) : "absent";
        } catch (UncheckedIOException e) {
            return e.getCause() instanceof NoSuchFileException ? "absent" : "unreadable";
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
