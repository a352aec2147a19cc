package org.rolecompare.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.rolecompare.cluster.ClusterSettings;

import com.rabbitmq.client.AuthenticationFailureException;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.impl.ForgivingExceptionHandler;

/**
 * Before a cluster-mode command does any work, it opens and closes one connection to the cluster's
 * PostgreSQL database and one to its RabbitMQ broker, as a worker does when it starts. A service
 * that cannot be reached is then one line naming the service, its address, the reason and the key
 * to check, instead of a driver's exception name after the whole input was ingested. The check runs
 * before logging starts, so the line is also appended to the command's log file, which exists
 * afterwards whatever went wrong.
 */
final class ClusterServicesCheck {

    private static final int TIMEOUT_MILLIS = 10_000;
    private static final int POSTGRES_PORT = 5432;
    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private ClusterServicesCheck() {
    }

    /**
     * Connects to the database, then to the broker.
     *
     * @param logFile the command's log file, which the line of a failure is appended to
     * @throws CommandFailure naming the service, its address and what to check, when one cannot be reached
     */
    static void check(ClusterSettings cluster, Function<String, String> environment, Path logFile) {
        try {
            checkDatabase(cluster, environment);
            checkBroker(cluster, environment);
        } catch (Unreachable e) {
            appendToLog(logFile, e);
            throw new CommandFailure(e.getMessage());
        }
    }

    private static void checkDatabase(ClusterSettings cluster, Function<String, String> environment) throws Unreachable {
        Properties props = new Properties();
        props.setProperty("user", cluster.database().username());
        props.setProperty("password", cluster.databasePassword(environment));
        props.setProperty("connectTimeout", Integer.toString(TIMEOUT_MILLIS / 1000));
        props.setProperty("ApplicationName", "role-compare connection check");
        try (var connection = DriverManager.getConnection(cluster.databaseUrl(), props)) {
            connection.isValid(TIMEOUT_MILLIS / 1000);
        } catch (SQLException e) {
            String address = postgresAddress(cluster.databaseUrl());
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.equals("28P01") || state.equals("28000")) {
                throw new Unreachable("PostgreSQL at " + address + " refused the login of user " + cluster.database().username()
                        + "; check cluster.database.username and password-env", e);
            }
            throw new Unreachable("cannot connect to PostgreSQL at " + address + " (" + reason(e) + "); check cluster.database.url", e);
        }
    }

    private static void checkBroker(ClusterSettings cluster, Function<String, String> environment) throws Unreachable {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(cluster.broker().host());
        factory.setPort(cluster.broker().port());
        factory.setUsername(cluster.broker().username());
        factory.setPassword(cluster.brokerPassword(environment));
        factory.setVirtualHost(cluster.broker().virtualHost());
        factory.setConnectionTimeout(TIMEOUT_MILLIS);
        factory.setHandshakeTimeout(TIMEOUT_MILLIS);
        factory.setAutomaticRecoveryEnabled(false);
        factory.setExceptionHandler(new QuietExceptionHandler());
        String address = cluster.broker().host() + ":" + cluster.broker().port();
        try {
            factory.newConnection("role-compare connection check").close();
        } catch (AuthenticationFailureException e) {
            throw new Unreachable("RabbitMQ at " + address + " refused the login of user " + cluster.broker().username()
                    + "; check cluster.broker.username and password-env", e);
        } catch (IOException | TimeoutException e) {
            throw new Unreachable("cannot connect to RabbitMQ at " + address + " (" + reason(e) + "); check cluster.broker", e);
        }
    }

    /**
     * The host:port pairs of a PostgreSQL JDBC URL as the driver reads them: {@code localhost} and
     * port 5432 where the URL leaves them out.
     */
    static String postgresAddress(String url) {
        String rest = url.substring("jdbc:postgresql:".length());
        if (!rest.startsWith("//")) {
            return "localhost:" + POSTGRES_PORT;
        }
        rest = rest.substring(2);
        int end = rest.length();
        for (char c : new char[] {'/', '?'}) {
            int i = rest.indexOf(c);
            end = i >= 0 ? Math.min(end, i) : end;
        }
        String hosts = rest.substring(0, end);
        if (hosts.isEmpty()) {
            return "localhost:" + POSTGRES_PORT;
        }
        List<String> addresses = new ArrayList<>();
        for (String host : hosts.split(",")) {
            boolean hasPort = host.lastIndexOf(':') > host.lastIndexOf(']');
            addresses.add(hasPort ? host : host + ":" + POSTGRES_PORT);
        }
        return String.join(",", addresses);
    }

    /** Why a connection failed, in a few words: the network's reason, else the deepest message's first line. */
    private static String reason(Throwable failure) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host";
            }
            if (t instanceof NoRouteToHostException) {
                return "no route to host";
            }
            if (t instanceof SocketTimeoutException || t instanceof TimeoutException) {
                return "no answer within " + TIMEOUT_MILLIS / 1000 + "s";
            }
            root = t;
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }

    /** The line and its cause, as the log file's own lines look; a log file that cannot be written is left be. */
    private static void appendToLog(Path logFile, Unreachable e) {
        Throwable cause = e.getCause();
        String text = LocalDateTime.now().format(LOG_TIME) + " ERROR [" + Thread.currentThread().getName() + "] "
                + ClusterServicesCheck.class.getName() + " - " + e.getMessage() + System.lineSeparator()
                + "    cause: " + cause.getClass().getName() + ": " + cause.getMessage() + System.lineSeparator();
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Files.writeString(logFile, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // the console has the line; a log file that cannot be written has its own message
        }
    }

    /**
     * The client's warning when the broker closes a refused login's socket would be a console line
     * before the check's own; the check reports the failure itself.
     */
    private static final class QuietExceptionHandler extends ForgivingExceptionHandler {
        @Override
        public void handleUnexpectedConnectionDriverException(Connection connection, Throwable exception) {
            // reported by the check
        }
    }

    /** A service that cannot be reached: the operator's line, the driver's exception as cause. */
    private static final class Unreachable extends Exception {
        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
