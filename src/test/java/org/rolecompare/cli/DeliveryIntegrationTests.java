package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.delivery.ReceivedMail;
import org.rolecompare.delivery.ScriptedSmtpServer;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * The nightly run and {@code deliver} against an in-process SMTP server on 127.0.0.1, as an
 * operator uses them: the run mails the published PDF under its title, a failed delivery ends with
 * exit 3 and {@code deliver} later sends what is missing, once; and on real-style data (official
 * plural titles) the written message reads as a manager would want it. Operations must not lie: a
 * preview is no delivery, a re-run on changed input mails under new Message-IDs, a delivery record
 * of an earlier version is honoured, the printed retry command is the one that works, a missing
 * password variable stops the command before any work, and a silent server cannot hold the run
 * past its delivery deadline.
 */
class DeliveryIntegrationTests {

    private static final String SEED_PDF = "pdf/patient-relations-manager-vs-patient-account-manager.pdf";

    @TempDir
    Path temp;

    @Test
    void theNightlyRunMailsThePublishedReport() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        int port = ReceivedMail.freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();

        // when
        CliRun.Result result;
        MimeMessage[] received;
        try {
            result = run(cli, jobFile(port));
            received = smtp.getReceivedMessages();
        } finally {
            smtp.stop();
        }

        // then
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("role-compare: mail: 1 message sent, 0 already delivered, 0 failed");
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Role comparisons for 27 November 2026: 1 report");
        assertThat(ReceivedMail.attachments(received[0]).get("Patient Relations Manager vs Patient Account Manager.pdf"))
                .isEqualTo(Files.readAllBytes(cli.runDir().resolve(SEED_PDF)));
        assertThat(cli.runDir().resolve("delivery.json")).isRegularFile();
    }

    @Test
    void aServerThatIsDownEndsTheRunWithThreeAndDeliverSendsLaterOnce() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        int port = ReceivedMail.freePort();
        Path job = jobFile(port);
        CliRun.Result failed = run(cli, job);
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();

        // when
        CliRun.Result delivered;
        CliRun.Result again;
        MimeMessage[] received;
        try {
            delivered = deliver(cli, job);
            again = deliver(cli, job);
            received = smtp.getReceivedMessages();
        } finally {
            smtp.stop();
        }

        // then
        assertThat(failed.exitCode()).as(failed.out() + failed.err()).isEqualTo(3);
        assertThat(failed.out()).contains("role-compare: published " + cli.runDir());
        assertThat(failed.err()).contains("reports published, delivery incomplete");
        assertThat(failed.err().strip()).endsWith(
                "role-compare: exit 3: the run ended with exit 0 (as manifest.json records it), but some mail was not delivered.");
        assertThat(Files.readString(cli.runDir().resolve("manifest.json"))).contains("\"exit_code\" : 0");
        assertThat(cli.runDir().resolve(SEED_PDF)).isRegularFile();
        assertThat(delivered.exitCode()).as(delivered.out() + delivered.err()).isZero();
        assertThat(delivered.out()).contains("1 message sent, 0 already delivered");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("0 messages sent, 1 already delivered");
        assertThat(received).hasSize(1);
    }

    @Test
    void aRerunAfterIncompleteMailFinishesTheDeliveryAndHistoryShowsTheRealCode() throws Exception {
        // given: the run published but could not mail (exit 3)
        CliRun cli = new CliRun(temp).withFixture("seed");
        int port = ReceivedMail.freePort();
        Path job = jobFile(port);
        CliRun.Result failed = run(cli, job);
        String historyAfterFailure = lastHistoryLine(cli);
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();

        // when: the same command again, with the server up
        CliRun.Result again;
        MimeMessage[] received;
        try {
            again = run(cli, job);
            received = smtp.getReceivedMessages();
        } finally {
            smtp.stop();
        }

        // then
        assertThat(failed.exitCode()).isEqualTo(3);
        assertThat(historyAfterFailure).as("EXIT column, before INPUT").matches(".* 3 +\\S+$");
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("already completed on this input; nothing to do")
                .contains("role-compare: mail: 1 message sent, 0 already delivered");
        assertThat(received).hasSize(1);
        assertThat(lastHistoryLine(cli)).as("EXIT column, before INPUT").matches(".* 0 +\\S+$");
    }

    private static String lastHistoryLine(CliRun cli) {
        String[] lines = CliRun.execute("history", "--database=" + cli.database(), "--last=1").out().strip().split("\n");
        return lines[lines.length - 1].strip();
    }

    @Test
    void onRealStyleDataTheWrittenMessageNamesRolesByTitleWithTheirPayAndNoPaths() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("real-style");
        Path job = temp.resolve("file-job.yml");
        Files.writeString(job, """
                name: nightly
                mail:
                  mode: file
                  from: "Role reports <reports@example.com>"
                  recipients: [hr-lead@example.com]
                """);

        // when
        CliRun.Result result = run(cli, job);

        // then
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        MimeMessage message;
        try (InputStream in = Files.newInputStream(cli.runDir().resolve("mail").resolve("hr-lead@example.com-part-1-of-1.eml"))) {
            message = new MimeMessage(null, in);
        }
        assertThat(message.getSubject()).isEqualTo("Role comparisons for 27 November 2026: 20 reports");
        MimeMultipart alternative = (MimeMultipart) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
        String plain = ((String) alternative.getBodyPart(0).getContent()).replace("\r\n", "\n");
        String html = (String) alternative.getBodyPart(1).getContent();
        List<String> headlines = List.of(
                "Nurse Practitioners earn $35,540 more than Registered Nurses (41.3% more).",
                "Physicians, All Other earn $153,130 more than Registered Nurses (177.9% more).",
                "Surgeons, All Other and Physicians, All Other earn the same on average.",
                "Registered Nurses earn $42,437 more than Patient Relations Manager (97.3% more).");
        assertThat(plain).containsSubsequence(headlines.stream().map(h -> "- " + h + "\n").toList())
                .contains("-- \nRun of 2026-11-27, job nightly: 34 roles, 20 reports; no data-quality findings.\n")
                .doesNotContain("/").doesNotContainIgnoringCase("exit code").doesNotContain(temp.toString());
        assertThat(html).contains("<li>Physicians, All Other earn $153,130 more than Registered Nurses (177.9% more).</li>")
                .doesNotContainIgnoringCase("exit code").doesNotContain(temp.toString()).doesNotContain("pdf/");
        assertThat(html.replaceAll("<[^>]*>", "")).doesNotContain("/");
        assertThat(ReceivedMail.attachments(message).keySet()).hasSize(20)
                .startsWith("Registered Nurses vs Nurse Practitioners.pdf", "Physicians, All Other vs Registered Nurses.pdf",
                        "Press Machine Operators vs Heavy and Tractor-Trailer Truck Drivers.pdf");
        assertThat(cli.runDir().resolve("pdf").resolve("registered-nurses-vs-nurse-practitioners.pdf")).isRegularFile();
    }

    @Test
    void theDefaultJobMailsNobodyAndSaysSo() {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");

        // when
        CliRun.Result result = cli.run();

        // then
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("role-compare: mail: no recipients configured (mail.recipients in the job file); no mail sent.");
    }

    @Test
    void aPasswordInTheJobFileIsAUsageError() throws IOException {
        // given
        Path job = temp.resolve("secret.yml");
        Files.writeString(job, """
                mail:
                  host: 127.0.0.1
                  from: reports@example.com
                  password: hunter2
                """);

        // when
        CliRun.Result result = CliRun.execute("deliver", "--job=" + job, "--run-date=2026-11-27");

        // then
        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).contains("mail.password is not allowed").doesNotContain("hunter2");
    }

    @Test
    void aFilePreviewThenDeliverOverSmtpMailsTheManager() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        Path preview = temp.resolve("preview-job.yml");
        Files.writeString(preview, """
                name: nightly
                mail:
                  mode: file
                  from: reports@example.com
                  recipients: [manager@example.com, hr@example.com]
                """);
        CliRun.Result previewed = run(cli, preview);
        int port = ReceivedMail.freePort();
        Path smtpJob = Files.writeString(temp.resolve("smtp-job.yml"), Files.readString(jobFile(port))
                .replace("    - manager@example.com", "    - manager@example.com\n    - hr@example.com"));
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();

        // when
        CliRun.Result delivered;
        MimeMessage[] received;
        try {
            delivered = deliver(cli, smtpJob);
            received = smtp.getReceivedMessages();
        } finally {
            smtp.stop();
        }

        // then
        assertThat(previewed.exitCode()).as(previewed.out() + previewed.err()).isZero();
        assertThat(previewed.out()).contains("2 messages written to");
        assertThat(delivered.exitCode()).as(delivered.out() + delivered.err()).isZero();
        assertThat(delivered.out()).contains("2 messages sent, 0 already delivered, 0 failed");
        assertThat(received).hasSize(2);
    }

    @Test
    void aRerunOnChangedInputMailsUnderNewMessageIdsAndIsNoChangeSinceTheRunItReplaces() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        int port = ReceivedMail.freePort();
        Path job = jobFile(port);
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();

        // when
        CliRun.Result first;
        CliRun.Result second;
        MimeMessage[] received;
        try {
            first = run(cli, job);
            Path roles = cli.input().resolve("roles.csv");
            Files.writeString(roles, Files.readString(roles).replace(",70777,", ",71777,"));
            second = run(cli, job);
            received = smtp.getReceivedMessages();
        } finally {
            smtp.stop();
        }

        // then
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
        assertThat(received).hasSize(2);
        assertThat(received[1].getMessageID()).isNotEqualTo(received[0].getMessageID());
        assertThat(ReceivedMail.attachments(received[1]).values().iterator().next())
                .isNotEqualTo(ReceivedMail.attachments(received[0]).values().iterator().next());
        String footer = plainBody(received[1]);
        assertThat(footer).doesNotContain("Since the earlier run of 2026-11-27", "Since 2026-11-27");
    }

    @Test
    void aDeliveryRecordOfAnEarlierVersionDoesNotCrashDeliverAndNobodyIsMailedTwice() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        int port = ReceivedMail.freePort();
        Path job = jobFile(port);
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();

        // when
        CliRun.Result again;
        MimeMessage[] received;
        String old;
        try {
            run(cli, job);
            Path record = cli.runDir().resolve("delivery.json");
            old = Files.readString(record).replaceAll("(?s),\\s*\"ledger\" : \\[.*?\\]\\s*(?=,\\s*\"findings\")", "")
                    .replaceAll("\"mode\" : \"smtp\",\\s*", "");
            Files.writeString(record, old);
            again = deliver(cli, job);
            received = smtp.getReceivedMessages();
        } finally {
            smtp.stop();
        }

        // then
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(old).doesNotContain("ledger").contains("\"message_id\"");
        assertThat(again.out()).contains("0 messages sent, 1 already delivered");
        assertThat(received).hasSize(1);
    }

    @Test
    void thePrintedRetryCommandHasTheRunsOptionsAndWorksAsPrinted() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        int port = ReceivedMail.freePort();
        Path job = jobFile(port);
        CliRun.Result failed = run(cli, job);
        Matcher printed = Pattern.compile("`role-compare (deliver [^`]*)` re-sends what was not delivered").matcher(failed.err());
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();

        // when
        assertThat(printed.find()).as(failed.err()).isTrue();
        CliRun.Result retried;
        try {
            retried = CliRun.execute(printed.group(1).split(" "));
        } finally {
            smtp.stop();
        }

        // then
        assertThat(failed.exitCode()).isEqualTo(3);
        assertThat(Arrays.asList(printed.group(1).split(" "))).containsExactly("deliver", "--run-date=" + CliRun.RUN_DATE,
                "--job=" + job.toAbsolutePath(), "--output=" + cli.output().toAbsolutePath(),
                "--database=" + cli.database().toAbsolutePath());
        assertThat(retried.exitCode()).as(retried.out() + retried.err()).isZero();
        assertThat(retried.out()).contains("1 message sent, 0 already delivered");
    }

    @Test
    void aMissingPasswordVariableIsAUsageErrorBeforeAnyWork() throws IOException {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        Path job = Files.writeString(temp.resolve("login-job.yml"), Files.readString(jobFile(ReceivedMail.freePort()))
                + "  username: role-compare\n  password-env: ROLE_COMPARE_TEST_PASSWORD_NOT_SET\n");

        // when
        CliRun.Result ran = run(cli, job);
        CliRun.Result delivered = deliver(cli, job);

        // then
        assertThat(ran.exitCode()).isEqualTo(64);
        assertThat(ran.err()).contains("environment variable ROLE_COMPARE_TEST_PASSWORD_NOT_SET (mail.password-env) is not set");
        assertThat(ran.out()).doesNotContain("starting");
        assertThat(cli.output()).doesNotExist();
        assertThat(delivered.exitCode()).isEqualTo(64);
        assertThat(delivered.err()).contains("ROLE_COMPARE_TEST_PASSWORD_NOT_SET");
    }

    @Test
    void aServerThatNeverAnswersCannotHoldTheRunPastTheDeliveryDeadline() throws Exception {
        // given
        CliRun cli = new CliRun(temp).withFixture("seed");
        CliRun.Result result;
        try (ScriptedSmtpServer silent = new ScriptedSmtpServer(ScriptedSmtpServer.Behaviour.SILENT)) {
            Path job = Files.writeString(temp.resolve("silent-job.yml"), Files.readString(jobFile(silent.port()))
                    .replace("max-attempts: 2", "max-attempts: 20")
                    .replace("    - manager@example.com", "    - manager@example.com\n    - hr@example.com")
                    + "  timeout: 2s\n  deadline: 1s\n");

            // when
            result = run(cli, job);
        }

        // then
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(3);
        assertThat(result.err()).contains("did not answer (timed out, mail.timeout)")
                .contains("the delivery deadline (mail.deadline 1s) passed")
                .contains("failed after 1 attempt")
                .contains("(not tried again: the delivery deadline, mail.deadline, comes first)");
        assertThat(result.out()).contains("0 messages sent, 0 already delivered, 1 failed, 1 left (deadline)");
        assertThat(cli.runDir().resolve(SEED_PDF)).isRegularFile();
    }

    private static String plainBody(MimeMessage message) throws Exception {
        MimeMultipart alternative = (MimeMultipart) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
        return ((String) alternative.getBodyPart(0).getContent()).replace("\r\n", "\n");
    }

    private Path jobFile(int port) throws IOException {
        Path job = temp.resolve("mail-job.yml");
        Files.writeString(job, """
                name: nightly
                mail:
                  host: 127.0.0.1
                  port: %d
                  security: none
                  from: reports@example.com
                  recipients:
                    - manager@example.com
                  max-attempts: 2
                  retry-backoff: 1ms
                """.formatted(port));
        return job;
    }

    private static CliRun.Result run(CliRun cli, Path job) {
        return CliRun.execute("run", "--job=" + job, "--input=" + cli.input(), "--output=" + cli.output(),
                "--database=" + cli.database(), "--run-date=" + CliRun.RUN_DATE);
    }

    private static CliRun.Result deliver(CliRun cli, Path job) {
        return CliRun.execute("deliver", "--job=" + job, "--output=" + cli.output(), "--database=" + cli.database(),
                "--run-date=" + CliRun.RUN_DATE);
    }
}
