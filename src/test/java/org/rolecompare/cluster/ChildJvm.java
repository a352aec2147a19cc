package org.rolecompare.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real role-compare process (its own JVM, on the test class path), as an operator starts one:
 * {@code role-compare worker …} or {@code role-compare run …}. Its console goes to a file the test
 * reads while it runs. Killing it with {@link #kill9()} is a real SIGKILL: no shutdown hook runs.
 */
final class ChildJvm implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path console;

    private ChildJvm(String name, Process process, Path console) {
        this.name = name;
        this.process = process;
        this.console = console;
    }

    static ChildJvm start(String name, Path workDir, String... args) throws IOException {
        return start(name, workDir, List.of(), args);
    }

    /** Starts {@code role-compare ARGS} in a JVM with the given extra options (e.g. fault injection). */
    static ChildJvm start(String name, Path workDir, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.timezone=UTC", "-Duser.language=en",
                "-Duser.country=US", "-Dfile.encoding=UTF-8"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.rolecompare.RoleCompareApplication"));
        command.addAll(List.of(args));
        Path console = workDir.resolve(name + ".console");
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(console.toFile()).start();
        return new ChildJvm(name, process, console);
    }

    String console() {
        try {
            return Files.exists(console) ? Files.readString(console, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(console unreadable: " + e.getMessage() + ")";
        }
    }

    /** Waits until the console has a line matching {@code regex}; fails with the console when it does not come. */
    void awaitLine(String regex, Duration timeout) throws InterruptedException {
        Pattern pattern = Pattern.compile(regex, Pattern.MULTILINE);
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (pattern.matcher(console()).find()) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError(name + " ended (exit " + process.exitValue() + ") before printing /" + regex + "/:\n" + console());
            }
            Thread.sleep(100);
        }
        throw new AssertionError(name + " did not print /" + regex + "/ within " + timeout + ":\n" + console());
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(name + " did not end within " + timeout + ":\n" + console());
        }
        return process.exitValue();
    }

    /** SIGKILL, as {@code kill -9}: the process gets no chance to hand anything back. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as {@code systemctl stop}; returns the exit code. */
    int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        return awaitExit(timeout);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
