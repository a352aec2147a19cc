package org.rolecompare.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rolecompare.files.AtomicFiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code delivery.json} in the published run folder. It holds two things:
 * <ul>
 * <li>{@code messages}, for operators: every message of the run's delivery (recipient, part,
 * Message-ID, mode, status, attempts, last error);</li>
 * <li>{@code ledger}, which decides what is left to send: one line per recipient and report (the
 * PDF's file name and the SHA-256 of its bytes) that reached the recipient, with how ({@code sent}
 * over SMTP or {@code written} as a preview file). A changed grouping of the reports into messages
 * (another {@code max-attachment-size}) therefore sends only what each recipient has not had, and a
 * preview never counts as delivered by SMTP.</li>
 * </ul>
 * A recipient's digest without reports is recorded in the ledger under the report {@code ""}.
 *
 * <p>The file is rewritten atomically after each message, so a message that was sent is never sent
 * again by a re-run or by {@code deliver}, even after a crash. A file written by an earlier version
 * (no ledger) is read as "the attachments of those messages were delivered". The manifest is left
 * as the publish step wrote it.
 */
final class DeliveryRecord {

    static final String FILE_NAME = "delivery.json";

    /** The ledger's report name of a digest that carried no report. */
    static final String NO_REPORTS = "";

    /** One message and what became of it; {@code mode} is {@code smtp} or {@code file}. */
    record Entry(String recipient, int part, int parts, String messageId, List<String> attachments, String mode,
                 String status, int attempts, String error, String at) {

        Entry {
            attachments = List.copyOf(attachments);
        }

        boolean delivered() {
            return "sent".equals(status) || "written".equals(status);
        }
    }

    /**
     * A report that reached a recipient; {@code sha256} is null for a line carried over from a record
     * of an earlier version, which did not keep it (then any content of that report counts).
     */
    record Delivered(String recipient, String report, String sha256, String status, String messageId, String at) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, Delivered> ledger = new LinkedHashMap<>();
    private List<DeliveryFinding> findings = List.of();
    private int leftByDeadline;

    private DeliveryRecord(Path file) {
        this.file = file;
    }

    /** The record of a run folder, empty when nothing was delivered yet. */
    static DeliveryRecord load(Path runDir) throws IOException {
        DeliveryRecord record = new DeliveryRecord(runDir.resolve(FILE_NAME));
        if (!Files.exists(record.file)) {
            return record;
        }
        JsonNode root = JSON.readTree(Files.readString(record.file));
        for (JsonNode m : root.path("messages")) {
            List<String> attachments = new ArrayList<>();
            m.path("attachments").forEach(a -> attachments.add(a.asString()));
            String status = m.path("status").asString("");
            String mode = m.path("mode").asString("written".equals(status) ? "file" : "smtp");
            Entry entry = new Entry(m.path("recipient").asString(""), m.path("part").asInt(1), m.path("parts").asInt(1),
                    m.path("message_id").asString(""), attachments, mode, status,
                    m.path("attempts").asInt(0), m.path("error").isNull() ? null : m.path("error").asString(null),
                    m.path("at").asString(""));
            record.entries.put(key(entry), entry);
        }
        if (root.has("ledger")) {
            for (JsonNode d : root.path("ledger")) {
                record.add(new Delivered(d.path("recipient").asString(""), d.path("report").asString(""),
                        d.path("sha256").isNull() ? null : d.path("sha256").asString(null), d.path("status").asString(""),
                        d.path("message_id").asString(""), d.path("at").asString("")));
            }
        } else {
            for (Entry entry : record.entries.values()) {
                if (entry.delivered()) {
                    record.ledgerOf(entry, entry.attachments(), null);
                }
            }
        }
        return record;
    }

    /** True when {@code report} (a PDF's file name, or {@link #NO_REPORTS}) with content {@code sha256} reached {@code recipient} with {@code status}. */
    boolean delivered(String recipient, String report, String sha256, String status) {
        Delivered d = ledger.get(ledgerKey(recipient, report, status));
        return d != null && (d.sha256() == null || d.sha256().equals(sha256));
    }

    List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    List<Delivered> ledger() {
        return List.copyOf(ledger.values());
    }

    /** Records a message; a delivered one also enters the ledger with each of its attachments. */
    void put(Entry entry, List<String> hashes) {
        entries.put(key(entry), entry);
        if (entry.delivered()) {
            ledgerOf(entry, entry.attachments(), hashes);
        }
    }

    void findings(List<DeliveryFinding> latest) {
        findings = List.copyOf(latest);
    }

    /** Messages the last delivery did not try because its deadline ({@code mail.deadline}) had passed. */
    void leftByDeadline(int messages) {
        leftByDeadline = messages;
    }

    void save(String runDate, String mode, boolean complete, String updatedAt) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("run_date", runDate);
        root.put("mode", mode);
        root.put("complete", complete);
        root.put("updated_at", updatedAt);
        root.put("left_by_deadline", leftByDeadline);
        ArrayNode messages = root.putArray("messages");
        for (Entry e : entries.values()) {
            ObjectNode m = messages.addObject();
            m.put("recipient", e.recipient());
            m.put("part", e.part());
            m.put("parts", e.parts());
            m.put("message_id", e.messageId());
            ArrayNode attachments = m.putArray("attachments");
            e.attachments().forEach(attachments::add);
            m.put("mode", e.mode());
            m.put("status", e.status());
            m.put("attempts", e.attempts());
            m.put("error", e.error());
            m.put("at", e.at());
        }
        ArrayNode delivered = root.putArray("ledger");
        for (Delivered d : ledger.values()) {
            ObjectNode o = delivered.addObject();
            o.put("recipient", d.recipient());
            o.put("report", d.report());
            o.put("sha256", d.sha256());
            o.put("status", d.status());
            o.put("message_id", d.messageId());
            o.put("at", d.at());
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

    private void ledgerOf(Entry entry, List<String> attachments, List<String> hashes) {
        if (attachments.isEmpty()) {
            add(new Delivered(entry.recipient(), NO_REPORTS, null, entry.status(), entry.messageId(), entry.at()));
        }
        for (int i = 0; i < attachments.size(); i++) {
            add(new Delivered(entry.recipient(), attachments.get(i), hashes == null ? null : hashes.get(i), entry.status(),
                    entry.messageId(), entry.at()));
        }
    }

    private void add(Delivered d) {
        ledger.put(ledgerKey(d.recipient(), d.report(), d.status()), d);
    }

    private static String key(Entry entry) {
        return entry.mode() + "\n" + entry.messageId();
    }

    private static String ledgerKey(String recipient, String report, String status) {
        return recipient.toLowerCase(Locale.ROOT) + "\n" + report + "\n" + status;
    }
}
