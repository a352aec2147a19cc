package org.rolecompare.delivery;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;

/**
 * Mails a published run's reports: routes them to recipients, builds each recipient's digest,
 * sends what each recipient has not had yet (retrying transient failures with doubling backoff) and
 * records each outcome in {@code delivery.json}. It only reads the published reports, so a mail
 * failure never alters them; it reports an incomplete delivery instead of throwing.
 *
 * <p>What is left to send is decided per recipient and report (its content hash), not per message:
 * when the recipient's messages are grouped as before, the undelivered messages are sent again as
 * they were; when the grouping changed ({@code max-attachment-size}), only the reports the recipient
 * has not had travel, in a follow-up digest that says the others came earlier. Only the current
 * outbox's deliveries count: a preview written in file mode is not a delivery by SMTP.
 *
 * <p>The whole delivery stops trying at {@code mail.deadline}; what is left is for {@code deliver}.
 */
public final class Deliverer {

    /** What a delivery did; {@link #complete()} is false when someone did not get their mail. */
    public record Outcome(boolean configured, int sent, int alreadyDelivered, int failed, int findings, boolean complete,
                          int leftByDeadline) {
    }

    /** The messages of one recipient to send now, and how many of the recipient's messages need not be. */
    private record Plan(List<Digest> digests, int already) {
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
    private String retryCommand;

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

    /**
     * The command the operator is told to use to send what was not delivered, exactly as it must be
     * typed (job file, output folder, database); without it, {@code role-compare deliver --run-date=DATE}.
     */
    public Deliverer retryCommand(String command) {
        this.retryCommand = command;
        return this;
    }

    /** Delivers the run published in {@code runDir}; never throws for a mail or file problem. */
    public Outcome deliver(Path runDir) {
        if (settings == null || !settings.configured()) {
            out.println("role-compare: mail: no recipients configured (mail.recipients in the job file); no mail sent.");
            return new Outcome(false, 0, 0, 0, 0, true, 0);
        }
        try {
            return deliverConfigured(runDir);
        } catch (IOException | MessagingException | RuntimeException e) {
            LOG.error("mail: delivery of {} failed", runDir, e);
            err.println("role-compare: mail: delivery failed: " + e.getMessage() + " (the reports are published; the log file has the details)");
            return new Outcome(true, 0, 0, 1, 0, false, 0);
        }
    }

    private Outcome deliverConfigured(Path runDir) throws IOException, MessagingException {
        long deadline = System.nanoTime() + settings.deadline().toNanos();
        PublishedRun run = PublishedRun.read(runDir);
        Recipients.Result routing = Recipients.route(settings, run.reports(), run.roleIds());
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
        int left = 0;
        for (Recipients.Routing recipient : routing.routings()) {
            Plan plan = plan(run, recipient, builder, record, outbox.deliveredStatus());
            already += plan.already();
            for (Digest digest : plan.digests()) {
                if (System.nanoTime() - deadline >= 0) {
                    left++;
                    continue;
                }
                DeliveryRecord.Entry entry = attempt(outbox, digest, deadline);
                record.put(entry, digest.hashes());
                record.save(run.runDate(), mode(), false, clock.instant().toString());
                if (entry.delivered()) {
                    sent++;
                } else {
                    failed++;
                }
            }
        }
        boolean complete = failed == 0 && left == 0 && !routing.subscriptionsMissing();
        record.leftByDeadline(left);
        record.save(run.runDate(), mode(), complete, clock.instant().toString());
        String verb = settings.mode() == MailSettings.Mode.FILE ? "written to " + runDir.resolve(FileOutbox.FOLDER) : "sent";
        out.println("role-compare: mail: " + sent + plural(sent, " message") + " " + verb + ", " + already
                + " already delivered, " + failed + " failed, " + (left == 0 ? "" : left + " left (deadline), ")
                + routing.findings().size() + plural(routing.findings().size(), " finding")
                + "; recorded in " + runDir.resolve(DeliveryRecord.FILE_NAME));
        if (left > 0) {
            err.println("role-compare: mail: the delivery deadline (mail.deadline " + describe(settings.deadline()) + ") passed; "
                    + left + plural(left, " message") + " left unsent.");
        }
        if (!complete) {
            String command = retryCommand == null ? "role-compare deliver --run-date=" + run.runDate() : retryCommand;
            err.println("role-compare: reports published, delivery incomplete; `" + command + "` re-sends what was not delivered.");
        }
        return new Outcome(true, sent, already, failed, routing.findings().size(), complete, left);
    }

    /**
     * What a recipient still needs. The recipient's reports are grouped into messages as the settings
     * say; when each message is either wholly delivered or not at all, the undelivered ones are sent
     * as they are (same parts, same Message-IDs). When the grouping changed since, only the reports
     * the recipient has not had are grouped again and sent, as a follow-up.
     */
    private Plan plan(PublishedRun run, Recipients.Routing routing, DigestBuilder builder, DeliveryRecord record,
                      String status) throws IOException, MessagingException {
        String address = routing.address();
        List<PublishedRun.Report> all = routing.reports();
        List<List<PublishedRun.Report>> groups = DigestBuilder.split(all, settings.maxAttachmentBytes());
        List<PublishedRun.Report> pending = new ArrayList<>();
        for (PublishedRun.Report report : all) {
            if (!record.delivered(address, report.fileName(), builder.hash(report), status)) {
                pending.add(report);
            }
        }
        Set<PublishedRun.Report> undeliveredReports = new HashSet<>(pending);
        List<Integer> toSend = new ArrayList<>();
        int already = 0;
        boolean aligned = true;
        for (int i = 0; i < groups.size(); i++) {
            List<PublishedRun.Report> group = groups.get(i);
            long undelivered = group.isEmpty()
                    ? (record.delivered(address, DeliveryRecord.NO_REPORTS, "", status) ? 0 : 1)
                    : group.stream().filter(undeliveredReports::contains).count();
            if (undelivered == 0) {
                already++;
            } else if (undelivered == Math.max(1, group.size())) {
                toSend.add(i);
            } else {
                aligned = false;
            }
        }
        List<Digest> digests = new ArrayList<>();
        if (aligned) {
            for (int i : toSend) {
                digests.add(builder.digest(run, address, groups.get(i), i + 1, groups.size(), all.size(), 0));
            }
        } else {
            List<List<PublishedRun.Report>> rest = DigestBuilder.split(pending, settings.maxAttachmentBytes());
            for (int i = 0; i < rest.size(); i++) {
                digests.add(builder.digest(run, address, rest.get(i), i + 1, rest.size(), pending.size(),
                        all.size() - pending.size()));
            }
        }
        return new Plan(digests, already);
    }

    private DeliveryRecord.Entry attempt(Outbox outbox, Digest digest, long deadline) {
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
                if (System.nanoTime() + backoff.toNanos() - deadline >= 0) {
                    error += " (not tried again: the delivery deadline, mail.deadline, comes first)";
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
                digest.attachments(), mode(), status, attempts, error, clock.instant().toString());
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

    /** "10m", "90s", "500ms". */
    static String describe(Duration duration) {
        if (duration.toMillis() % 60_000 == 0) {
            return duration.toMinutes() + "m";
        }
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
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
