package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/role-compare}, the launcher the README's quick start uses, driven with a stub
 * {@code java} that records how it was called: the start-up cache is prepared once, used after,
 * rebuilt when the jar or the JDK changed (with a one-line note, never silently slow), and when it
 * cannot be made the command still runs from the plain jar with its own exit code. A stub rather
 * than a real JVM, so the test takes a second rather than a training run's half minute.
 */
@EnabledOnOs(OS.LINUX)
class LauncherScriptTests {

    private static final Path LAUNCHER = Path.of("scripts/role-compare").toAbsolutePath();

    private static final String STUB = """
            #!/usr/bin/env bash
            # a stand-in for java: records its arguments and working directory, mimics extract,
            # generate and the training run's cache file, and exits with $STUB_EXIT for a command
            echo "$PWD :: $*" >> "$STUB_LOG"
            args=" $* "
            if [[ $args == *" -Djarmode=tools "* ]]; then
                while [ $# -gt 0 ]; do [ "$1" = --destination ] && destination=$2; shift; done
                mkdir -p "$destination/lib" && echo jar > "$destination/role-compare.jar"
                exit 0
            fi
            for argument in "$@"; do
                case $argument in
                    --output=*) output=${argument#--output=} ;;
                    -XX:AOTCacheOutput=*|-XX:ArchiveClassesAtExit=*) cache=${argument#*=} ;;
                esac
            done
            if [[ $args == *" generate "* ]]; then mkdir -p "$output" && echo header > "$output/comparisons.csv"; exit 0; fi
            if [ -n "${cache:-}" ]; then
                [ -z "${STUB_FAIL_TRAINING:-}" ] || exit 5
                echo cache > "$cache"
                exit 0
            fi
            echo "command ran"
            exit "${STUB_EXIT:-0}"
            """;

    @TempDir
    Path temp;

    private Path jar;
    private Path app;
    private Path log;
    private Path workingDir;

    @BeforeEach
    void jarAndFolders() throws IOException {
        jar = Files.writeString(Files.createDirectories(temp.resolve("target")).resolve("role-compare.jar"), "jar v1");
        app = temp.resolve("target/app");
        log = temp.resolve("stub.log");
        workingDir = Files.createDirectories(temp.resolve("work"));
    }

    @Test
    void preparesTheAotCacheOnceAndUsesItOnJava25() throws Exception {
        // given
        Path java = jdk("jdk-25", "25.0.3");

        // when
        Result first = launch(java, Map.of("STUB_EXIT", "2"), "run", "--run-date=2026-11-27");
        Result second = launch(java, Map.of(), "run");

        // then
        assertThat(first.exitCode()).isEqualTo(2);
        assertThat(first.out()).isEqualTo("command ran\n");
        assertThat(first.err()).isEqualTo("role-compare: preparing the start-up cache in " + app + ", once (~30 s; mvn package does it beforehand)\n");
        assertThat(second.exitCode()).isZero();
        assertThat(second.err()).isEmpty();
        List<String> calls = calls();
        assertThat(calls).hasSize(5);
        assertThat(calls.get(0)).contains("-Djarmode=tools -jar " + jar + " extract --destination " + app);
        assertThat(calls.get(2)).contains("-XX:AOTCacheOutput=" + app.resolve("java-25.aot") + " -jar " + app.resolve("role-compare.jar") + " run --job=job.yml");
        assertThat(calls.get(3)).endsWith(":: -XX:AOTCache=" + app.resolve("java-25.aot") + " -jar " + app.resolve("role-compare.jar") + " run --run-date=2026-11-27");
        assertThat(calls.get(4)).endsWith("-jar " + app.resolve("role-compare.jar") + " run");
    }

    @Test
    void trainsInATemporaryFolderAndNeverInTheUsersInputOutputOrData() throws Exception {
        // given
        Path java = jdk("jdk-25", "25.0.3");

        // when
        launch(java, Map.of(), "--prepare");

        // then
        List<String> calls = calls();
        assertThat(calls.get(1)).contains(" generate ").doesNotStartWith(workingDir + " ");
        assertThat(calls.get(2)).contains("--input=input --output=output --database=db/role-compare").doesNotStartWith(workingDir + " ");
        try (var files = Files.list(workingDir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void usesAClassDataSharingArchiveOnJava17() throws Exception {
        // given
        Path java = jdk("jdk-17", "17.0.15");

        // when
        Result result = launch(java, Map.of(), "history");

        // then
        assertThat(result.exitCode()).isZero();
        List<String> calls = calls();
        assertThat(calls.get(2)).contains("-XX:ArchiveClassesAtExit=" + app.resolve("java-17.jsa"));
        assertThat(calls.get(3)).endsWith(":: -XX:SharedArchiveFile=" + app.resolve("java-17.jsa")
                + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar " + app.resolve("role-compare.jar") + " history");
    }

    @Test
    void rebuildsTheCacheOfAnOlderJarWithAOneLineNote() throws Exception {
        // given
        Path java = jdk("jdk-25", "25.0.3");
        launch(java, Map.of(), "--prepare");
        Files.writeString(jar, "jar v2, rebuilt");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));

        // when
        Result result = launch(java, Map.of(), "run");

        // then
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEqualTo("role-compare: the start-up cache is out of date (the jar changed); rebuilding it, once (~30 s)\n");
        List<String> calls = calls();
        assertThat(calls.get(3)).contains("extract --destination " + app);
        assertThat(calls.get(5)).contains("-XX:AOTCacheOutput=");
        assertThat(calls.get(6)).contains("-XX:AOTCache=" + app.resolve("java-25.aot"));
    }

    @Test
    void rebuildsTheCacheMadeByAnotherJdk() throws Exception {
        // given
        launch(jdk("jdk-25", "25.0.3"), Map.of(), "--prepare");
        Path otherJdk = jdk("jdk-25-update", "25.0.4");

        // when
        Result result = launch(otherJdk, Map.of(), "run");

        // then
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEqualTo("role-compare: the start-up cache is out of date (the JDK changed); rebuilding it, once (~30 s)\n");
        assertThat(calls().get(4)).doesNotStartWith(workingDir + " ").contains("-XX:AOTCacheOutput=");
        assertThat(calls().get(5)).contains("-XX:AOTCache=" + app.resolve("java-25.aot"));
    }

    @Test
    void runsFromThePlainJarWithANoteWhenTheCacheCannotBeMade() throws Exception {
        // given
        Path java = jdk("jdk-25", "25.0.3");

        // when
        Result result = launch(java, Map.of("STUB_FAIL_TRAINING", "1", "STUB_EXIT", "3"), "run");

        // then
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.out()).isEqualTo("command ran\n");
        assertThat(result.err()).contains("role-compare: could not make the start-up cache (exit 5); see " + app.resolve("training.log") + "\n")
                .endsWith("role-compare: running without the start-up cache (the cache in " + app + " is not ready)\n");
        assertThat(calls().get(3)).endsWith("-jar " + jar + " run");
        assertThat(app.resolve("java-25.aot")).doesNotExist();
    }

    @Test
    void choosesTheJitAndGcOptionsByTheSizeOfTheRunAndLetsJavaOptsDecide() throws Exception {
        // given a header and 20,001 pairs (large), 2,001 pairs (medium) and one pair (small)
        Path java = jdk("jdk-25", "25.0.3");
        Path large = Files.createDirectories(temp.resolve("large"));
        Files.write(large.resolve("comparisons.csv"), Collections.nCopies(20_002, "left,right"));
        Path medium = Files.createDirectories(temp.resolve("medium"));
        Files.write(medium.resolve("comparisons.csv"), Collections.nCopies(2_002, "left,right"));
        Path small = Files.createDirectories(temp.resolve("small"));
        Files.writeString(small.resolve("comparisons.csv"), "left_role_id,right_role_id\na,b\n");
        launch(java, Map.of(), "--prepare");

        // when
        launch(java, Map.of(), "run", "--input=" + large);
        launch(java, Map.of(), "run", "--input=" + small);
        launch(java, Map.of("JAVA_OPTS", "-Xmx1g -XX:+UseG1GC"), "validate", "--input=" + small);
        launch(java, Map.of(), "run", "--input=" + medium);
        launch(java, Map.of("JAVA_OPTS", "-XX:TieredStopAtLevel=4"), "run", "--input=" + medium);
        launch(java, Map.of("JAVA_OPTS", "-Xmx256m"), "validate", "--input=" + large);
        launch(java, Map.of("JAVA_OPTS", "-XX:+UseG1GC"), "validate", "--input=" + large);

        // then the JVM's defaults for a large run, C1 and the serial GC for a small one, C1 alone for a medium one,
        // the parallel GC for a large validate unless JAVA_OPTS names a GC
        List<String> calls = calls();
        assertThat(calls.get(3)).endsWith(":: -XX:AOTCache=" + app.resolve("java-25.aot") + " -jar " + app.resolve("role-compare.jar") + " run --input=" + large);
        assertThat(calls.get(4)).contains("-XX:AOTCache=" + app.resolve("java-25.aot") + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar ");
        assertThat(calls.get(5)).contains(" -XX:TieredStopAtLevel=1 -Xmx1g -XX:+UseG1GC -jar ").doesNotContain("SerialGC");
        assertThat(calls.get(6)).endsWith(":: -XX:AOTCache=" + app.resolve("java-25.aot") + " -XX:TieredStopAtLevel=1 -jar " + app.resolve("role-compare.jar")
                + " run --input=" + medium);
        assertThat(calls.get(7)).endsWith(":: -XX:AOTCache=" + app.resolve("java-25.aot") + " -XX:TieredStopAtLevel=4 -jar " + app.resolve("role-compare.jar")
                + " run --input=" + medium);
        assertThat(calls.get(8)).endsWith(":: -XX:AOTCache=" + app.resolve("java-25.aot") + " -XX:+UseParallelGC -Xmx256m -jar "
                + app.resolve("role-compare.jar") + " validate --input=" + large);
        assertThat(calls.get(9)).endsWith(":: -XX:AOTCache=" + app.resolve("java-25.aot") + " -XX:+UseG1GC -jar " + app.resolve("role-compare.jar")
                + " validate --input=" + large);
    }

    /** A stub JDK home: {@code bin/java} and the {@code release} file the launcher reads the version from. */
    private Path jdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(temp.resolve(name).resolve("bin")).getParent();
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.writeString(home.resolve("bin/java"), STUB);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java;
    }

    private Result launch(Path java, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectOutput(temp.resolve("out").toFile()).redirectError(temp.resolve("err").toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("ROLE_COMPARE_") || key.equals("JAVA_OPTS"));
        builder.environment().putAll(Map.of("JAVA", java.toString(), "ROLE_COMPARE_JAR", jar.toString(), "STUB_LOG", log.toString()));
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(temp.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(temp.resolve("err"), StandardCharsets.UTF_8));
    }

    private List<String> calls() throws IOException {
        return Files.readAllLines(log);
    }

    private record Result(int exitCode, String out, String err) {
    }
}
