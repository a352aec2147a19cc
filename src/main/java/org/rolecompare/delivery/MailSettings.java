package org.rolecompare.delivery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * The {@code mail} section of a job file: where to send the reports, as whom, and how hard to try.
 * The password is never part of it, only the name of the environment variable holding it, so a job
 * file can be shared, committed and printed without leaking a credential.
 *
 * <p>Recipients are kept as written: an invalid address is a finding at delivery time (naming its
 * item), not a reason to refuse the whole job file.
 */
public record MailSettings(Mode mode, String host, int port, Security security, String username,
                           String passwordEnv, String from, String subject, List<String> recipients,
                           Path subscriptions, long maxAttachmentBytes, int maxAttempts, Duration retryBackoff,
                           Duration timeout, Duration deadline) {

    /** How a message leaves: over SMTP, or as an {@code .eml} file in the run folder (previews, dry runs). */
    public enum Mode { SMTP, FILE }

    /** How the SMTP connection is protected. */
    public enum Security { STARTTLS, SSL, NONE }

    static final String DEFAULT_SUBJECT = "Role comparisons for {date}: {report-count}";
    static final long DEFAULT_MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;
    static final int DEFAULT_MAX_ATTEMPTS = 3;
    static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofSeconds(2);
    /** Connect, read and write timeout of one SMTP connection. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** How long a whole delivery may take; past it the rest is left for {@code deliver}. */
    static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(10);
    /** Subject fields: the job's name, the run date (2026-12-05), the date in words (5 December 2026), the reports as a number and in words (20 reports). */
    static final List<String> SUBJECT_FIELDS = List.of("job", "run-date", "date", "reports", "report-count");

    private static final Set<String> KEYS = new TreeSet<>(List.of("mode", "host", "port", "security", "username",
            "password-env", "from", "subject", "recipients", "subscriptions", "max-attachment-size", "max-attempts",
            "retry-backoff", "timeout", "deadline"));
    private static final Pattern FIELD = Pattern.compile("\\{([^}]*)}");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|MB|GB)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(MS|S|M|H)?", Pattern.CASE_INSENSITIVE);

    public MailSettings {
        recipients = List.copyOf(recipients);
    }

    /** A job file's value that cannot be used; the message names the key. */
    public static final class InvalidException extends IllegalArgumentException {
        InvalidException(String message) {
            super(message);
        }
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
    public java.util.Optional<String> missingPassword(Function<String, String> environment) {
        if (!configured() || mode != Mode.SMTP || passwordEnv == null) {
            return java.util.Optional.empty();
        }
        String value = environment.apply(passwordEnv);
        if (value != null && !value.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("environment variable " + passwordEnv + " (mail.password-env) is not set;"
                + " set it to the SMTP password of " + username + " before the run (with systemd: EnvironmentFile=/etc/role-compare/mail.env)");
    }

    /**
     * Reads the {@code mail} section of a job file (keys as in the README).
     *
     * @throws InvalidException naming the key of an unknown key or a bad value
     */
    public static MailSettings parse(Map<String, Object> section) {
        Map<String, Object> map = new LinkedHashMap<>(section);
        if (map.containsKey("password")) {
            throw new InvalidException("mail.password is not allowed: a password never goes into a job file;"
                    + " name the environment variable holding it with mail.password-env");
        }
        for (String key : map.keySet()) {
            if (!KEYS.contains(key)) {
                throw new InvalidException("unknown key 'mail." + key + "' (allowed: " + String.join(", ", KEYS) + ")");
            }
        }
        Mode mode = choice(map, "mode", Mode.class, Mode.SMTP);
        Security security = choice(map, "security", Security.class, Security.STARTTLS);
        String host = text(map, "host");
        if (mode == Mode.SMTP && host == null && (map.containsKey("recipients") || map.containsKey("subscriptions"))) {
            throw new InvalidException("mail.host is required when mail.mode is smtp");
        }
        String username = text(map, "username");
        String passwordEnv = text(map, "password-env");
        if (username != null && passwordEnv == null) {
            throw new InvalidException("mail.username needs mail.password-env, the environment variable holding the password");
        }
        if (passwordEnv != null && !passwordEnv.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new InvalidException("mail.password-env must be the name of an environment variable, not '" + passwordEnv + "'");
        }
        String subject = text(map, "subject");
        String subscriptions = text(map, "subscriptions");
        return new MailSettings(mode, host, port(map, security), security, username, passwordEnv, from(map),
                subject(subject == null ? DEFAULT_SUBJECT : subject), recipients(map.get("recipients")),
                subscriptions == null ? null : Path.of(subscriptions),
                size(text(map, "max-attachment-size")), attempts(text(map, "max-attempts")),
                duration(map, "retry-backoff", DEFAULT_RETRY_BACKOFF, Duration.ZERO, "2s or 500ms"),
                duration(map, "timeout", DEFAULT_TIMEOUT, Duration.ofMillis(100), "30s or 2m"),
                duration(map, "deadline", DEFAULT_DEADLINE, Duration.ofSeconds(1), "10m or 1h"));
    }

    private static <E extends Enum<E>> E choice(Map<String, Object> map, String key, Class<E> type, E fallback) {
        String value = text(map, key);
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name().toLowerCase(Locale.ROOT));
            }
            throw new InvalidException("mail." + key + " must be " + String.join(", ", allowed) + ", not '" + value + "'");
        }
    }

    private static int port(Map<String, Object> map, Security security) {
        String value = text(map, "port");
        if (value == null) {
            return switch (security) {
                case STARTTLS -> 587;
                case SSL -> 465;
                case NONE -> 25;
            };
        }
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new InvalidException("mail.port must be a port number from 1 to 65535, not '" + value + "'");
        }
    }

    private static String from(Map<String, Object> map) {
        String value = text(map, "from");
        if (value == null) {
            if (map.containsKey("recipients") || map.containsKey("subscriptions")) {
                throw new InvalidException("mail.from is required: the address the reports are sent from");
            }
            return null;
        }
        try {
            new InternetAddress(value, true).validate();
            return value;
        } catch (AddressException e) {
            throw new InvalidException("mail.from '" + value + "' is not an email address");
        }
    }

    private static String subject(String template) {
        Matcher m = FIELD.matcher(template);
        while (m.find()) {
            if (!SUBJECT_FIELDS.contains(m.group(1))) {
                throw new InvalidException("mail.subject: unknown field {" + m.group(1) + "} (allowed: "
                        + String.join(", ", SUBJECT_FIELDS.stream().map(f -> "{" + f + "}").toList()) + ")");
            }
        }
        return template;
    }

    private static List<String> recipients(Object value) {
        if (value == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                result.add(item == null ? "" : String.valueOf(item).trim());
            }
        } else {
            for (String item : String.valueOf(value).split(",")) {
                result.add(item.trim());
            }
        }
        return result;
    }

    private static long size(String value) {
        if (value == null) {
            return DEFAULT_MAX_ATTACHMENT_BYTES;
        }
        Matcher m = SIZE.matcher(value);
        if (!m.matches() || Long.parseLong(m.group(1)) < 1) {
            throw new InvalidException("mail.max-attachment-size must be a size such as 10MB, 512KB or 1048576, not '" + value + "'");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
        return switch (unit) {
            case "KB" -> n * 1024;
            case "MB" -> n * 1024 * 1024;
            case "GB" -> n * 1024 * 1024 * 1024;
            default -> n;
        };
    }

    private static int attempts(String value) {
        if (value == null) {
            return DEFAULT_MAX_ATTEMPTS;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < 1 || n > 20) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidException("mail.max-attempts must be a whole number from 1 to 20, not '" + value + "'");
        }
    }

    /** A duration such as {@code 2s}, {@code 500ms}, {@code 10m} or {@code 1h} (a bare number is seconds), at least {@code min}. */
    private static Duration duration(Map<String, Object> map, String key, Duration fallback, Duration min, String examples) {
        String value = text(map, key);
        if (value == null) {
            return fallback;
        }
        Matcher m = DURATION.matcher(value);
        Duration result = null;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "S" : m.group(2).toUpperCase(Locale.ROOT);
            result = switch (unit) {
                case "MS" -> Duration.ofMillis(n);
                case "M" -> Duration.ofMinutes(n);
                case "H" -> Duration.ofHours(n);
                default -> Duration.ofSeconds(n);
            };
        }
        if (result == null || result.compareTo(min) < 0) {
            throw new InvalidException("mail." + key + " must be a duration such as " + examples
                    + (min.isZero() ? "" : " (at least " + min.toMillis() + "ms)") + ", not '" + value + "'");
        }
        return result;
    }

    private static String text(Map<String, Object> map, String key) {
        Object v = map.get(key);
        if (v == null) {
            return null;
        }
        String s = String.valueOf(v).trim();
        return s.isEmpty() ? null : s;
    }
}
