package org.rolecompare.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.Function;

import org.rolecompare.cluster.ClusterSettings;

/**
 * One run at a time per database: an exclusive lock on {@code DATABASE.lock}, holding the pid of
 * its owner. The operating system releases it when the process ends, however it ends, so a crashed
 * run never blocks the next one, and a second process learns who holds it instead of meeting an
 * H2 "database in use" trace. Holding the lock also proves that any execution the job repository
 * still shows as running belongs to a process that is gone. In cluster mode the lock is a
 * PostgreSQL advisory lock instead, as managers may run on different machines.
 */
final class RunLock implements AutoCloseable {

    /** The advisory lock key of role-compare runs on a PostgreSQL database (cluster mode). */
    static final long CLUSTER_LOCK_KEY = 0x526f6c65436d70L;

    private final AutoCloseable release;

    private RunLock(AutoCloseable release) {
        this.release = release;
    }

    /** Thrown when another live process holds the lock. */
    static final class HeldException extends Exception {

        HeldException(String owner) {
            super("another run is in progress (pid " + owner + ")");
        }

        HeldException(String owner, String database) {
            super("another run is in progress on " + database + " (" + owner + ")");
        }
    }

    static RunLock acquire(Path database) throws IOException, HeldException {
        Path file = database.toAbsolutePath().normalize().resolveSibling(database.getFileName() + ".lock");
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            String owner = readOwner(channel);
            channel.close();
            throw new HeldException(owner);
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(false);
        FileLock held = lock;
        return new RunLock(() -> {
            try {
                held.release();
            } finally {
                channel.close();
            }
        });
    }

    /**
     * Cluster mode: a PostgreSQL session-level advisory lock, held by a connection of its own for as
     * long as the run lasts. PostgreSQL releases it when that connection ends, however the manager
     * ends, so a crashed manager on one machine never blocks the next run on another. The holder's
     * connection carries its pid and host as application name, which a refused run reports.
     */
    static RunLock acquire(ClusterSettings cluster, Function<String, String> environment) throws SQLException, HeldException {
        Properties props = new Properties();
        props.setProperty("user", cluster.database().username());
        props.setProperty("password", cluster.databasePassword(environment));
        props.setProperty("ApplicationName", "role-compare run, pid " + ProcessHandle.current().pid() + " on " + host());
        Connection connection = DriverManager.getConnection(cluster.databaseUrl(), props);
        boolean locked;
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, CLUSTER_LOCK_KEY);
            try (ResultSet rs = lock.executeQuery()) {
                locked = rs.next() && rs.getBoolean(1);
            }
            if (!locked) {
                String owner = owner(connection);
                connection.close();
                throw new HeldException(owner, cluster.databaseUrl());
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new RunLock(connection);
    }

    private static String owner(Connection connection) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement("SELECT a.application_name FROM pg_locks l"
                + " JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted"
                + " AND ((l.classid::bigint << 32) | l.objid::bigint) = ?")) {
            q.setLong(1, CLUSTER_LOCK_KEY);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() && rs.getString(1) != null && !rs.getString(1).isBlank() ? rs.getString(1) : "holder unknown";
            }
        }
    }

    /** This machine's name, for saying who holds a lock or which worker logs. */
    static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown host";
        }
    }

    private static String readOwner(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        int n = channel.read(buffer, 0);
        String pid = n <= 0 ? "" : new String(buffer.array(), 0, n, StandardCharsets.US_ASCII).trim();
        return pid.isEmpty() ? "unknown" : pid;
    }

    @Override
    public void close() throws Exception {
        release.close();
    }
}
