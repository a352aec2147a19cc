package org.rolecompare.delivery;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.rolecompare.jobfile.Accepts;
import org.rolecompare.jobfile.JobFile;
import org.rolecompare.jobfile.JobFileException;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.util.unit.DataSize;

/**
 * The {@code mail} section of a job file: where to send the reports, as whom, and how hard to try.
 * The password is never part of it, only the name of the environment variable holding it, so a job
 * file can be shared, committed and printed without leaking a credential. Bound by {@link JobFile};
 * the checks that involve more than one key are here.
 *
 * <p>Recipients are kept as written: an invalid address is a finding at delivery time (naming its
 * item), not a reason to refuse the whole job file. A duration written as a bare number is seconds.
 *
 * @param port    0 when left out: then the port of {@code security} (587, 465 or 25)
 * @param siteUrl the address at which the output folder is served, ending in {@code /}
 *                ({@code https://intranet.example.com/role-compare/}), or {@code null}: with it, each
 *                headline of a digest links to its report's web page, which a mail cannot do with a
 *                relative address
 */
public record MailSettings(@DefaultValue("smtp") Mode mode, String host,
                           @Accepts(value = "a port number from 1 to 65535", min = 1, max = 65535) int port,
                           @DefaultValue("starttls") Security security, String username, String passwordEnv, String from,
                           @DefaultValue(DEFAULT_SUBJECT) String subject, List<String> recipients, Path subscriptions,
                           @DefaultValue("10MB") @Accepts(value = "a size such as 10MB, 512KB or 1048576", min = 1) DataSize maxAttachmentSize,
                           @DefaultValue("3") @Accepts(value = "a whole number from 1 to 20", min = 1, max = 20) int maxAttempts,
                           @DefaultValue("2s") @DurationUnit(ChronoUnit.SECONDS)
                           @Accepts(value = "a duration such as 2s or 500ms", min = 0) Duration retryBackoff,
                           @DefaultValue("30s") @DurationUnit(ChronoUnit.SECONDS)
                           @Accepts(value = "a duration such as 30s or 2m (at least 100ms)", min = 100) Duration timeout,
                           @DefaultValue("10m") @DurationUnit(ChronoUnit.SECONDS)
                           @Accepts(value = "a duration such as 10m or 1h (at least 1000ms)", min = 1000) Duration deadline,
                           String siteUrl) {

    /** How a message leaves: over SMTP, or as an {@code .eml} file in the run folder (previews, dry runs). */
    public enum Mode { SMTP, FILE }

    /** How the SMTP connection is protected. */
    public enum Security { STARTTLS, SSL, NONE }

    static final String DEFAULT_SUBJECT = "Role comparisons for {date}: {report-count}";
    /** Subject fields: the job's name, the run date (2026-12-05), the date in words (5 December 2026), the reports as a number and in words (20 reports). */
    static final List<String> SUBJECT_FIELDS = List.of("job", "run-date", "date", "reports", "report-count");

    private static final Pattern FIELD = Pattern.compile("\\{([^}]*)}");

    /**
     * Checks what involves more than one key.
     *
     * @throws JobFileException naming the key
     */
    public MailSettings {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        boolean sending = !recipients.isEmpty() || subscriptions != null;
        if (mode == Mode.SMTP && host == null && sending) {
            throw new JobFileException("mail.host is required when mail.mode is smtp");
        }
        if (username != null && passwordEnv == null) {
            throw new JobFileException("mail.username needs mail.password-env, the environment variable holding the password");
        }
        JobFile.environmentVariable("mail.password-env", passwordEnv);
        checkFrom(from, sending);
        checkSubject(subject);
        siteUrl = siteUrl(siteUrl);
        if (port == 0) {
            port = switch (security) {
                case STARTTLS -> 587;
                case SSL -> 465;
                case NONE -> 25;
            };
        }
    }

    /** The largest attachment a message carries, in bytes. */
    public long maxAttachmentBytes() {
        return maxAttachmentSize.toBytes();
    }

    /** True when someone is to receive the reports. */
    public boolean configured() {
        return !recipients.isEmpty() || subscriptions != null;
    }

    /**
     * Why the delivery could not log in, when the job file names a password variable that is not set
     * in {@code environment}; empty when nothing is missing (no login, file mode, or the variable is set).
     * Checked before a run or {@code deliver} starts, so the operator learns it before any work is done.
     */
    public Optional<String> missingPassword(Function<String, String> environment) {
        if (!configured() || mode != Mode.SMTP || passwordEnv == null) {
            return Optional.empty();
        }
        String value = environment.apply(passwordEnv);
        if (value != null && !value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("environment variable " + passwordEnv + " (mail.password-env) is not set;"
                + " set it to the SMTP password of " + username + " before the run (with systemd: EnvironmentFile=/etc/role-compare/mail.env)");
    }

    private static void checkFrom(String from, boolean sending) {
        if (from == null) {
            if (sending) {
                throw new JobFileException("mail.from is required: the address the reports are sent from");
            }
            return;
        }
        try {
            new InternetAddress(from, true).validate();
        } catch (AddressException e) {
            throw new JobFileException("mail.from '" + from + "' is not an email address");
        }
    }

    /** The site address ending in {@code /}; an address that is not absolute http or https is refused. */
    private static String siteUrl(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String url = value.strip();
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new URISyntaxException(url, "not an http or https address");
            }
        } catch (URISyntaxException e) {
            throw new JobFileException("mail.site-url must be the http or https address the output folder is served at,"
                    + " such as https://intranet.example.com/role-compare/, not '" + value + "'");
        }
        return url.endsWith("/") ? url : url + "/";
    }

    /** The address of a file of a published run ({@code html/index.html}), or {@code null} without {@link #siteUrl}. */
    String siteAddress(String runDate, String path) {
        return siteUrl == null || path == null ? null : siteUrl + runDate + "/" + path;
    }

    private static void checkSubject(String template) {
        Matcher m = FIELD.matcher(template);
        while (m.find()) {
            if (!SUBJECT_FIELDS.contains(m.group(1))) {
                throw new JobFileException("mail.subject: unknown field {" + m.group(1) + "} (allowed: "
                        + String.join(", ", SUBJECT_FIELDS.stream().map(f -> "{" + f + "}").toList()) + ")");
            }
        }
    }
}
