package org.rolecompare.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.rolecompare.files.Durability;
import org.rolecompare.publish.RunPublisher;
import org.rolecompare.publish.StagingFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/**
 * Who owns which folder of {@code OUTPUT/.staging/}. Before a comparison job executes, it gives a
 * new job instance a staging folder of its own (see {@link StagingFolder}) or lets a restart claim
 * the folder its instance created, and holds the lock on the folder's owner marker until the job
 * ends. Before a run starts, {@link #removeAbandoned} deletes the staging folders nobody can use
 * any more.
 */
@Component
public class StagingOwnership implements JobExecutionListener {

    /** Job execution context keys: the staging folder's name, and the owner token. */
    static final String ID_KEY = "role-compare.staging.id";
    static final String TOKEN_KEY = "role-compare.staging.token";

    private static final Logger log = LoggerFactory.getLogger("role-compare");

    private final JobRepository repository;
    private final String repositoryId;
    private final Map<Long, FileChannel> held = new ConcurrentHashMap<>();

    StagingOwnership(JobRepository repository, DataSource dataSource) {
        this.repository = repository;
        this.repositoryId = repositoryId(dataSource);
    }

    /** The staging folder assigned to an execution's job instance, if one was. */
    public static Optional<Path> stagingFolderOf(JobExecution execution) {
        return Optional.ofNullable(folderOf(execution)).map(StagingFolder::dir);
    }

    /** The folder assigned to this execution's job instance, or {@code null} when none was assigned yet. */
    static StagingFolder folderOf(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        String output = execution.getJobParameters().getString(JobParameterNames.OUTPUT_DIR);
        if (!context.containsKey(ID_KEY) || output == null || output.isEmpty()) {
            return null;
        }
        return StagingFolder.of(Path.of(output), context.getString(ID_KEY), context.getString(TOKEN_KEY));
    }

    /** Chooses a new folder name and token for the execution's job instance and records them in its context. */
    private static StagingFolder assign(JobExecution execution) {
        String token = StagingFolder.newToken();
        String id = StagingFolder.name(execution.getJobParameters().getLocalDate(JobParameterNames.RUN_DATE), execution.getJobInstanceId(),
                token);
        execution.getExecutionContext().putString(ID_KEY, id);
        execution.getExecutionContext().putString(TOKEN_KEY, token);
        return folderOf(execution);
    }

    /** The job repository as the markers name it: its JDBC URL without options. */
    static String repositoryId(DataSource dataSource) {
        String url = dataSource instanceof HikariDataSource h && h.getJdbcUrl() != null ? h.getJdbcUrl() : String.valueOf(dataSource);
        int options = url.indexOf(';');
        return options < 0 ? url : url.substring(0, options);
    }

    @Override
    public void beforeJob(JobExecution execution) {
        try {
            StagingFolder folder = folderOf(execution);
            if (folder == null) {
                folder = assign(execution);
                repository.updateExecutionContext(execution);
                create(folder, execution);
            } else {
                claim(folder, execution);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the staging folder: " + e.getMessage(), e);
        }
    }

    /** The lock, then the marker, then the folder: a folder without a marker is never one being created. */
    private void create(StagingFolder folder, JobExecution execution) throws IOException {
        Path parent = Files.createDirectories(folder.dir().getParent());
        FileChannel channel = FileChannel.open(folder.lockFile(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        if (tryLock(channel) == null) {
            channel.close();
            throw new IllegalStateException("cannot lock the new staging folder's lock file " + folder.lockFile());
        }
        held.put(execution.getId(), channel);
        StagingFolder.Owner.of(folder, execution.getJobInstanceId(), execution.getId(), repositoryId).writeTo(folder.ownerFile());
        Files.createDirectory(folder.dir());
        Durability.syncFolder(parent);
    }

    /** A restart: take the lock of the folder its instance created, if its marker is still there and names this run. */
    private void claim(StagingFolder folder, JobExecution execution) throws IOException {
        if (!Files.exists(folder.ownerFile())) {
            // published already (the publish step verifies that) or gone (the steps that need it say so)
            return;
        }
        FileChannel channel = FileChannel.open(folder.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (tryLock(channel) == null) {
            channel.close();
            throw new IllegalStateException("the staging folder " + folder.dir() + " is in use by another process");
        }
        StagingFolder.Owner owner = StagingFolder.Owner.read(folder.ownerFile());
        if (owner == null || !folder.token().equals(owner.token())) {
            channel.close();
            throw new IllegalStateException("the staging folder " + folder.dir() + " was not created by this run ("
                    + (owner == null ? "its owner marker cannot be read" : "its owner marker names " + owner.describe()) + ")");
        }
        held.put(execution.getId(), channel);
        StagingFolder.Owner.of(folder, execution.getJobInstanceId(), execution.getId(), repositoryId).writeTo(folder.ownerFile());
    }

    @Override
    public void afterJob(JobExecution execution) {
        FileChannel channel = held.remove(execution.getId());
        try {
            if (channel != null) {
                channel.close();
            }
            StagingFolder folder = folderOf(execution);
            if (execution.getStatus() == BatchStatus.COMPLETED && folder != null) {
                // the folder was published; an empty one is what a verified re-publish leaves
                if (Files.isDirectory(folder.dir()) && isEmpty(folder.dir())) {
                    Files.delete(folder.dir());
                }
                Files.deleteIfExists(folder.ownerFile());
                Files.deleteIfExists(folder.lockFile());
            }
        } catch (IOException e) {
            log.warn("could not release the staging folder of execution {}: {}", execution.getId(), e.getMessage());
        }
    }

    /**
     * Deletes the folders of {@code OUTPUT/.staging/} that are abandoned, with a log line naming
     * each, and the markers of folders that are gone. A folder is abandoned when no live process
     * holds the lock on its marker and it is not owned by an execution that can still restart:
     * <ul>
     * <li>a marker naming this job repository: abandoned unless its job instance's last execution
     * is failed or stopped (restartable) and carries the marker's token;</li>
     * <li>a marker naming another job repository: kept while that repository exists (an H2 file
     * that is gone, e.g. a database deleted to start over, means abandoned);</li>
     * <li>no marker: abandoned (left by a version that wrote none; a marker is always written before
     * its folder).</li>
     * </ul>
     * A marker and lock file whose folder is gone are deleted too, when not locked.
     */
    public void removeAbandoned(Path outputDir) throws IOException {
        Path parent = outputDir.resolve(StagingFolder.PARENT);
        if (!Files.isDirectory(parent)) {
            return;
        }
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> entries = Files.list(parent)) {
            entries.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("."))
                    .map(StagingOwnership::folderName)
                    .forEach(names::add);
        }
        for (String name : names) {
            Path dir = parent.resolve(name);
            Path marker = StagingFolder.ownerFileOf(dir);
            Path lockFile = StagingFolder.lockFileOf(dir);
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                if (tryLock(channel) == null) {
                    log.info("staging: kept {}: in use by a running process", dir);
                    continue;
                }
                // a marker whose folder is gone guards nothing (a restart of its run needs only the execution context)
                String why = !Files.isDirectory(dir) ? "no folder"
                        : Files.exists(marker) ? abandonedBecause(StagingFolder.Owner.read(marker)) : "it has no owner marker";
                if (why == null) {
                    continue;
                }
                boolean hadFolder = Files.isDirectory(dir);
                RunPublisher.deleteTree(dir);
                Files.deleteIfExists(marker);
                Files.delete(lockFile);
                if (hadFolder) {
                    log.info("staging: removed abandoned staging folder {} ({})", dir, why);
                }
            }
        }
        Durability.syncFolder(parent);
    }

    /** Why the marker's folder is abandoned, or {@code null} when its run may still need it (a log line says why). */
    private String abandonedBecause(StagingFolder.Owner owner) {
        if (owner == null) {
            return "its owner marker cannot be read";
        }
        if (!owner.repository().equals(repositoryId)) {
            if (repositoryExists(owner.repository())) {
                log.info("staging: kept the staging folder of job instance {} of another job repository, {}", owner.jobInstanceId(),
                        owner.repository());
                return null;
            }
            return "its job repository " + owner.repository() + " no longer exists";
        }
        JobInstance instance = repository.getJobInstance(owner.jobInstanceId());
        JobExecution last = instance == null ? null : repository.getLastJobExecution(instance);
        if (last == null) {
            return "job instance " + owner.jobInstanceId() + " is not in this job repository";
        }
        boolean restartable = last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED
                || last.getStatus() == BatchStatus.UNKNOWN;
        if (!owner.token().equals(tokenOf(last))) {
            return "job instance " + owner.jobInstanceId() + " of this job repository is another run (a database started over?)";
        }
        if (!restartable) {
            return "its run, job instance " + owner.jobInstanceId() + ", ended " + last.getStatus() + " and will not restart";
        }
        log.info("staging: kept the staging folder of job instance {}, which can restart (its last execution {} is {})",
                owner.jobInstanceId(), last.getId(), last.getStatus());
        return null;
    }

    private String tokenOf(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        if (!context.containsKey(TOKEN_KEY)) {
            context = repository.getJobExecution(execution.getId()).getExecutionContext();
        }
        return context.containsKey(TOKEN_KEY) ? context.getString(TOKEN_KEY) : null;
    }

    /** An H2 file repository exists while its file does; of any other kind nobody here can tell, so it does. */
    static boolean repositoryExists(String repository) {
        String prefix = "jdbc:h2:file:";
        if (!repository.startsWith(prefix)) {
            return true;
        }
        return Files.exists(Path.of(repository.substring(prefix.length()) + ".mv.db"));
    }

    /** {@code NAME} of {@code NAME}, {@code NAME.owner} and {@code NAME.lock}. */
    private static String folderName(String entry) {
        for (String suffix : new String[] {StagingFolder.OWNER_SUFFIX, StagingFolder.LOCK_SUFFIX}) {
            if (entry.endsWith(suffix)) {
                return entry.substring(0, entry.length() - suffix.length());
            }
        }
        return entry;
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldByThisProcess) {
            return null;
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
