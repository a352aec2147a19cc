package org.rolecompare.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.rolecompare.RoleCompareApplication;

/**
 * The real command line in a child JVM, as an operator starts it: its own {@code main}, logging
 * set up by Logback and Spring Boot as in production, stdout and stderr captured apart in files. For
 * what an in-process run cannot show: what reaches the console outside the command's writers (the
 * logging framework's own messages), and the process's exit code after a signal.
 */
final class ChildRun {

    private final Process process;
    private final Path out;
    private final Path err;

    private ChildRun(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code role-compare ARGS}, its console going to {@code folder/child.out} and {@code folder/child.err}. */
    static ChildRun start(Path folder, String... args) throws IOException {
        return startIn(Path.of("").toAbsolutePath(), folder, args);
    }

    /** Starts {@code role-compare ARGS} with {@code environment} added to this JVM's environment. */
    static ChildRun start(Map<String, String> environment, Path folder, String... args) throws IOException {
        return startIn(Path.of("").toAbsolutePath(), environment, folder, args);
    }

    /** Starts {@code role-compare ARGS} in the working directory {@code workingDir}, as {@code cd DIR && java -jar …} does. */
    static ChildRun startIn(Path workingDir, Path folder, String... args) throws IOException {
        return startIn(workingDir, Map.of(), folder, args);
    }

    private static ChildRun startIn(Path workingDir, Map<String, String> environment, Path folder, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RoleCompareApplication.class.getName()));
        command.addAll(List.of(args));
        Files.createDirectories(folder);
        Path out = folder.resolve("child.out");
        Path err = folder.resolve("child.err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        return new ChildRun(process, out, err);
    }

    /** Waits until the child's stdout contains {@code text}; fails if the child ends first or it takes too long. */
    void awaitOutput(String text) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (out().contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("child ended before printing '" + text + "': " + out() + err());
            }
            Thread.sleep(20);
        }
        throw new AssertionError("child did not print '" + text + "' in time: " + out() + err());
    }

    /** Sends SIGTERM, as systemd or {@code kill PID} does. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the child to end and returns its exit code. */
    int exitCode() throws InterruptedException {
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("child did not end in time");
        }
        return process.exitValue();
    }

    String out() throws IOException {
        return Files.readString(out);
    }

    String err() throws IOException {
        return Files.readString(err);
    }
}
