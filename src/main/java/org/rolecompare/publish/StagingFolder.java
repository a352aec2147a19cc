package org.rolecompare.publish;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Properties;

import org.rolecompare.files.AtomicFiles;

/**
 * The staging folder of one run, {@code OUTPUT/.staging/RUN-DATE-INSTANCE-RANDOM/}, its owner
 * marker beside it, {@code RUN-DATE-INSTANCE-RANDOM.owner}, and its lock file,
 * {@code RUN-DATE-INSTANCE-RANDOM.lock}.
 *
 * <p>The name and a secret token are chosen on the first execution of a job instance
 * ({@link #newToken}, {@link #name}) and kept in the job execution context (by the job's
 * {@code StagingOwnership}), which a restart of the same instance inherits, so the restart finds
 * its folder and nobody else can arrive at the same name: two job repositories writing to one
 * output folder both have a job instance 1, but never the same random part. The marker holds the
 * token, the job repository, the instance and execution, the pid and host of the process; a run
 * writes into and publishes only a folder whose marker carries its own token. While a run uses the
 * folder, its process holds a lock on the lock file (released by the operating system however the
 * process ends), which tells other runs the folder is in use. The lock is on a file of its own
 * because closing any descriptor of a file releases the process's POSIX locks on it, and the
 * marker is read by anyone.
 */
public final class StagingFolder {

    /** The folder under the output folder that holds the staging folders of all runs. */
    public static final String PARENT = ".staging";
    public static final String OWNER_SUFFIX = ".owner";
    public static final String LOCK_SUFFIX = ".lock";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final String id;
    private final String token;

    private StagingFolder(Path dir, String id, String token) {
        this.dir = dir;
        this.id = id;
        this.token = token;
    }

    /** The staging folder {@code id} under {@code outputDir}, owned by whoever holds {@code token}. */
    public static StagingFolder of(Path outputDir, String id, String token) {
        return new StagingFolder(outputDir.resolve(PARENT).resolve(id), id, token);
    }

    /** A new secret token: whoever holds it owns the folder. */
    public static String newToken() {
        byte[] secret = new byte[16];
        RANDOM.nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    /** The folder name of a run of {@code runDate} in job instance {@code jobInstanceId}, unique by its token's first characters. */
    public static String name(LocalDate runDate, long jobInstanceId, String token) {
        return runDate + "-" + jobInstanceId + "-" + token.substring(0, 8);
    }

    public Path dir() {
        return dir;
    }

    /** The folder's name, unique to the run; the published manifest records it. */
    public String id() {
        return id;
    }

    public String token() {
        return token;
    }

    public Path ownerFile() {
        return ownerFileOf(dir);
    }

    public static Path ownerFileOf(Path dir) {
        return dir.resolveSibling(dir.getFileName() + OWNER_SUFFIX);
    }

    public Path lockFile() {
        return lockFileOf(dir);
    }

    public static Path lockFileOf(Path dir) {
        return dir.resolveSibling(dir.getFileName() + LOCK_SUFFIX);
    }

    /**
     * Throws unless the folder exists and its marker carries this run's token: a run never writes
     * into, or publishes, a staging folder it did not create.
     */
    public void requireOwned() {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the staging folder " + dir + " of this run is gone (deleted by hand?), and with it"
                    + " the files of the steps that completed; the next run starts this input's run afresh");
        }
        Owner owner = Owner.read(ownerFile());
        if (owner == null || !token.equals(owner.token())) {
            throw new IllegalStateException("the staging folder " + dir + " was not created by this run (its owner marker "
                    + ownerFile() + (owner == null ? " is missing" : " names " + owner.describe()) + "); the run does not write into"
                    + " or publish it");
        }
    }

    /** What an owner marker says: a properties file beside the folder. */
    public record Owner(String token, String repository, long jobInstanceId, long jobExecutionId, long pid, String host) {

        /** This process's marker for {@code folder}, used by the given job instance and execution. */
        public static Owner of(StagingFolder folder, long jobInstanceId, long jobExecutionId, String repository) {
            return new Owner(folder.token, repository, jobInstanceId, jobExecutionId, ProcessHandle.current().pid(), localHost());
        }

        public String describe() {
            return "job instance " + jobInstanceId + " of " + repository + ", pid " + pid + " on " + host;
        }

        /** Writes the marker, replacing it whole (a crash leaves the old one or the new one), forced to disk. */
        public void writeTo(Path file) throws IOException {
            Properties p = new Properties();
            p.setProperty("token", token);
            p.setProperty("repository", repository);
            p.setProperty("job-instance", Long.toString(jobInstanceId));
            p.setProperty("job-execution", Long.toString(jobExecutionId));
            p.setProperty("pid", Long.toString(pid));
            p.setProperty("host", host);
            p.setProperty("since", OffsetDateTime.now().toString());
            AtomicFiles.write(file,
                    out -> p.store(out, "role-compare staging folder owner; the folder beside this file belongs to this run"));
        }

        /** The marker at {@code file}, or {@code null} when there is none or it cannot be read. */
        public static Owner read(Path file) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
                return new Owner(p.getProperty("token", ""), p.getProperty("repository", ""),
                        Long.parseLong(p.getProperty("job-instance", "-1")), Long.parseLong(p.getProperty("job-execution", "-1")),
                        Long.parseLong(p.getProperty("pid", "-1")), p.getProperty("host", ""));
            } catch (IOException | NumberFormatException e) {
                return null;
            }
        }

        private static String localHost() {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "unknown";
            }
        }
    }
}
