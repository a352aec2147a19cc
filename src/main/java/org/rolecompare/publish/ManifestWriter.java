package org.rolecompare.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.rolecompare.compare.RoleChange;
import org.rolecompare.files.AtomicFiles;
import org.rolecompare.files.FileCount;
import org.rolecompare.files.Fingerprints;
import org.rolecompare.files.RunFacts;
import org.rolecompare.ingest.SourceFile;
import org.rolecompare.validate.FieldCoverage;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code manifest.json}, the machine-readable record of a run: what went in (with hashes),
 * what came out (with sizes and hashes), the counts, how many roles have each field known, and the exit code. It is streamed, so a run
 * with a million reports does not build the whole document in memory.
 */
public final class ManifestWriter {

    public static final String FILE_NAME = "manifest.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
     * fingerprint of its input. {@link PublishedRun} reads it back.
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

    private static void writeChanges(JsonGenerator json, Changes changes) {
        json.writeName("changes");
        json.writeStartObject();
        json.writeStringProperty("previous_run_date", changes.previousRunDate() == null ? null : changes.previousRunDate().toString());
        long[] counts = new long[RoleChange.Kind.values().length];
        json.writeName("items");
        json.writeStartArray();
        if (changes.previousRunDate() != null) {
            changes.source().accept(c -> {
                counts[c.kind().ordinal()]++;
                json.writeStartObject();
                json.writeStringProperty("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
                json.writeStringProperty("role_id", c.roleId());
                if (c.kind() == RoleChange.Kind.CHANGED) {
                    json.writeStringProperty("field", c.field());
                    number(json, "old", c.oldValue());
                    number(json, "new", c.newValue());
                    number(json, "change", c.change());
                    json.writeStringProperty("unit", c.unit() == RoleChange.Unit.PP ? "pp" : "%");
                }
                json.writeEndObject();
            });
        }
        json.writeEndArray();
        json.writeNumberProperty("roles_added", counts[RoleChange.Kind.ADDED.ordinal()]);
        json.writeNumberProperty("roles_removed", counts[RoleChange.Kind.REMOVED.ordinal()]);
        json.writeNumberProperty("values_changed", counts[RoleChange.Kind.CHANGED.ordinal()]);
        json.writeEndObject();
    }

    /** {@code "coverage": {"salary_max": {"known": 12, "of": 34}, …}}: per field, the accepted roles that have it. */
    private static void writeCoverage(JsonGenerator json, List<FieldCoverage> coverage) {
        json.writeName("coverage");
        json.writeStartObject();
        for (FieldCoverage c : coverage) {
            json.writeName(c.field());
            json.writeStartObject();
            json.writeNumberProperty("known", c.known());
            json.writeNumberProperty("of", c.accepted());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String name, Double value) {
        if (value == null) {
            json.writeNullProperty(name);
        } else {
            json.writeNumberProperty(name, value);
        }
    }

    /** Writes the manifest into {@code runDir}, listing every other file already there. */
    public static void write(Path runDir, RunFacts facts, Details details) throws IOException {
        List<Path> outputs;
        try (Stream<Path> files = Files.walk(runDir)) {
            outputs = files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(FILE_NAME))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
        AtomicFiles.write(runDir.resolve(FILE_NAME), out -> {
            try (JsonGenerator json = JSON.writerWithDefaultPrettyPrinter().createGenerator(out)) {
                json.writeStartObject();
                json.writeStringProperty("run_date", facts.runDate().toString());
                json.writeStringProperty("job", facts.jobName());
                json.writeStringProperty("input_dir", facts.inputDir());
                json.writeStringProperty("started_at", details.startedAt().toString());
                json.writeStringProperty("finished_at", details.finishedAt().toString());
                json.writeNumberProperty("exit_code", details.exitCode());
                if (details.run() != null) {
                    json.writeName("run");
                    json.writeStartObject();
                    json.writeNumberProperty("job_instance_id", details.run().jobInstanceId());
                    json.writeNumberProperty("job_execution_id", details.run().jobExecutionId());
                    json.writeStringProperty("staging_id", details.run().stagingId());
                    json.writeStringProperty("input_fingerprint", details.run().inputFingerprint());
                    json.writeEndObject();
                }
                json.writeName("inputs");
                json.writeStartArray();
                for (FileCount f : facts.files()) {
                    json.writeStartObject();
                    json.writeStringProperty("file", f.file());
                    json.writeStringProperty("sha256", f.sha256());
                    json.writeNumberProperty("rows_read", f.rowsRead());
                    json.writeNumberProperty("rows_accepted", f.rowsAccepted());
                    json.writeNumberProperty("rows_rejected", f.rowsRejected());
                    json.writeEndObject();
                }
                if (details.sourceFileSha256() != null) {
                    json.writeStartObject();
                    json.writeStringProperty("file", SourceFile.FILE_NAME);
                    json.writeStringProperty("sha256", details.sourceFileSha256());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeName("counts");
                json.writeStartObject();
                json.writeNumberProperty("roles_read", facts.rolesRead());
                json.writeNumberProperty("roles_accepted", facts.rolesAccepted());
                json.writeNumberProperty("roles_rejected", facts.rolesRejected());
                json.writeNumberProperty("comparisons_requested", facts.comparisonsRequested());
                json.writeNumberProperty("comparisons_written", facts.comparisonsWritten());
                json.writeNumberProperty("comparisons_rejected", facts.comparisonsRejected());
                json.writeNumberProperty("comparisons_skipped", facts.comparisonsSkipped());
                json.writeNumberProperty("findings_error", facts.errorFindings());
                json.writeNumberProperty("findings_warning", facts.warningFindings());
                json.writeNumberProperty("findings_info", facts.infoFindings());
                json.writeName("findings_by_rule");
                json.writeStartObject();
                for (Map.Entry<String, Long> e : details.findingsByRule().entrySet()) {
                    json.writeNumberProperty(e.getKey(), e.getValue());
                }
                json.writeEndObject();
                json.writeEndObject();
                writeCoverage(json, facts.coverage());
                if (details.changes() != null) {
                    writeChanges(json, details.changes());
                }
                json.writeName("outputs");
                json.writeStartArray();
                for (Path p : outputs) {
                    json.writeStartObject();
                    json.writeStringProperty("path", runDir.relativize(p).toString().replace('\\', '/'));
                    json.writeNumberProperty("size", Files.size(p));
                    json.writeStringProperty("sha256", Fingerprints.sha256(p));
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
        });
    }
}
