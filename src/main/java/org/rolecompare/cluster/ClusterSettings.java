package org.rolecompare.cluster;

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

/**
 * The {@code cluster} section of a job file: where the shared PostgreSQL job repository and the
 * RabbitMQ broker are, which queue carries the report partitions, and how long the manager waits
 * for them. Its presence switches the job from the embedded H2 mode to cluster mode.
 *
 * <p>Passwords are never part of it, only the names of the environment variables holding them, so
 * a job file can be committed and shared between the manager and every worker machine.
 *
 * @param databaseUrl       JDBC URL of the PostgreSQL database (job repository and staging tables)
 * @param databaseUser      its user
 * @param databasePasswordEnv environment variable with the database password, or null (no password, e.g. trust)
 * @param brokerHost        RabbitMQ host
 * @param brokerPort        RabbitMQ AMQP port
 * @param brokerUser        RabbitMQ user
 * @param brokerPasswordEnv environment variable with the broker password, or null (then only the
 *                          {@code guest} user, whose password is {@code guest}, can connect)
 * @param virtualHost       RabbitMQ virtual host
 * @param queue             the queue the manager sends partition requests to and workers take them from
 * @param timeout           how long the manager waits for all partitions before failing the run
 * @param workerStopTimeout on SIGTERM, how long a worker may finish its partitions before handing them back
 */
public record ClusterSettings(String databaseUrl, String databaseUser, String databasePasswordEnv,
                              String brokerHost, int brokerPort, String brokerUser, String brokerPasswordEnv,
                              String virtualHost, String queue, Duration timeout, Duration workerStopTimeout) {

    static final Duration DEFAULT_TIMEOUT = Duration.ofHours(4);
    static final Duration DEFAULT_WORKER_STOP_TIMEOUT = Duration.ofMinutes(2);

    private static final Set<String> KEYS = new TreeSet<>(List.of("database", "broker", "queue", "timeout", "worker-stop-timeout"));
    private static final Set<String> DATABASE_KEYS = new TreeSet<>(List.of("url", "username", "password-env"));
    private static final Set<String> BROKER_KEYS = new TreeSet<>(List.of("host", "port", "username", "password-env", "virtual-host"));
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern QUEUE = Pattern.compile("[A-Za-z0-9._:-]{1,200}");

    /** A problem with the section, worded with the key it is about. */
    public static final class InvalidException extends IllegalArgumentException {
        InvalidException(String message) {
            super(message);
        }
    }

    /**
     * Reads the section.
     *
     * @param section the {@code cluster} map of the job file
     * @param jobName the job's name, which names the default queue
     * @throws InvalidException naming the key of an unknown key or a bad value
     */
    public static ClusterSettings parse(Map<String, Object> section, String jobName) {
        checkKeys("cluster.", section, KEYS);
        Map<String, Object> database = map(section, "database");
        checkKeys("cluster.database.", database, DATABASE_KEYS);
        Map<String, Object> broker = section.containsKey("broker") ? map(section, "broker") : Map.of();
        checkKeys("cluster.broker.", broker, BROKER_KEYS);
        String url = text(database, "url", null);
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new InvalidException("cluster.database.url must be a PostgreSQL JDBC URL such as"
                    + " jdbc:postgresql://127.0.0.1:5432/rolecompare, not '" + (url == null ? "" : url) + "'");
        }
        String queue = text(section, "queue", "role-compare." + jobName + ".partitions");
        if (!QUEUE.matcher(queue).matches()) {
            throw new InvalidException("cluster.queue must be 1 to 200 letters, digits or . _ : -, not '" + queue + "'");
        }
        return new ClusterSettings(url, text(database, "username", "postgres"), envName("cluster.database.password-env", database),
                text(broker, "host", "127.0.0.1"), port(broker), text(broker, "username", "guest"),
                envName("cluster.broker.password-env", broker), text(broker, "virtual-host", "/"), queue,
                duration("cluster.timeout", section.get("timeout"), DEFAULT_TIMEOUT),
                duration("cluster.worker-stop-timeout", section.get("worker-stop-timeout"), DEFAULT_WORKER_STOP_TIMEOUT));
    }

    /**
     * The database password from the environment: empty when no variable is named.
     *
     * @throws InvalidException when the named variable is not set
     */
    public String databasePassword(Function<String, String> environment) {
        return secret("cluster.database.password-env", databasePasswordEnv, environment, "");
    }

    /** The broker password from the environment; {@code guest} for the guest user when no variable is named. */
    public String brokerPassword(Function<String, String> environment) {
        return secret("cluster.broker.password-env", brokerPasswordEnv, environment, "guest".equals(brokerUser) ? "guest" : "");
    }

    /** Where this cluster's services are, for log lines and messages (no passwords). */
    public String describe() {
        return "database " + databaseUrl + " as " + databaseUser + ", broker " + brokerUser + "@" + brokerHost + ":" + brokerPort
                + virtualHost + ", queue " + queue;
    }

    private static String secret(String key, String env, Function<String, String> environment, String fallback) {
        if (env == null) {
            return fallback;
        }
        String value = environment.apply(env);
        if (value == null) {
            throw new InvalidException(key + " names " + env + ", but that environment variable is not set");
        }
        return value;
    }

    private static void checkKeys(String prefix, Map<String, Object> map, Set<String> allowed) {
        for (String key : map.keySet()) {
            if (key.equals("password")) {
                throw new InvalidException(prefix + "password is not allowed: a password never goes into a job file;"
                        + " name the environment variable holding it with " + prefix + "password-env");
            }
            if (!allowed.contains(key)) {
                throw new InvalidException("unknown key '" + prefix + key + "' (allowed: " + String.join(", ", allowed) + ")");
            }
        }
    }

    private static Map<String, Object> map(Map<String, Object> section, String key) {
        Object value = section.get(key);
        if (!(value instanceof Map<?, ?> m)) {
            throw new InvalidException("cluster." + key + " must be a section of keys" + (value == null ? " (it is required)" : ""));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        m.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    private static String text(Map<String, Object> map, String key, String fallback) {
        Object v = map.get(key);
        return v == null || String.valueOf(v).isBlank() ? fallback : String.valueOf(v).trim();
    }

    private static String envName(String key, Map<String, Object> map) {
        String name = text(map, "password-env", null);
        if (name != null && !ENV_NAME.matcher(name).matches()) {
            throw new InvalidException(key + " must be the name of an environment variable, not '" + name + "'");
        }
        return name;
    }

    private static int port(Map<String, Object> broker) {
        Object value = broker.get("port");
        if (value == null) {
            return 5672;
        }
        try {
            int port = Integer.parseInt(String.valueOf(value).trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new InvalidException("cluster.broker.port must be a port number from 1 to 65535, not '" + value + "'");
        }
    }

    /** A duration as a job file writes it: {@code 4h}, {@code 90m}, {@code 30s}, {@code 500ms}. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    /** {@code 90s}, {@code 30m}, {@code 4h} or {@code 500ms}. */
    static Duration duration(String key, Object value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        Matcher m = DURATION.matcher(String.valueOf(value).trim());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new InvalidException(key + " must be a duration such as 90s, 30m or 4h, not '" + value + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }

    /**
     * The Spring properties of a cluster context: the PostgreSQL data source and the broker. Passed
     * on the command line of the context, so they take precedence over application.properties.
     */
    public List<String> springArguments(Function<String, String> environment) {
        List<String> args = new ArrayList<>();
        args.add("--spring.datasource.url=" + databaseUrl);
        args.add("--spring.datasource.username=" + databaseUser);
        args.add("--spring.datasource.password=" + databasePassword(environment));
        args.add("--spring.rabbitmq.host=" + brokerHost);
        args.add("--spring.rabbitmq.port=" + brokerPort);
        args.add("--spring.rabbitmq.username=" + brokerUser);
        args.add("--spring.rabbitmq.password=" + brokerPassword(environment));
        args.add("--spring.rabbitmq.virtual-host=" + virtualHost);
        args.add("--rolecompare.cluster.queue=" + queue);
        args.add("--rolecompare.cluster.timeout=" + timeout.toMillis() + "ms");
        args.add("--rolecompare.cluster.worker-stop-timeout=" + workerStopTimeout.toMillis() + "ms");
        return args;
    }
}
