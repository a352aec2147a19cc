package org.rolecompare.delivery;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;

/**
 * Mails a published run's reports: routes them to recipients, builds each recipient's digest,
 * sends every message not yet delivered (retrying transient failures with doubling backoff) and
 * records each outcome in {@code delivery.json}. It only reads the published reports, so a mail
 * failure never alters them; it reports an incomplete delivery instead of throwing.
 */
public final class Deliverer {

    /** What a delivery did; {@link #complete()} is false when someone did not get their mail. */
    public record Outcome(boolean configured, int sent, int alreadyDelivered, int failed, int findings, boolean complete) {
    }

    /** Waits between attempts; tests pass one that does not sleep. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(Deliverer.class);

    private final MailSettings settings;
    private final Function<String, String> environment;
    private final Clock clock;
    private final PrintWriter out;
    private final PrintWriter err;
    private final BiFunction<MailSettings, String, Outbox> smtp;
    private final Sleeper sleeper;

    /**
     * @param environment looks up environment variables (the password's); {@code System::getenv} in production
     */
    public Deliverer(MailSettings settings, Function<String, String> environment, Clock clock, PrintWriter out, PrintWriter err) {
        this(settings, environment, clock, out, err, SmtpOutbox::new, duration -> Thread.sleep(duration.toMillis()));
    }

    Deliverer(MailSettings settings, Function<String, String> environment, Clock clock, PrintWriter out, PrintWriter err,
              BiFunction<MailSettings, String, Outbox> smtp, Sleeper sleeper) {
        this.settings = settings;
        this.environment = environment;
        this.clock = clock;
        this.out = out;
        this.err = err;
        this.smtp = smtp;
        this.sleeper = sleeper;
    }

    /** Delivers the run published in {@code runDir}; never throws for a mail or file problem. */
    public Outcome deliver(Path runDir) {
        if (settings == null || !settings.configured()) {
            out.println("role-compare: mail: no recipients configured in the job file; no mail sent.");
            return new Outcome(false, 0, 0, 0, 0, true);
        }
        try {
            return deliverConfigured(runDir);
        } catch (IOException | MessagingException | RuntimeException e) {
            LOG.error("mail: delivery of {} failed", runDir, e);
            err.println("role-compare: mail: delivery failed: " + e.getMessage() + " (the reports are published; the log file has the details)");
            return new Outcome(true, 0, 0, 1, 0, false);
        }
    }

    private Outcome deliverConfigured(Path runDir) throws IOException, MessagingException {
        PublishedRun run = PublishedRun.read(runDir);
        Recipients.Result routing = Recipients.route(settings, run.reports());
        for (DeliveryFinding finding : routing.findings()) {
            err.println("role-compare: warning: mail: " + finding);
        }
        DeliveryRecord record = DeliveryRecord.load(runDir);
        record.findings(routing.findings());
        Outbox outbox = outbox(runDir);
        DigestBuilder builder = new DigestBuilder(settings, outbox.session(), clock);
        int sent = 0;
        int already = 0;
        int failed = 0;
        for (Recipients.Routing recipient : routing.routings()) {
            for (Digest digest : builder.build(run, recipient)) {
                if (record.delivered(digest.messageId())) {
                    already++;
                    continue;
                }
                DeliveryRecord.Entry entry = attempt(outbox, digest);
                record.put(entry);
                record.save(run.runDate(), mode(), false, clock.instant().toString());
                if (entry.delivered()) {
                    sent++;
                } else {
                    failed++;
                }
            }
        }
        boolean complete = failed == 0 && !routing.subscriptionsMissing();
        record.save(run.runDate(), mode(), complete, clock.instant().toString());
        String verb = settings.mode() == MailSettings.Mode.FILE ? "written to " + runDir.resolve(FileOutbox.FOLDER) : "sent";
        out.println("role-compare: mail: " + sent + plural(sent, " message") + " " + verb + ", " + already
                + " already delivered, " + failed + " failed, " + routing.findings().size() + plural(routing.findings().size(), " finding")
                + "; recorded in " + runDir.resolve(DeliveryRecord.FILE_NAME));
        if (!complete) {
            err.println("role-compare: reports published, delivery incomplete; `role-compare deliver --run-date="
                    + run.runDate() + "` re-sends what was not delivered.");
        }
        return new Outcome(true, sent, already, failed, routing.findings().size(), complete);
    }

    private DeliveryRecord.Entry attempt(Outbox outbox, Digest digest) {
        Duration backoff = settings.retryBackoff();
        String error = null;
        int attempts = 0;
        while (attempts < settings.maxAttempts()) {
            attempts++;
            try {
                outbox.send(digest);
                LOG.info("mail: {} {} as {}", outbox.deliveredStatus(), digest.label(), digest.messageId());
                return entry(digest, outbox.deliveredStatus(), attempts, null);
            } catch (Outbox.DeliveryFailure failure) {
                error = failure.getMessage();
                LOG.warn("mail: attempt {} of {} to {} failed: {}", attempts, settings.maxAttempts(), digest.label(), error);
                if (!failure.isTransient() || attempts == settings.maxAttempts()) {
                    break;
                }
                try {
                    sleeper.sleep(backoff);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                backoff = backoff.multipliedBy(2);
            }
        }
        err.println("role-compare: mail to " + digest.label() + " failed after " + attempts + plural(attempts, " attempt") + ": " + error);
        return entry(digest, "failed", attempts, error);
    }

    private DeliveryRecord.Entry entry(Digest digest, String status, int attempts, String error) {
        return new DeliveryRecord.Entry(digest.recipient(), digest.part(), digest.parts(), digest.messageId(),
                digest.attachments(), status, attempts, error, clock.instant().toString());
    }

    private Outbox outbox(Path runDir) {
        if (settings.mode() == MailSettings.Mode.FILE) {
            return new FileOutbox(runDir);
        }
        if (settings.passwordEnv() == null) {
            return smtp.apply(settings, null);
        }
        String password = environment.apply(settings.passwordEnv());
        if (password == null || password.isEmpty()) {
            return new Unsendable(smtp.apply(settings, null).session(),
                    "environment variable " + settings.passwordEnv() + " (mail.password-env) is not set");
        }
        return smtp.apply(settings, password);
    }

    private String mode() {
        return settings.mode().name().toLowerCase(Locale.ROOT);
    }

    private static String plural(int n, String word) {
        return n == 1 ? word : word + "s";
    }

    /** An outbox that cannot send, because the SMTP password is missing; every message is a permanent failure. */
    private record Unsendable(Session session, String reason) implements Outbox {

        @Override
        public String deliveredStatus() {
            return "sent";
        }

        @Override
        public void send(Digest digest) throws DeliveryFailure {
            throw new DeliveryFailure(reason, false, null);
        }
    }
}
