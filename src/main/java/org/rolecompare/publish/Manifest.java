package org.rolecompare.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.rolecompare.files.AtomicFiles;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code manifest.json}, the machine-readable record of a run, as one type: what went in (with
 * hashes), what came out (with sizes and hashes), the counts, how many roles have each field known,
 * what changed since the previous run and the exit code. The run writes it and publishing and
 * delivery read it through the same mapping (keys are the components in snake_case, in component
 * order), so a key cannot be renamed on one side only. A key marked required that a manifest lacks
 * makes reading fail, naming the file and the key, rather than reading as zero.
 *
 * <p>The lists are kept as given, not copied: the writer hands over {@code outputs} as a view
 * that lists and hashes the files as they are written, and {@link #read(Path, Consumer)} hands each
 * output to its reader as it is parsed, so neither writing nor checking the manifest of a run with a
 * million reports holds a million entries in memory.
 *
 * @param run     which run wrote the manifest; {@code null} (and left out) when not recorded
 * @param changes what changed since the previous completed run; {@code null} (and left out) when not computed
 */
public record Manifest(
        @JsonProperty(required = true) LocalDate runDate,
        @JsonProperty(required = true) String job,
        @JsonProperty(required = true) String inputDir,
        @JsonProperty(required = true) String startedAt,
        @JsonProperty(required = true) String finishedAt,
        @JsonProperty(required = true) int exitCode,
        @JsonInclude(JsonInclude.Include.NON_NULL) Run run,
        @JsonProperty(required = true) List<Input> inputs,
        @JsonProperty(required = true) Counts counts,
        @JsonProperty(required = true) Map<String, Coverage> coverage,
        @JsonInclude(JsonInclude.Include.NON_NULL) Changes changes,
        @JsonProperty(required = true) @JsonSerialize(using = OutputsSerializer.class)
        @JsonDeserialize(using = OutputsDeserializer.class) List<Output> outputs) {

    public static final String FILE_NAME = "manifest.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * Which run wrote the manifest: its job instance and execution in the job repository, the id of
     * the staging folder it was built in (unique to the run) and the fingerprint of its input.
     * {@code stagingId} and {@code inputFingerprint} are absent in manifests written before they were recorded.
     */
    public record Run(@JsonProperty(required = true) long jobInstanceId, @JsonProperty(required = true) long jobExecutionId,
                      String stagingId, String inputFingerprint) {
    }

    /** One input file with its hash; the row counts are left out for a file that holds no rows (source.txt). */
    public record Input(@JsonProperty(required = true) String file, @JsonProperty(required = true) String sha256,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Long rowsRead,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Long rowsAccepted,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Long rowsRejected) {
    }

    /**
     * The run's counts, as {@link org.rolecompare.files.RunFacts} has them, and the findings per rule;
     * {@code comparisonsFromRelated} is left out when the run does not find related roles.
     */
    public record Counts(
            @JsonProperty(required = true) long rolesRead,
            @JsonProperty(required = true) long rolesAccepted,
            @JsonProperty(required = true) long rolesRejected,
            @JsonProperty(required = true) long comparisonsRequested,
            @JsonProperty(required = true) long comparisonsWritten,
            @JsonProperty(required = true) long comparisonsRejected,
            @JsonProperty(required = true) long comparisonsSkipped,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long comparisonsFromRelated,
            @JsonProperty(required = true) long findingsError,
            @JsonProperty(required = true) long findingsWarning,
            @JsonProperty(required = true) long findingsInfo,
            @JsonProperty(required = true) Map<String, Long> findingsByRule) {
    }

    /** Of the accepted roles ({@code of}), how many have a field known. */
    public record Coverage(@JsonProperty(required = true) long known, @JsonProperty(required = true) long of) {
    }

    /**
     * What changed since the previous completed run: its date ({@code null} when there was none),
     * the changes in order, and how many of each kind.
     */
    public record Changes(@JsonProperty(required = true) LocalDate previousRunDate,
                          @JsonProperty(required = true) List<Change> items,
                          @JsonProperty(required = true) long rolesAdded,
                          @JsonProperty(required = true) long rolesRemoved,
                          @JsonProperty(required = true) long valuesChanged) {
    }

    /** One change, told apart by its {@code kind}: a role added, a role removed, or a value changed. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Added.class, name = "added"),
            @JsonSubTypes.Type(value = Removed.class, name = "removed"),
            @JsonSubTypes.Type(value = Changed.class, name = "changed")})
    public sealed interface Change permits Added, Removed, Changed {

        String roleId();
    }

    public record Added(@JsonProperty(required = true) String roleId) implements Change {
    }

    public record Removed(@JsonProperty(required = true) String roleId) implements Change {
    }

    /**
     * A value of a role that changed; {@code oldValue}, {@code newValue} and {@code change} are
     * {@code null} where unknown, and {@code unit} is {@code "pp"} (percentage points) or {@code "%"}.
     */
    public record Changed(@JsonProperty(required = true) String roleId, @JsonProperty(required = true) String field,
                          @JsonProperty(value = "old", required = true) Double oldValue,
                          @JsonProperty(value = "new", required = true) Double newValue,
                          @JsonProperty(required = true) Double change,
                          @JsonProperty(required = true) String unit) implements Change {
    }

    /** One file of the run, relative to its folder. */
    public record Output(@JsonProperty(required = true) String path, @JsonProperty(required = true) long size,
                         @JsonProperty(required = true) String sha256) {
    }

    /**
     * Reads a manifest; fails with the file and the key when a required key is missing or holds
     * the wrong kind of value, or when the file is not JSON.
     */
    public static Manifest read(Path file) throws IOException {
        return parse(file, Files.readAllBytes(file));
    }

    /**
     * Reads a manifest without holding its outputs: each is handed to {@code outputs} as it is
     * parsed, in the file's order, and the manifest returned lists none. Fails as {@link #read(Path)}
     * does (an output read before the failure has been handed over).
     */
    public static Manifest read(Path file, Consumer<Output> outputs) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return JSON.readerFor(Manifest.class).withAttribute(OutputsDeserializer.SINK, outputs).readValue(in);
        } catch (JacksonIOException e) {
            throw e.getCause();
        } catch (DatabindException e) {
            throw new InvalidManifestException(file, keyOf(e), e);
        } catch (JacksonException e) {
            throw new InvalidManifestException(file + " is not a manifest: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads the manifest {@code bytes}, read from {@code file} (which names it in errors). */
    public static Manifest parse(Path file, byte[] bytes) throws IOException {
        try {
            return JSON.readValue(bytes, Manifest.class);
        } catch (DatabindException e) {
            throw new InvalidManifestException(file, keyOf(e), e);
        } catch (JacksonException e) {
            throw new InvalidManifestException(file + " is not a manifest: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes the manifest to {@code file}, atomically. */
    public void write(Path file) throws IOException {
        try {
            AtomicFiles.write(file, out -> JSON.writerWithDefaultPrettyPrinter().writeValue(out, this));
        } catch (JacksonException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
            }
            throw e;
        }
    }

    /** The key a mapping error is about, as a path: {@code counts.roles_accepted}, {@code outputs[3].sha256}. */
    private static String keyOf(DatabindException e) {
        return e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? "." + r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    /** Writes the outputs by iterating them once (the writer's view has no size: {@code ManifestWriter}). */
    static final class OutputsSerializer extends ValueSerializer<List<Output>> {

        @Override
        public void serialize(List<Output> outputs, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartArray();
            for (Output output : outputs) {
                ctxt.writeValue(gen, output);
            }
            gen.writeEndArray();
        }
    }

    /**
     * Reads the outputs one at a time: into the list, or, when the reader carries a consumer under
     * {@link #SINK}, to that consumer, leaving the list empty. A bad output is reported with its
     * position ({@code outputs[3].sha256}).
     */
    static final class OutputsDeserializer extends ValueDeserializer<List<Output>> {

        static final String SINK = "manifest.outputs";

        @Override
        @SuppressWarnings("unchecked")
        public List<Output> deserialize(JsonParser parser, DeserializationContext ctxt) {
            if (!parser.isExpectedStartArrayToken()) {
                return (List<Output>) ctxt.handleUnexpectedToken(List.class, parser);
            }
            Consumer<Output> sink = (Consumer<Output>) ctxt.getAttribute(SINK);
            List<Output> kept = new ArrayList<>();
            for (int index = 0; parser.nextToken() != JsonToken.END_ARRAY; index++) {
                Output output;
                try {
                    output = ctxt.readValue(parser, Output.class);
                } catch (JacksonException e) {
                    throw JacksonException.wrapWithPath(e, kept, index);
                }
                if (sink == null) {
                    kept.add(output);
                } else {
                    sink.accept(output);
                }
            }
            return kept;
        }
    }

    /** A manifest that cannot be read as one: a required key is missing, holds the wrong kind of value, or the file is not JSON. */
    public static final class InvalidManifestException extends IOException {

        InvalidManifestException(String message, Throwable cause) {
            super(message, cause);
        }

        InvalidManifestException(Path file, String key, DatabindException cause) {
            super(file + ": " + (key.isEmpty() ? "" : key + " ")
                    + (cause.getOriginalMessage().startsWith("Missing required") ? "is missing" : cause.getOriginalMessage()), cause);
        }
    }
}
