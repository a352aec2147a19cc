package org.rolecompare.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.cli.RoleCompareCommand;

/**
 * A manager or worker whose database answers but whose broker does not (a wrong port) or refuses
 * the login: the command must say so and exit 1 before it ingests anything, rather than ingest the
 * whole input, claim it sent the partitions and fail afterwards. Needs the real PostgreSQL on
 * loopback (README, "Cluster mode"); tagged {@code cluster}: run with {@code mvn -B test -Pcluster}.
 */
@Tag("cluster")
class ClusterBrokerCheckTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    private ClusterServices services;
    private final StringWriter console = new StringWriter();

    @BeforeEach
    void services() throws Exception {
        services = ClusterServices.create();
    }

    @AfterEach
    void stop() throws Exception {
        services.close();
    }

    @Test
    void aManagerChecksTheBrokerPortBeforeItIngests() throws IOException {
        // given
        int port = ClusterStartupTests.freePort();
        Path job = jobFile("  broker:\n    port: " + port + "\n");

        // when
        int code = cli("run", "--job=" + job, "--run-date=2026-11-27");

        // then
        String line = "cannot connect to RabbitMQ at 127.0.0.1:" + port + " (connection refused); check cluster.broker";
        assertThat(code).isEqualTo(1);
        assertThat(console.toString()).contains("role-compare: " + line).doesNotContain("starting the").doesNotContain("partitions");
        assertThat(Files.readString(root.resolve("output/logs/role-compare.log"))).contains(line);
    }

    @Test
    void aManagerChecksTheBrokerLoginBeforeItIngests() throws IOException {
        // given
        Path job = jobFile("  broker:\n    username: role-compare-nobody\n");

        // when
        int code = cli("run", "--job=" + job, "--run-date=2026-11-27");

        // then
        assertThat(code).isEqualTo(1);
        assertThat(console.toString())
                .contains("role-compare: RabbitMQ at 127.0.0.1:5672 refused the login of user role-compare-nobody;"
                        + " check cluster.broker.username and password-env")
                .doesNotContain("starting the");
    }

    @Test
    void aWorkerNamesTheBrokerItCannotReach() throws IOException {
        // given
        int port = ClusterStartupTests.freePort();
        Path job = jobFile("  broker:\n    port: " + port + "\n");

        // when
        int code = cli("worker", "--job=" + job, "--name=w1");

        // then
        String line = "cannot connect to RabbitMQ at 127.0.0.1:" + port + " (connection refused); check cluster.broker";
        assertThat(code).isEqualTo(1);
        assertThat(console.toString()).contains("role-compare: " + line).doesNotContain("is taking report partitions");
        assertThat(Files.readString(root.resolve("output/logs/worker-w1.log"))).contains(line);
    }

    /** The services' job file with a small generated input and the given broker lines. */
    private Path jobFile(String brokerLines) throws IOException {
        Path input = root.resolve("input");
        int generated = RoleCompareCommand.execute(CLOCK, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "generate", "--roles=20", "--comparisons=20", "--seed=3", "--output=" + input);
        assertThat(generated).isZero();
        Path file = root.resolve("cluster.yml");
        Files.writeString(file, services.jobFile(input, root.resolve("output"), "1m") + brokerLines);
        return file;
    }

    private int cli(String... args) {
        PrintWriter writer = new PrintWriter(console, true);
        return RoleCompareCommand.execute(CLOCK, writer, writer, args);
    }
}
