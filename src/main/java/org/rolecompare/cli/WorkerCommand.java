package org.rolecompare.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.rolecompare.cluster.ClusterSettings;
import org.rolecompare.cluster.WorkerShutdown;
import org.rolecompare.job.ExitCodes;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code role-compare worker}: a cluster-mode worker. Takes report partitions from the job's queue
 * and renders them, until it is stopped. The manager ({@code run} with the same job file) does
 * everything else. On SIGTERM it takes no new partition, lets the running ones finish (at most
 * {@code cluster.worker-stop-timeout}), hands back any still running, and exits (143, as for any SIGTERM).
 * It has no {@code --database} option: its database is the cluster's PostgreSQL one, which the job file names.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Cluster mode: renders report partitions sent by the manager (run) over RabbitMQ, until stopped.",
        footer = {"", "Needs a job file with a cluster section (README, \"Cluster mode\").", "", "Exit codes:",
                "  143  stopped by SIGTERM after finishing or handing back its partitions",
                "  1    could not start (database or broker unreachable)",
                "  64   usage error"})
final class WorkerCommand implements Callable<Integer> {

    @ParentCommand
    RoleCompareCommand parent;

    @Mixin
    JobFileOption jobFile = new JobFileOption();

    @Option(names = "--name", paramLabel = "NAME",
            description = "Name of this worker in its log lines and log file (default: HOST-PID).")
    String name;

    @Option(names = "--threads", paramLabel = "N",
            description = "Partitions rendered at once (default: the job file's report.threads, else one per core).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        JobDefinition definition = jobFile.load(parent.out);
        ClusterSettings cluster = definition.cluster();
        if (cluster == null) {
            throw new UsageException(jobFile.source() + " has no cluster section; a worker takes partitions"
                    + " from a cluster's queue (README, \"Cluster mode\")");
        }
        jobFile.requireClusterPasswords(definition, System::getenv);
        if (threads != null && threads < 1) {
            throw new UsageException("--threads must be at least 1");
        }
        int consumers = threads != null ? threads
                : definition.reportThreads() > 0 ? definition.reportThreads() : Runtime.getRuntime().availableProcessors();
        String worker = name == null || name.isBlank() ? RunLock.host() + "-" + ProcessHandle.current().pid() : name.trim();
        Path log = definition.output().toAbsolutePath().normalize().resolve("logs").resolve("worker-" + worker + ".log");
        ClusterServicesCheck.check(cluster, System::getenv, log);
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "role-compare-worker-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (BatchSession session = BatchSession.onCluster(cluster, log, BatchSession.Role.WORKER, consumers)) {
            session.checkConnections();
            session.exitCode(ExitCodes.OK);
            parent.out.println("role-compare: worker " + worker + " is taking report partitions (" + consumers + " at a time) from "
                    + cluster.describe() + "; log: " + log);
            parent.out.flush();
            stop.await();
            parent.out.println("role-compare: worker " + worker + " is stopping: no new partitions; running ones get "
                    + ClusterSettings.format(cluster.workerStopTimeout()) + " to finish, then go back to the queue.");
            parent.out.flush();
            int unfinished = session.bean(WorkerShutdown.class).stopTaking();
            if (unfinished > 0) {
                handBack(worker, unfinished);
            }
        } finally {
            try {
                LoggerFactory.getLogger("role-compare").info("worker {}: {}", worker, ResourceUsage.now().describe());
            } finally {
                // whatever failed above, the SIGTERM hook must not wait for ever (a worker hung on stop)
                closed.countDown();
            }
        }
        return ExitCodes.OK;
    }

    /**
     * Partitions still running after the stop timeout go back to the queue unfailed: closing the
     * application under them would fail them (and with them the run), so the worker halts as a
     * killed one would, and the broker redelivers their requests to another worker, which resumes
     * each from its last committed chunk.
     */
    private void handBack(String worker, int unfinished) {
        String message = "worker " + worker + ": " + unfinished + " partition(s) still running after the stop timeout;"
                + " handing them back: another worker resumes them from their last committed chunk";
        LoggerFactory.getLogger("role-compare").warn(message);
        parent.out.println("role-compare: " + message + ".");
        parent.out.flush();
        Runtime.getRuntime().halt(ExitCodes.TERMINATED);
    }
}
