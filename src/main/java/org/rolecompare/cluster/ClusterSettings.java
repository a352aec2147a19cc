package org.rolecompare.cluster;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.rolecompare.jobfile.Accepts;
import org.rolecompare.jobfile.JobFile;
import org.rolecompare.jobfile.JobFileException;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * The {@code cluster} section of a job file: where the shared PostgreSQL job repository and the
 * RabbitMQ broker are, which queue carries the report partitions, and how long the manager waits
 * for them. Its presence switches the job from the embedded H2 mode to cluster mode. Bound by
 * {@link JobFile}; a duration written as a bare number is seconds.
 *
 * <p>Passwords are never part of it, only the names of the environment variables holding them, so
 * a job file can be committed and shared between the manager and every worker machine.
 *
 * @param database          the PostgreSQL database (job repository and staging tables); required
 * @param broker            the RabbitMQ broker
 * @param queue             the queue the manager sends partition requests to and workers take them from;
 *                          null until {@link #forJob} names the job's default
 * @param timeout           how long the manager waits for all partitions before failing the run
 * @param workerStopTimeout on SIGTERM, how long a worker may finish its partitions before handing them back
 */
public record ClusterSettings(Database database, @DefaultValue Broker broker, String queue,
                              @DefaultValue("4h") @DurationUnit(ChronoUnit.SECONDS) @Accepts(value = DURATION, min = 1) Duration timeout,
                              @DefaultValue("2m") @DurationUnit(ChronoUnit.SECONDS) @Accepts(value = DURATION, min = 1) Duration workerStopTimeout) {

    private static final String DURATION = "a duration such as 90s, 30m or 4h";
    private static final Pattern QUEUE = Pattern.compile("[A-Za-z0-9._:-]{1,200}");

    /**
     * @param url         JDBC URL of the PostgreSQL database
     * @param passwordEnv environment variable with the database password, or null (no password, e.g. trust)
     */
    public record Database(String url, @DefaultValue("postgres") String username, String passwordEnv) {

        public Database {
            if (url == null || !url.startsWith("jdbc:postgresql:")) {
                throw new JobFileException("cluster.database.url must be a PostgreSQL JDBC URL such as"
                        + " jdbc:postgresql://127.0.0.1:5432/rolecompare, not '" + (url == null ? "" : url) + "'");
            }
            JobFile.environmentVariable("cluster.database.password-env", passwordEnv);
        }
    }

    /**
     * @param passwordEnv environment variable with the broker password, or null (then only the
     *                    {@code guest} user, whose password is {@code guest}, can connect)
     */
    public record Broker(@DefaultValue("127.0.0.1") String host,
                         @DefaultValue("5672") @Accepts(value = "a port number from 1 to 65535", min = 1, max = 65535) int port,
                         @DefaultValue("guest") String username, String passwordEnv, @DefaultValue("/") String virtualHost) {

        public Broker {
            JobFile.environmentVariable("cluster.broker.password-env", passwordEnv);
        }
    }

    /** A problem with the section found after it was read (a password variable that is not set), worded with its key. */
    public static final class InvalidException extends IllegalArgumentException {
        InvalidException(String message) {
            super(message);
        }
    }

    public ClusterSettings {
        if (database == null) {
            throw new JobFileException("cluster.database must be a section of keys (it is required)");
        }
        if (queue != null && !QUEUE.matcher(queue).matches()) {
            throw new JobFileException("cluster.queue must be 1 to 200 letters, digits or . _ : -, not '" + queue + "'");
        }
    }

    /** These settings with the queue named after {@code jobName} when the section names none. */
    public ClusterSettings forJob(String jobName) {
        return queue != null ? this
                : new ClusterSettings(database, broker, "role-compare." + jobName + ".partitions", timeout, workerStopTimeout);
    }

    /** The database's JDBC URL, which messages name. */
    public String databaseUrl() {
        return database.url();
    }

    /**
     * The database password from the environment: empty when no variable is named.
     *
     * @throws InvalidException when the named variable is not set
     */
    public String databasePassword(Function<String, String> environment) {
        return secret("cluster.database.password-env", database.passwordEnv(), environment, "");
    }

    /** The broker password from the environment; {@code guest} for the guest user when no variable is named. */
    public String brokerPassword(Function<String, String> environment) {
        return secret("cluster.broker.password-env", broker.passwordEnv(), environment, "guest".equals(broker.username()) ? "guest" : "");
    }

    /** Where this cluster's services are, for log lines and messages (no passwords). */
    public String describe() {
        return "database " + databaseUrl() + " as " + database.username() + ", broker " + broker.username() + "@" + broker.host()
                + ":" + broker.port() + broker.virtualHost() + ", queue " + queue;
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

    /**
     * The Spring properties of a cluster context: the PostgreSQL data source and the broker. Passed
     * on the command line of the context, so they take precedence over application.properties.
     */
    public List<String> springArguments(Function<String, String> environment) {
        List<String> args = new ArrayList<>();
        args.add("--spring.datasource.url=" + databaseUrl());
        args.add("--spring.datasource.username=" + database.username());
        args.add("--spring.datasource.password=" + databasePassword(environment));
        args.add("--spring.rabbitmq.host=" + broker.host());
        args.add("--spring.rabbitmq.port=" + broker.port());
        args.add("--spring.rabbitmq.username=" + broker.username());
        args.add("--spring.rabbitmq.password=" + brokerPassword(environment));
        args.add("--spring.rabbitmq.virtual-host=" + broker.virtualHost());
        args.add("--rolecompare.cluster.queue=" + queue);
        args.add("--rolecompare.cluster.timeout=" + timeout.toMillis() + "ms");
        args.add("--rolecompare.cluster.worker-stop-timeout=" + workerStopTimeout.toMillis() + "ms");
        return args;
    }
}
