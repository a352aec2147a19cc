package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a published run folder back for tests: its manifest, its PDF reports, and whether every
 * file the manifest lists is there with the size and SHA-256 it records (hashed here, independently
 * of the product's code).
 */
final class PublishedFolder {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PublishedFolder() {
    }

    static JsonNode manifest(Path runDir) throws IOException {
        try (InputStream in = Files.newInputStream(runDir.resolve("manifest.json"))) {
            return JSON.readTree(in);
        }
    }

    /** Asserts that the folder holds every file of its manifest, unchanged, and returns how many the manifest lists. */
    static int assertMatchesManifest(Path runDir) throws IOException {
        JsonNode outputs = manifest(runDir).path("outputs");
        assertThat(outputs.size()).as("outputs in the manifest of " + runDir).isPositive();
        for (JsonNode output : outputs) {
            Path file = runDir.resolve(output.path("path").asString());
            assertThat(file).as(output.toString()).isRegularFile();
            assertThat(Files.size(file)).as(file.toString()).isEqualTo(output.path("size").asLong());
            assertThat(sha256(file)).as(file.toString()).isEqualTo(output.path("sha256").asString());
        }
        return outputs.size();
    }

    /** The names of the PDF reports in {@code runDir/pdf}, sorted. */
    static List<String> pdfs(Path runDir) throws IOException {
        Path pdfDir = runDir.resolve("pdf");
        if (!Files.isDirectory(pdfDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(pdfDir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")).sorted().toList();
        }
    }

    /** The report names of the first {@code comparisons} pairs {@link GeneratedInput} writes for {@code roles} roles. */
    static List<String> generatedReports(int roles, int comparisons) {
        List<String> names = new ArrayList<>();
        for (int a = 0; a < roles && names.size() < comparisons; a++) {
            for (int b = a + 1; b < roles && names.size() < comparisons; b++) {
                names.add("role-" + a + "-vs-role-" + b + ".pdf");
            }
        }
        return names.stream().sorted().toList();
    }

    /** Entries of {@code OUTPUT/.staging}, sorted; empty when it does not exist. */
    static List<String> stagingEntries(Path output) throws IOException {
        Path staging = output.resolve(".staging");
        if (!Files.isDirectory(staging)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(staging)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
