package org.rolecompare.cluster;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The real PostgreSQL and RabbitMQ on loopback that the cluster tests run against (README,
 * "Cluster mode": database {@code test}, trust auth; guest/guest). Each test gets a schema and a
 * queue of its own, removed afterwards, so tests never see each other's runs.
 */
final class ClusterServices implements AutoCloseable {

    static final String DATABASE = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String USER = "postgres";

    final String schema;
    final String queue;
    private final SingleConnectionDataSource dataSource;

    private ClusterServices(String schema, String queue) throws SQLException {
        this.schema = schema;
        this.queue = queue;
        try (Connection c = DriverManager.getConnection(DATABASE, USER, ""); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        this.dataSource = new SingleConnectionDataSource(url(), USER, "", true);
    }

    static ClusterServices create() throws SQLException {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return new ClusterServices("rc_it_" + id, "role-compare.it." + id);
    }

    String url() {
        return DATABASE + "?currentSchema=" + schema;
    }

    JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    /** A job file for these services, with the given extra top-level and cluster lines. */
    String jobFile(Path input, Path output, String timeout) {
        return "name: it\n"
                + "input: " + input + "\n"
                + "output: " + output + "\n"
                + "report:\n  threads: 1\n  data-source: \"Source: cluster test\"\n"
                + "cluster:\n"
                + "  database:\n    url: " + url() + "\n    username: " + USER + "\n"
                + "  queue: " + queue + "\n"
                + "  timeout: " + timeout + "\n"
                + "  worker-stop-timeout: 30s\n";
    }

    @Override
    public void close() throws SQLException {
        dataSource.destroy();
        try (Connection c = DriverManager.getConnection(DATABASE, USER, ""); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        CachingConnectionFactory broker = new CachingConnectionFactory("127.0.0.1", 5672);
        broker.setUsername("guest");
        broker.setPassword("guest");
        try {
            new RabbitAdmin(broker).deleteQueue(queue);
        } finally {
            broker.destroy();
        }
    }
}
