package org.rolecompare.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.cli.RoleCompareCommand;

/**
 * How {@code run} and {@code worker} start in cluster mode when the job file points at a service
 * that is not there, or names a password variable that is not set. An operator must learn which
 * service, at which address, and which key to check, before any work is done and also from the log
 * file, since a nightly manager's console is rarely read. Uses a port nothing listens on, so these
 * tests need no running services.
 */
class ClusterStartupTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneOffset.UTC);
    private static final String UNSET = "ROLE_COMPARE_TEST_UNSET_7Q2X";

    @TempDir
    Path root;

    private final StringWriter console = new StringWriter();

    @Test
    void aManagerNamesTheDatabaseItCannotReachAndLogsIt() throws IOException {
        // given
        int port = freePort();
        Path job = jobFile("  database:\n    url: jdbc:postgresql://127.0.0.1:" + port + "/test\n");

        // when
        int code = cli("run", "--job=" + job);

        // then
        String line = "cannot connect to PostgreSQL at 127.0.0.1:" + port + " (connection refused); check cluster.database.url";
        assertThat(code).isEqualTo(1);
        assertThat(console.toString()).contains("role-compare: " + line).doesNotContain("ConnectException");
        assertThat(Files.readString(root.resolve("output/logs/role-compare.log"))).contains(line);
    }

    @Test
    void aWorkerNamesTheDatabaseItCannotReachAndLogsIt() throws IOException {
        // given
        int port = freePort();
        Path job = jobFile("  database:\n    url: jdbc:postgresql://127.0.0.1:" + port + "/test\n");

        // when
        int code = cli("worker", "--job=" + job, "--name=w1");

        // then
        String line = "cannot connect to PostgreSQL at 127.0.0.1:" + port + " (connection refused); check cluster.database.url";
        assertThat(code).isEqualTo(1);
        assertThat(console.toString()).contains("role-compare: " + line);
        assertThat(Files.readString(root.resolve("output/logs/worker-w1.log"))).contains(line);
    }

    @Test
    void aManagerWithAnUnsetDatabasePasswordVariableIsAUsageError() throws IOException {
        // given
        Path job = jobFile("  database:\n    url: jdbc:postgresql://127.0.0.1:" + freePort() + "/test\n    password-env: " + UNSET + "\n");

        // when
        int code = cli("run", "--job=" + job);

        // then
        assertThat(code).isEqualTo(64);
        assertThat(console.toString()).contains("cluster.database.password-env names " + UNSET + ", but that environment variable is not set")
                .doesNotContain("InvalidException");
        assertThat(root.resolve("output")).doesNotExist();
    }

    @Test
    void aWorkerWithAnUnsetBrokerPasswordVariableIsAUsageError() throws IOException {
        // given
        Path job = jobFile("  database:\n    url: jdbc:postgresql://127.0.0.1:" + freePort() + "/test\n"
                + "  broker:\n    username: rc\n    password-env: " + UNSET + "\n");

        // when
        int code = cli("worker", "--job=" + job);

        // then
        assertThat(code).isEqualTo(64);
        assertThat(console.toString()).contains("cluster.broker.password-env names " + UNSET + ", but that environment variable is not set")
                .doesNotContain("InvalidException");
    }

    private Path jobFile(String clusterLines) throws IOException {
        Path input = Files.createDirectories(root.resolve("input"));
        Path file = root.resolve("cluster.yml");
        Files.writeString(file, "name: startup\ninput: " + input + "\noutput: " + root.resolve("output") + "\n"
                + "cluster:\n" + clusterLines);
        return file;
    }

    private int cli(String... args) {
        PrintWriter writer = new PrintWriter(console, true);
        return RoleCompareCommand.execute(CLOCK, writer, writer, args);
    }

    /** A port nothing listens on: one the system just handed out and that is closed again. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
