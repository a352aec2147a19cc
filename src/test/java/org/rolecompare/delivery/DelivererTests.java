package org.rolecompare.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DelivererTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void everyRecipientGetsOneDigestWithBothBodiesAndThePdfs() throws Exception {
        // given
        RunFolder run = new RunFolder(temp).pair("nurse", "doctor", 3000).pair("clerk", "nurse", 2000);
        Path dir = run.write();
        MailSettings settings = settings(Map.of("recipients", List.of("ann@example.com", "Bob <bob@example.com>")));

        // when
        Deliverer.Outcome outcome = deliverer(settings).deliver(dir);

        // then
        assertThat(outcome.complete()).as(err.toString()).isTrue();
        assertThat(outcome.sent()).isEqualTo(2);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(Arrays.stream(received).map(DelivererTests::to)).containsExactlyInAnyOrder("ann@example.com", "bob@example.com");
        MimeMessage ann = forRecipient(received, "ann@example.com").get(0);
        assertThat(ann.getSubject()).isEqualTo("role-compare nightly: comparison reports of 2026-11-27");
        assertThat(ann.getFrom()[0].toString()).isEqualTo("reports@example.com");
        MimeMultipart mixed = (MimeMultipart) ann.getContent();
        MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat((String) alternative.getBodyPart(0).getContent()).contains("Roles: 5 accepted, 1 rejected")
                .contains("Comparisons: 2 written, 0 rejected, 1 skipped").contains("data-quality.csv").contains("nurse vs doctor");
        assertThat(alternative.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat((String) alternative.getBodyPart(1).getContent()).contains("<td>5 accepted, 1 rejected</td>")
                .contains("<li>clerk vs nurse (clerk-vs-nurse.pdf)</li>");
        assertThat(ReceivedMail.attachments(ann)).containsOnlyKeys("nurse-vs-doctor.pdf", "clerk-vs-nurse.pdf");
        assertThat(ReceivedMail.attachments(ann).get("nurse-vs-doctor.pdf")).isEqualTo(Files.readAllBytes(run.pdf("nurse", "doctor")));
        assertThat(ReceivedMail.attachments(ann).get("clerk-vs-nurse.pdf")).isEqualTo(Files.readAllBytes(run.pdf("clerk", "nurse")));
        assertThat(record(dir).path("messages")).hasSize(2);
        assertThat(record(dir).path("complete").asBoolean()).isTrue();
        assertThat(record(dir).path("messages").get(0).path("status").asString()).isEqualTo("sent");
        assertThat(record(dir).path("messages").get(0).path("message_id").asString()).isEqualTo(ann.getMessageID());
    }

    @Test
    void subscribersGetOnlyTheReportsOfTheirRolesAndBadAddressesAreFindings() throws Exception {
        // given
        Path dir = new RunFolder(temp).pair("nurse", "doctor", 100).pair("clerk", "cook", 100).pair("cook", "nurse", 100).write();
        Path subscriptions = temp.resolve("subscriptions.csv");
        Files.writeString(subscriptions, """
                email,role_id
                carol@example.com,clerk
                dave@example.com,doctor
                not-an-address,nurse
                dave@example.com,cook
                """);
        MailSettings settings = settings(Map.of("recipients", List.of("boss@example.com", "boss@"),
                "subscriptions", subscriptions.toString()));

        // when
        Deliverer.Outcome outcome = deliverer(settings).deliver(dir);

        // then
        assertThat(outcome.complete()).isTrue();
        assertThat(outcome.findings()).isEqualTo(2);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(ReceivedMail.attachments(forRecipient(received, "boss@example.com").get(0)))
                .containsOnlyKeys("nurse-vs-doctor.pdf", "clerk-vs-cook.pdf", "cook-vs-nurse.pdf");
        assertThat(ReceivedMail.attachments(forRecipient(received, "carol@example.com").get(0))).containsOnlyKeys("clerk-vs-cook.pdf");
        assertThat(ReceivedMail.attachments(forRecipient(received, "dave@example.com").get(0)))
                .containsOnlyKeys("nurse-vs-doctor.pdf", "clerk-vs-cook.pdf", "cook-vs-nurse.pdf");
        assertThat(received).hasSize(3);
        assertThat(err.toString()).contains("job file mail.recipients item 2: 'boss@' is not a valid email address")
                .contains("subscriptions.csv line 4: 'not-an-address' is not a valid email address");
        assertThat(record(dir).path("findings")).hasSize(2);
        assertThat(record(dir).path("findings").get(1).path("location").asString()).isEqualTo("line 4");
    }

    @Test
    void attachmentsOverTheCapAreSplitIntoNumberedParts() throws Exception {
        // given
        RunFolder run = new RunFolder(temp).pair("a", "b", 6000).pair("b", "c", 6000).pair("c", "d", 6000);
        Path dir = run.write();
        MailSettings settings = settings(Map.of("recipients", "ann@example.com", "max-attachment-size", "10KB"));

        // when
        Deliverer.Outcome outcome = deliverer(settings).deliver(dir);

        // then
        assertThat(outcome.sent()).isEqualTo(3);
        List<MimeMessage> received = forRecipient(SMTP.getReceivedMessages(), "ann@example.com");
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : received) {
            subjects.add(m.getSubject());
            assertThat(ReceivedMail.attachments(m)).hasSize(1);
        }
        assertThat(subjects).containsExactlyInAnyOrder(
                "role-compare nightly: comparison reports of 2026-11-27 (1 of 3)",
                "role-compare nightly: comparison reports of 2026-11-27 (2 of 3)",
                "role-compare nightly: comparison reports of 2026-11-27 (3 of 3)");
    }

    @Test
    void aRefusedConnectionIsRetriedAfterBackoff() throws Exception {
        // given
        Path dir = new RunFolder(temp).pair("nurse", "doctor", 100).write();
        int port = ReceivedMail.freePort();
        GreenMail later = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        Map<String, Object> section = new HashMap<>(base(port));
        section.put("recipients", "ann@example.com");
        List<Long> waits = new ArrayList<>();
        Deliverer deliverer = new Deliverer(MailSettings.parse(section), name -> null, CLOCK, writer(out), writer(err),
                SmtpOutbox::new, duration -> {
                    waits.add(duration.toMillis());
                    later.start();
                });

        // when
        Deliverer.Outcome outcome;
        try {
            outcome = deliverer.deliver(dir);
        } finally {
            later.stop();
        }

        // then
        assertThat(outcome.complete()).as(err.toString()).isTrue();
        assertThat(waits).containsExactly(1L);
        assertThat(record(dir).path("messages").get(0).path("attempts").asInt()).isEqualTo(2);
    }

    @Test
    void transientFailuresBackOffDoublingUntilTheLastTry() throws Exception {
        // given
        Path dir = new RunFolder(temp).pair("nurse", "doctor", 100).write();
        Map<String, Object> section = new HashMap<>(base(SMTP.getSmtp().getPort()));
        section.put("recipients", "ann@example.com");
        section.put("max-attempts", 3);
        List<Long> waits = new ArrayList<>();
        Deliverer deliverer = new Deliverer(MailSettings.parse(section), name -> null, CLOCK, writer(out), writer(err),
                failing("ann@example.com", "451 try later", true), duration -> waits.add(duration.toMillis()));

        // when
        Deliverer.Outcome outcome = deliverer.deliver(dir);

        // then
        assertThat(outcome.complete()).isFalse();
        assertThat(waits).containsExactly(1L, 2L);
        assertThat(record(dir).path("messages").get(0).path("error").asString()).isEqualTo("451 try later");
        assertThat(err.toString()).contains("mail to ann@example.com (part 1 of 1) failed after 3 attempts: 451 try later");
    }

    @Test
    void aPermanentFailureIsRecordedAndTheNextDeliveryResendsOnlyThatMessage() throws Exception {
        // given
        Path dir = new RunFolder(temp).pair("nurse", "doctor", 100).write();
        MailSettings settings = settings(Map.of("recipients", List.of("ann@example.com", "bob@example.com")));
        List<Long> waits = new ArrayList<>();
        Deliverer first = new Deliverer(settings, name -> null, CLOCK, writer(out), writer(err),
                failing("bob@example.com", "550 mailbox unavailable", false), duration -> waits.add(duration.toMillis()));
        Deliverer.Outcome failed = first.deliver(dir);

        // when
        Deliverer.Outcome resent = deliverer(settings).deliver(dir);

        // then
        assertThat(failed.complete()).isFalse();
        assertThat(failed.failed()).isEqualTo(1);
        assertThat(waits).isEmpty();
        assertThat(resent.complete()).isTrue();
        assertThat(resent.sent()).isEqualTo(1);
        assertThat(resent.alreadyDelivered()).isEqualTo(1);
        assertThat(forRecipient(SMTP.getReceivedMessages(), "ann@example.com")).hasSize(1);
        assertThat(forRecipient(SMTP.getReceivedMessages(), "bob@example.com")).hasSize(1);
        assertThat(record(dir).path("messages")).hasSize(2);
        assertThat(record(dir).path("complete").asBoolean()).isTrue();
    }

    @Test
    void aSecondDeliveryMailsNobodyTwice() throws Exception {
        // given
        Path dir = new RunFolder(temp).pair("nurse", "doctor", 100).write();
        MailSettings settings = settings(Map.of("recipients", List.of("ann@example.com", "bob@example.com")));
        deliverer(settings).deliver(dir);

        // when
        Deliverer.Outcome again = deliverer(settings).deliver(dir);

        // then
        assertThat(again.sent()).isZero();
        assertThat(again.alreadyDelivered()).isEqualTo(2);
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        assertThat(out.toString()).contains("0 messages sent, 2 already delivered, 0 failed");
    }

    @Test
    void thePasswordComesFromTheNamedEnvironmentVariableAndIsNeverPrinted() throws Exception {
        // given
        SMTP.setUser("reports@example.com", "ops", "s3cret-pw");
        Path dir = new RunFolder(temp).pair("nurse", "doctor", 100).write();
        MailSettings settings = settings(Map.of("recipients", "ann@example.com", "username", "ops",
                "password-env", "ROLE_COMPARE_SMTP_PASSWORD"));
        Map<String, String> environment = Map.of("ROLE_COMPARE_SMTP_PASSWORD", "s3cret-pw");

        // when
        Deliverer.Outcome missing = new Deliverer(settings, name -> null, CLOCK, writer(out), writer(err)).deliver(dir);
        Deliverer.Outcome given = new Deliverer(settings, environment::get, CLOCK, writer(out), writer(err)).deliver(dir);

        // then
        assertThat(missing.complete()).isFalse();
        assertThat(err.toString()).contains("environment variable ROLE_COMPARE_SMTP_PASSWORD (mail.password-env) is not set");
        assertThat(given.complete()).as(err.toString()).isTrue();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(out.toString() + err + Files.readString(dir.resolve("delivery.json"))).doesNotContain("s3cret-pw");
    }

    @Test
    void fileModeWritesEmlFilesIntoTheRunFolderInsteadOfSending() throws Exception {
        // given
        RunFolder run = new RunFolder(temp).pair("nurse", "doctor", 100);
        Path dir = run.write();
        MailSettings settings = MailSettings.parse(Map.of("mode", "file", "from", "reports@example.com",
                "recipients", "ann@example.com"));

        // when
        Deliverer.Outcome outcome = new Deliverer(settings, name -> null, CLOCK, writer(out), writer(err)).deliver(dir);

        // then
        assertThat(outcome.complete()).isTrue();
        Path eml = dir.resolve("mail").resolve("ann@example.com-part-1-of-1.eml");
        assertThat(eml).exists();
        MimeMessage message;
        try (var in = Files.newInputStream(eml)) {
            message = new MimeMessage(null, in);
        }
        assertThat(message.getSubject()).isEqualTo("role-compare nightly: comparison reports of 2026-11-27");
        assertThat(ReceivedMail.attachments(message).get("nurse-vs-doctor.pdf")).isEqualTo(Files.readAllBytes(run.pdf("nurse", "doctor")));
        assertThat(record(dir).path("messages").get(0).path("status").asString()).isEqualTo("written");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void withoutRecipientsNothingIsSentAndOneLineSaysSo() {
        // given
        Path dir = new RunFolder(temp).pair("nurse", "doctor", 100).write();

        // when
        Deliverer.Outcome outcome = new Deliverer(null, name -> null, CLOCK, writer(out), writer(err)).deliver(dir);

        // then
        assertThat(outcome.configured()).isFalse();
        assertThat(outcome.complete()).isTrue();
        assertThat(out.toString().lines()).containsExactly("role-compare: mail: no recipients configured in the job file; no mail sent.");
        assertThat(dir.resolve("delivery.json")).doesNotExist();
    }

    private Map<String, Object> base(int port) {
        return Map.of("host", "127.0.0.1", "port", port, "security", "none", "from", "reports@example.com",
                "retry-backoff", "1ms");
    }

    private MailSettings settings(Map<String, Object> extra) {
        Map<String, Object> section = new HashMap<>(base(SMTP.getSmtp().getPort()));
        section.putAll(extra);
        return MailSettings.parse(section);
    }

    private Deliverer deliverer(MailSettings settings) {
        return new Deliverer(settings, name -> null, CLOCK, writer(out), writer(err));
    }

    /** The real SMTP outbox, except that messages to {@code address} fail with {@code reply}. */
    private static BiFunction<MailSettings, String, Outbox> failing(String address, String reply, boolean transientFailure) {
        return (settings, password) -> {
            SmtpOutbox real = new SmtpOutbox(settings, password);
            return new Outbox() {
                @Override
                public Session session() {
                    return real.session();
                }

                @Override
                public String deliveredStatus() {
                    return real.deliveredStatus();
                }

                @Override
                public void send(Digest digest) throws DeliveryFailure {
                    if (digest.recipient().equals(address)) {
                        throw new DeliveryFailure(reply, transientFailure, null);
                    }
                    real.send(digest);
                }
            };
        };
    }

    private static PrintWriter writer(StringWriter target) {
        return new PrintWriter(target, true);
    }

    private static String to(MimeMessage message) {
        try {
            return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> forRecipient(MimeMessage[] messages, String address) {
        return Arrays.stream(messages).filter(m -> to(m).equals(address)).toList();
    }

    private static JsonNode record(Path dir) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(dir.resolve("delivery.json")));
    }
}
