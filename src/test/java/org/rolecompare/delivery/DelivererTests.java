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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;

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

/**
 * Delivery end to end against an SMTP server on 127.0.0.1 (GreenMail): who gets which reports, what
 * the received message says to the manager who reads it (subject, headlines by title, attachment
 * names, a footer with the run's facts and no local paths or exit codes), splitting, retries,
 * permanent failures and re-delivery without mailing anyone twice: a preview is no delivery, new
 * content gets new Message-IDs, a changed grouping sends only what each recipient has not had, and a
 * delivery record of an earlier version is honoured. Also the rough edges an operator meets: a
 * refused connection, a server that never answers (timeouts and the delivery deadline), a server
 * without login while a username is set, and a subscription to a role the run does not have.
 */
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
        assertThat(ann.getSubject()).isEqualTo("Role comparisons for 27 November 2026: 2 reports");
        assertThat(ann.getFrom()[0].toString()).isEqualTo("reports@example.com");
        MimeMultipart mixed = (MimeMultipart) ann.getContent();
        MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(alternative.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat(ReceivedMail.attachments(ann)).containsOnlyKeys("Nurse vs Doctor.pdf", "Clerk vs Nurse.pdf");
        assertThat(ReceivedMail.attachments(ann).get("Nurse vs Doctor.pdf")).isEqualTo(Files.readAllBytes(run.pdf("nurse", "doctor")));
        assertThat(ReceivedMail.attachments(ann).get("Clerk vs Nurse.pdf")).isEqualTo(Files.readAllBytes(run.pdf("clerk", "nurse")));
        assertThat(record(dir).path("messages")).hasSize(2);
        assertThat(record(dir).path("complete").asBoolean()).isTrue();
        assertThat(record(dir).path("messages").get(0).path("status").asString()).isEqualTo("sent");
        assertThat(record(dir).path("messages").get(0).path("message_id").asString()).isEqualTo(ann.getMessageID());
        assertThat(record(dir).path("messages").get(0).path("attachments").valueStream().map(JsonNode::asString))
                .containsExactly("nurse-vs-doctor.pdf", "clerk-vs-nurse.pdf");
    }

    @Test
    void aManagerReadsOneHeadlinePerReportByTitleAndTheRunFactsOnlyInTheFooter() throws Exception {
        // given
        Path dir = new RunFolder(temp)
                .pair("registered-nurses", "nurse-practitioners", 100, "Registered Nurses", "Nurse Practitioners",
                        "35540", "1.4129197165098175")
                .pair("patient-relations-manager", "patient-account-manager", 100, "Patient Relations Manager",
                        "Patient Account Manager", "27144", "1.6221666170100612")
                .pair("lawyers", "paralegals", 100, "Lawyers", "Paralegals and Legal Assistants", "-84790", "0.4182903402854007")
                .pair("surgeons", "lawyers", 100, "Surgeons, All Other", "Lawyers", "0", "1")
                .write();
        MailSettings settings = settings(Map.of("recipients", "ann@example.com"));

        // when
        deliverer(settings).deliver(dir);

        // then
        MimeMessage ann = forRecipient(SMTP.getReceivedMessages(), "ann@example.com").get(0);
        assertThat(ann.getSubject()).isEqualTo("Role comparisons for 27 November 2026: 4 reports");
        String plain = body(ann, 0);
        String html = body(ann, 1);
        List<String> headlines = List.of(
                "Nurse Practitioners earn $35,540 more than Registered Nurses (41.3% more).",
                "Patient Account Manager earns $27,144 more than Patient Relations Manager (62.2% more).",
                "Lawyers earn $84,790 more than Paralegals and Legal Assistants (139.1% more).",
                "Surgeons, All Other and Lawyers earn the same on average.");
        String footer = "Run of 2026-11-27, job nightly: 5 roles, 4 reports; 1 role rejected and 1 comparison skipped; "
                + "1 error in the data-quality file.";
        String workbook = "The full comparison workbook, comparisons.xlsx, is available from your reports team.";
        assertThat(plain).startsWith("Hello,\n").containsSubsequence(headlines.stream().map(h -> "- " + h + "\n").toList())
                .contains(workbook).contains("-- \n" + footer + "\n");
        assertThat(html).containsSubsequence(headlines.stream().map(h -> "<li>" + DigestText.escape(h) + "</li>").toList())
                .contains("<p>" + workbook + "</p>")
                .contains("<p style=\"font-size: smaller; color: #666666\">" + footer + "</p>");
        assertThat(text(html)).contains(footer).doesNotContain("/");
        assertThat(plain).doesNotContain("/").doesNotContain(temp.toString()).doesNotContainIgnoringCase("exit code")
                .doesNotContain("registered-nurses").doesNotContain(".pdf");
        assertThat(html).doesNotContain(temp.toString()).doesNotContainIgnoringCase("exit code").doesNotContain("pdf/");
        assertThat(ReceivedMail.attachments(ann).keySet()).containsExactly(
                "Registered Nurses vs Nurse Practitioners.pdf", "Patient Relations Manager vs Patient Account Manager.pdf",
                "Lawyers vs Paralegals and Legal Assistants.pdf", "Surgeons, All Other vs Lawyers.pdf");
    }

    @Test
    void withTheSiteAddressEachHeadlineLinksToItsReportsWebPage() throws Exception {
        // given
        Path dir = new RunFolder(temp).withPages()
                .pair("patient-relations-manager", "patient-account-manager", 100, "Patient Relations Manager",
                        "Patient Account Manager", "27144", "1.6221666170100612")
                .write();
        MailSettings settings = settings(Map.of("recipients", "ann@example.com", "site-url", "https://intranet.example.com/role-compare"));

        // when
        deliverer(settings).deliver(dir);

        // then
        MimeMessage ann = forRecipient(SMTP.getReceivedMessages(), "ann@example.com").get(0);
        String page = "https://intranet.example.com/role-compare/2026-11-27/html/compare/patient-relations-manager-vs-patient-account-manager.html";
        String index = "https://intranet.example.com/role-compare/2026-11-27/html/index.html";
        String headline = "Patient Account Manager earns $27,144 more than Patient Relations Manager (62.2% more).";
        assertThat(body(ann, 0)).contains("- " + headline + "\n  " + page + "\n")
                .contains("Every comparison of this run, as web pages: " + index + "\n");
        assertThat(body(ann, 1)).contains("<li>" + headline + " <a href=\"" + page + "\">Web page</a></li>")
                .contains("<a href=\"" + index + "\">" + index + "</a>");
        assertThat(ReceivedMail.attachments(ann)).containsOnlyKeys("Patient Relations Manager vs Patient Account Manager.pdf");
    }

    @Test
    void withoutTheSiteAddressTheDigestHasNoLinkAsAMailCannotReachTheRunFolder() throws Exception {
        // given
        Path dir = new RunFolder(temp).withPages().pair("nurse", "doctor", 100).write();

        // when
        deliverer(settings(Map.of("recipients", "ann@example.com"))).deliver(dir);

        // then
        MimeMessage ann = forRecipient(SMTP.getReceivedMessages(), "ann@example.com").get(0);
        assertThat(body(ann, 0)).doesNotContain("http", "html/");
        assertThat(body(ann, 1)).doesNotContain("<a ", "html/");
    }

    @Test
    void aLongListShowsTwentyFiveHeadlinesThenCountsTheRest() throws Exception {
        // given
        RunFolder run = new RunFolder(temp);
        for (int i = 1; i <= 37; i++) {
            run.pair("clerk" + i, "nurse" + i, 10);
        }
        Path dir = run.write();
        MailSettings settings = settings(Map.of("recipients", "ann@example.com"));

        // when
        deliverer(settings).deliver(dir);

        // then
        MimeMessage ann = forRecipient(SMTP.getReceivedMessages(), "ann@example.com").get(0);
        String plain = body(ann, 0);
        assertThat(plain.lines().filter(line -> line.startsWith("- "))).hasSize(DigestText.MAX_HEADLINES);
        assertThat(plain).contains("- Nurse25 earns $100 more than Clerk25.\nand 12 more reports, attached.\n")
                .doesNotContain("Nurse26");
        assertThat(body(ann, 1)).contains("<p>and 12 more reports, attached.</p>");
        assertThat(ReceivedMail.attachments(ann)).hasSize(37);
    }

    @Test
    void aSubscriberWhoseRolesHaveNoReportIsToldSoInPlainWords() throws Exception {
        // given
        Path dir = new RunFolder(temp).pair("nurse", "doctor", 100).write();
        Path subscriptions = temp.resolve("subscriptions.csv");
        Files.writeString(subscriptions, "email,role_id\ncarol@example.com,cook\n");
        MailSettings settings = settings(Map.of("subscriptions", subscriptions.toString()));

        // when
        deliverer(settings).deliver(dir);

        // then
        MimeMessage carol = forRecipient(SMTP.getReceivedMessages(), "carol@example.com").get(0);
        assertThat(carol.getSubject()).isEqualTo("Role comparisons for 27 November 2026: no reports");
        String sentence = "None of the role comparisons for 27 November 2026 involves the roles you follow, so no report is attached this time.";
        assertThat(body(carol, 0)).contains(sentence).doesNotContain("\n- ");
        assertThat(body(carol, 1)).contains("<p>" + sentence + "</p>").doesNotContain("<li>");
        assertThat(ReceivedMail.attachments(carol)).isEmpty();
    }

    @Test
    void aCustomSubjectTemplateFillsEveryField() throws Exception {
        // given
        Path dir = new RunFolder(temp).pair("nurse", "doctor", 100).write();
        MailSettings settings = settings(Map.of("recipients", "ann@example.com",
                "subject", "{job} {run-date} / {date}: {reports} = {report-count}"));

        // when
        deliverer(settings).deliver(dir);

        // then
        assertThat(SMTP.getReceivedMessages()[0].getSubject()).isEqualTo("nightly 2026-11-27 / 27 November 2026: 1 = 1 report");
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
                .containsOnlyKeys("Nurse vs Doctor.pdf", "Clerk vs Cook.pdf", "Cook vs Nurse.pdf");
        assertThat(ReceivedMail.attachments(forRecipient(received, "carol@example.com").get(0))).containsOnlyKeys("Clerk vs Cook.pdf");
        assertThat(ReceivedMail.attachments(forRecipient(received, "dave@example.com").get(0)))
                .containsOnlyKeys("Nurse vs Doctor.pdf", "Clerk vs Cook.pdf", "Cook vs Nurse.pdf");
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
                "Role comparisons for 27 November 2026: 3 reports (1 of 3)",
                "Role comparisons for 27 November 2026: 3 reports (2 of 3)",
                "Role comparisons for 27 November 2026: 3 reports (3 of 3)");
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
        Deliverer deliverer = new Deliverer(MailSections.parse(section), name -> null, CLOCK, writer(out), writer(err),
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
        Deliverer deliverer = new Deliverer(MailSections.parse(section), name -> null, CLOCK, writer(out), writer(err),
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
        MailSettings settings = MailSections.parse(Map.of("mode", "file", "from", "reports@example.com",
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
        assertThat(message.getSubject()).isEqualTo("Role comparisons for 27 November 2026: 1 report");
        assertThat(ReceivedMail.attachments(message).get("Nurse vs Doctor.pdf")).isEqualTo(Files.readAllBytes(run.pdf("nurse", "doctor")));
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
        assertThat(out.toString().lines()).containsExactly("role-compare: mail: no recipients configured (mail.recipients in the job file); no mail sent.");
        assertThat(dir.resolve("delivery.json")).doesNotExist();
    }

    @Test
    void aFilePreviewDoesNotCountAsDeliveredBySmtp() throws Exception {
        // given
        Path dir = new RunFolder(temp).pair("nurse", "doctor", 100).write();
        MailSettings preview = MailSections.parse(Map.of("mode", "file", "from", "reports@example.com",
                "recipients", List.of("ann@example.com", "bob@example.com")));
        deliverer(preview).deliver(dir);

        // when
        Deliverer.Outcome sent = deliverer(settings(Map.of("recipients", List.of("ann@example.com", "bob@example.com")))).deliver(dir);

        // then
        assertThat(sent.sent()).isEqualTo(2);
        assertThat(sent.alreadyDelivered()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        assertThat(out.toString()).contains("2 messages sent, 0 already delivered, 0 failed");
        assertThat(record(dir).path("messages").valueStream().map(m -> m.path("mode").asString() + " " + m.path("status").asString()))
                .containsExactlyInAnyOrder("file written", "file written", "smtp sent", "smtp sent");
    }

    @Test
    void newContentOnTheSameDateTravelsUnderNewMessageIds() throws Exception {
        // given
        Path dir = new RunFolder(temp).pair("nurse", "doctor", 100).write();
        MailSettings settings = settings(Map.of("recipients", "ann@example.com"));
        deliverer(settings).deliver(dir);
        String first = SMTP.getReceivedMessages()[0].getMessageID();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        new RunFolder(temp).pair("nurse", "doctor", 120).write();

        // when
        deliverer(settings).deliver(dir);

        // then
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[1].getMessageID()).isNotEqualTo(first).startsWith("<role-compare.2026-11-27.").endsWith("@example.com>");
    }

    @Test
    void raisingTheSizeCapAfterACompleteDeliveryMailsNobodyAgain() throws Exception {
        // given
        Path dir = new RunFolder(temp).pair("a", "b", 6000).pair("b", "c", 6000).pair("c", "d", 6000).write();
        deliverer(settings(Map.of("recipients", "ann@example.com", "max-attachment-size", "10KB"))).deliver(dir);

        // when
        Deliverer.Outcome again = deliverer(settings(Map.of("recipients", "ann@example.com", "max-attachment-size", "10MB"))).deliver(dir);

        // then
        assertThat(again.sent()).isZero();
        assertThat(again.alreadyDelivered()).isEqualTo(1);
        assertThat(again.complete()).isTrue();
        assertThat(SMTP.getReceivedMessages()).hasSize(3);
        assertThat(record(dir).path("ledger")).hasSize(3);
        assertThat(record(dir).path("ledger").get(0).path("sha256").asString()).hasSize(64);
    }

    @Test
    void loweringTheSizeCapAfterATooLargeRefusalSendsOnlyTheRefusedReports() throws Exception {
        // given
        Path dir = new RunFolder(temp).pair("a", "b", 6000).pair("b", "c", 6000).pair("c", "d", 6000).pair("d", "e", 6000).write();
        Deliverer tooLarge = new Deliverer(settings(Map.of("recipients", "ann@example.com", "max-attachment-size", "20KB")),
                name -> null, CLOCK, writer(out), writer(err),
                refusing(d -> d.attachments().contains("c-vs-d.pdf"), "552 5.3.4 message too large", false), duration -> { });
        Deliverer.Outcome refused = tooLarge.deliver(dir);

        // when
        Deliverer.Outcome split = deliverer(settings(Map.of("recipients", "ann@example.com", "max-attachment-size", "10KB"))).deliver(dir);

        // then
        assertThat(refused.sent()).isEqualTo(1);
        assertThat(refused.failed()).isEqualTo(1);
        assertThat(split.sent()).isEqualTo(2);
        assertThat(split.alreadyDelivered()).isEqualTo(2);
        assertThat(split.complete()).isTrue();
        List<MimeMessage> received = forRecipient(SMTP.getReceivedMessages(), "ann@example.com");
        assertThat(received).hasSize(3);
        List<String> names = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : received) {
            names.addAll(ReceivedMail.attachments(m).keySet());
            subjects.add(m.getSubject());
        }
        assertThat(names).containsExactlyInAnyOrder("A vs B.pdf", "B vs C.pdf", "C vs D.pdf", "D vs E.pdf");
        assertThat(subjects).containsExactlyInAnyOrder("Role comparisons for 27 November 2026: 4 reports (1 of 2)",
                "Role comparisons for 27 November 2026: 4 reports (3 of 4)", "Role comparisons for 27 November 2026: 4 reports (4 of 4)");
    }

    @Test
    void aChangedGroupingSendsOnlyTheReportsTheRecipientHasNotHad() throws Exception {
        // given
        Path dir = new RunFolder(temp).pair("a", "b", 6000).pair("b", "c", 6000).pair("c", "d", 6000).write();
        Deliverer partly = new Deliverer(settings(Map.of("recipients", "ann@example.com", "max-attachment-size", "10KB")),
                name -> null, CLOCK, writer(out), writer(err),
                refusing(d -> d.attachments().contains("c-vs-d.pdf"), "550 5.7.1 refused", false), duration -> { });
        Deliverer.Outcome first = partly.deliver(dir);

        // when
        Deliverer.Outcome rest = deliverer(settings(Map.of("recipients", "ann@example.com", "max-attachment-size", "10MB"))).deliver(dir);

        // then
        assertThat(first.sent()).isEqualTo(2);
        assertThat(rest.sent()).isEqualTo(1);
        assertThat(rest.complete()).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(3);
        MimeMessage followUp = received[2];
        assertThat(ReceivedMail.attachments(followUp)).containsOnlyKeys("C vs D.pdf");
        assertThat(followUp.getSubject()).isEqualTo("Role comparisons for 27 November 2026: 1 report");
        assertThat(body(followUp, 0)).contains("The other 2 reports of this date reached you earlier. "
                + "Here is the remaining role comparison for 27 November 2026, with its report attached:");
    }

    @Test
    void aDeliveryRecordOfAnEarlierVersionCountsItsMessagesAttachmentsAsDelivered() throws Exception {
        // given
        Path dir = new RunFolder(temp).pair("nurse", "doctor", 100).pair("clerk", "cook", 100).write();
        Files.writeString(dir.resolve("delivery.json"), """
                {"run_date": "2026-11-27", "mode": "smtp", "complete": false, "updated_at": "2026-11-27T06:00:00Z",
                 "messages": [
                   {"recipient": "ann@example.com", "part": 1, "parts": 2, "message_id": "<role-compare.2026-11-27.aaaa@example.com>",
                    "attachments": ["nurse-vs-doctor.pdf"], "status": "sent", "attempts": 1, "error": null, "at": "2026-11-27T06:00:00Z"},
                   {"recipient": "ann@example.com", "part": 2, "parts": 2, "message_id": "<role-compare.2026-11-27.bbbb@example.com>",
                    "attachments": ["clerk-vs-cook.pdf"], "status": "failed", "attempts": 3, "error": "451 later", "at": "2026-11-27T06:00:00Z"}],
                 "findings": []}
                """);
        MailSettings settings = settings(Map.of("recipients", "ann@example.com", "max-attachment-size", "200"));

        // when
        Deliverer.Outcome outcome = deliverer(settings).deliver(dir);

        // then
        assertThat(outcome.complete()).as(err.toString()).isTrue();
        assertThat(outcome.sent()).isEqualTo(1);
        assertThat(outcome.alreadyDelivered()).isEqualTo(1);
        assertThat(ReceivedMail.attachments(SMTP.getReceivedMessages()[0])).containsOnlyKeys("Clerk vs Cook.pdf");
        assertThat(record(dir).path("ledger")).hasSize(2);
    }

    @Test
    void aRefusedConnectionSaysWhichServerRefused() throws Exception {
        // given
        Path dir = new RunFolder(temp).pair("nurse", "doctor", 100).write();
        int port = ReceivedMail.freePort();
        Map<String, Object> section = new HashMap<>(base(port));
        section.put("recipients", "ann@example.com");
        section.put("max-attempts", 1);

        // when
        Deliverer.Outcome outcome = deliverer(MailSections.parse(section)).deliver(dir);

        // then
        assertThat(outcome.complete()).isFalse();
        assertThat(err.toString()).contains("failed after 1 attempt: cannot connect to 127.0.0.1:" + port + " (connection refused)")
                .doesNotContain("timeout");
    }

    @Test
    void aServerThatNeverAnswersCostsTheTimeoutPerAttemptAndTheDeliveryStopsAtItsDeadline() throws Exception {
        // given
        Path dir = new RunFolder(temp).pair("nurse", "doctor", 100).write();
        Map<String, Object> section;
        Deliverer.Outcome outcome;
        long millis;
        try (ScriptedSmtpServer silent = new ScriptedSmtpServer(ScriptedSmtpServer.Behaviour.SILENT)) {
            section = new HashMap<>(base(silent.port()));
            section.putAll(Map.of("recipients", List.of("ann@example.com", "bob@example.com", "carol@example.com"),
                    "max-attempts", 5, "timeout", "400ms", "deadline", "1s"));
            Deliverer deliverer = new Deliverer(MailSections.parse(section), name -> null, CLOCK, writer(out), writer(err),
                    SmtpOutbox::new, duration -> Thread.sleep(duration.toMillis()));

            // when
            long start = System.nanoTime();
            outcome = deliverer.deliver(dir);
            millis = (System.nanoTime() - start) / 1_000_000;
        }

        // then
        assertThat(outcome.complete()).isFalse();
        assertThat(outcome.leftByDeadline()).isPositive();
        assertThat(millis).isLessThan(4_000);
        assertThat(err.toString()).contains("did not answer (timed out, mail.timeout)")
                .contains("the delivery deadline (mail.deadline 1s) passed");
        assertThat(out.toString()).contains(outcome.leftByDeadline() + " left (deadline)");
        assertThat(record(dir).path("left_by_deadline").asInt()).isEqualTo(outcome.leftByDeadline());
        assertThat(record(dir).path("complete").asBoolean()).isFalse();
    }

    @Test
    void aUsernameWithAServerOfferingNoLoginFailsThatDeliveryClearly() throws Exception {
        // given
        Path dir = new RunFolder(temp).pair("nurse", "doctor", 100).write();
        Deliverer.Outcome outcome;
        int accepted;
        try (ScriptedSmtpServer noLogin = new ScriptedSmtpServer(ScriptedSmtpServer.Behaviour.NO_LOGIN)) {
            Map<String, Object> section = new HashMap<>(base(noLogin.port()));
            section.putAll(Map.of("recipients", "ann@example.com", "username", "ops", "password-env", "ROLE_COMPARE_SMTP_PASSWORD"));
            Deliverer deliverer = new Deliverer(MailSections.parse(section), Map.of("ROLE_COMPARE_SMTP_PASSWORD", "pw")::get,
                    CLOCK, writer(out), writer(err));

            // when
            outcome = deliverer.deliver(dir);
            accepted = noLogin.messages();
        }

        // then
        assertThat(outcome.complete()).isFalse();
        assertThat(outcome.failed()).isEqualTo(1);
        assertThat(accepted).isZero();
        assertThat(err.toString()).contains("failed after 1 attempt: the server 127.0.0.1:")
                .contains("does not offer login (no AUTH after EHLO), but mail.username is set");
    }

    @Test
    void aSubscriptionToARoleTheRunDoesNotHaveIsAFindingNamingItsLine() throws Exception {
        // given
        Path dir = new RunFolder(temp).pair("nurse", "doctor", 100).write();
        Path subscriptions = temp.resolve("subscriptions.csv");
        Files.writeString(subscriptions, "email,role_id\ncarol@example.com,nurse\ncarol@example.com,nurce\n");
        MailSettings settings = settings(Map.of("subscriptions", subscriptions.toString()));

        // when
        Deliverer.Outcome outcome = deliverer(settings).deliver(dir);

        // then
        assertThat(outcome.complete()).isTrue();
        assertThat(outcome.findings()).isEqualTo(1);
        assertThat(err.toString()).contains("warning: mail: subscriptions.csv line 3: role id 'nurce' is not a role of this run");
        JsonNode finding = record(dir).path("findings").get(0);
        assertThat(finding.path("location").asString()).isEqualTo("line 3");
        assertThat(finding.path("value").asString()).isEqualTo("nurce");
        assertThat(ReceivedMail.attachments(SMTP.getReceivedMessages()[0])).containsOnlyKeys("Nurse vs Doctor.pdf");
    }

    private Map<String, Object> base(int port) {
        return Map.of("host", "127.0.0.1", "port", port, "security", "none", "from", "reports@example.com",
                "retry-backoff", "1ms");
    }

    private MailSettings settings(Map<String, Object> extra) {
        Map<String, Object> section = new HashMap<>(base(SMTP.getSmtp().getPort()));
        section.putAll(extra);
        return MailSections.parse(section);
    }

    private Deliverer deliverer(MailSettings settings) {
        return new Deliverer(settings, name -> null, CLOCK, writer(out), writer(err));
    }

    /** The real SMTP outbox, except that messages to {@code address} fail with {@code reply}. */
    private static BiFunction<MailSettings, String, Outbox> failing(String address, String reply, boolean transientFailure) {
        return refusing(digest -> digest.recipient().equals(address), reply, transientFailure);
    }

    /** The real SMTP outbox, except that the messages {@code refused} picks fail with {@code reply}. */
    private static BiFunction<MailSettings, String, Outbox> refusing(Predicate<Digest> refused, String reply, boolean transientFailure) {
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
                    if (refused.test(digest)) {
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

    /** The plain-text (0) or HTML (1) body of a digest, with the CRLF line ends of SMTP read as \n. */
    private static String body(MimeMessage message, int alternative) throws Exception {
        MimeMultipart mixed = (MimeMultipart) message.getContent();
        String body = (String) ((MimeMultipart) mixed.getBodyPart(0).getContent()).getBodyPart(alternative).getContent();
        return body.replace("\r\n", "\n");
    }

    /** What an HTML body shows, without its tags. */
    private static String text(String html) {
        return html.replaceAll("<[^>]*>", "");
    }

    private static JsonNode record(Path dir) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(dir.resolve("delivery.json")));
    }
}
