package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.delivery.ReceivedMail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * The nightly run and {@code deliver} against an in-process SMTP server on 127.0.0.1, as an
 * operator uses them: the run mails the published PDF under its title, a failed delivery ends with
 * exit 3 and {@code deliver} later sends what is missing, once; and on real-style data (official
 * plural titles) the written message reads as a manager would want it.
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
        assertThat(cli.runDir().resolve(SEED_PDF)).isRegularFile();
        assertThat(delivered.exitCode()).as(delivered.out() + delivered.err()).isZero();
        assertThat(delivered.out()).contains("1 message sent, 0 already delivered");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("0 messages sent, 1 already delivered");
        assertThat(received).hasSize(1);
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
        assertThat(result.out()).contains("role-compare: mail: no recipients configured in the job file; no mail sent.");
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
