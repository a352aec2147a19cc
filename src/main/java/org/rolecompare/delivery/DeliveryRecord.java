package org.rolecompare.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rolecompare.publish.AtomicFiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code delivery.json} in the published run folder: every message of the run's delivery (recipient,
 * part, Message-ID, status, attempts, last error) and the findings about recipients. It is rewritten
 * atomically after each message, so a message that was sent is never sent again by a re-run or by
 * {@code deliver}, even after a crash. The manifest is left as the publish step wrote it.
 */
final class DeliveryRecord {

    static final String FILE_NAME = "delivery.json";

    /** One message and what became of it. */
    record Entry(String recipient, int part, int parts, String messageId, List<String> attachments, String status,
                 int attempts, String error, String at) {

        Entry {
            attachments = List.copyOf(attachments);
        }

        boolean delivered() {
            return "sent".equals(status) || "written".equals(status);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private List<DeliveryFinding> findings = List.of();

    private DeliveryRecord(Path file) {
        this.file = file;
    }

    /** The record of a run folder, empty when nothing was delivered yet. */
    static DeliveryRecord load(Path runDir) throws IOException {
        DeliveryRecord record = new DeliveryRecord(runDir.resolve(FILE_NAME));
        if (Files.exists(record.file)) {
            JsonNode root = JSON.readTree(Files.readString(record.file));
            for (JsonNode m : root.path("messages")) {
                List<String> attachments = new ArrayList<>();
                m.path("attachments").forEach(a -> attachments.add(a.asString()));
                Entry entry = new Entry(m.path("recipient").asString(""), m.path("part").asInt(1), m.path("parts").asInt(1),
                        m.path("message_id").asString(""), attachments, m.path("status").asString(""),
                        m.path("attempts").asInt(0), m.path("error").isNull() ? null : m.path("error").asString(null),
                        m.path("at").asString(""));
                record.entries.put(entry.messageId(), entry);
            }
        }
        return record;
    }

    boolean delivered(String messageId) {
        Entry entry = entries.get(messageId);
        return entry != null && entry.delivered();
    }

    List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    void put(Entry entry) {
        entries.put(entry.messageId(), entry);
    }

    void findings(List<DeliveryFinding> latest) {
        findings = List.copyOf(latest);
    }

    void save(String runDate, String mode, boolean complete, String updatedAt) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("run_date", runDate);
        root.put("mode", mode);
        root.put("complete", complete);
        root.put("updated_at", updatedAt);
        ArrayNode messages = root.putArray("messages");
        for (Entry e : entries.values()) {
            ObjectNode m = messages.addObject();
            m.put("recipient", e.recipient());
            m.put("part", e.part());
            m.put("parts", e.parts());
            m.put("message_id", e.messageId());
            ArrayNode attachments = m.putArray("attachments");
            e.attachments().forEach(attachments::add);
            m.put("status", e.status());
            m.put("attempts", e.attempts());
            m.put("error", e.error());
            m.put("at", e.at());
        }
        ArrayNode found = root.putArray("findings");
        for (DeliveryFinding f : findings) {
            ObjectNode o = found.addObject();
            o.put("source", f.source());
            o.put("location", f.location());
            o.put("value", f.value());
            o.put("message", f.message());
        }
        AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }
}
