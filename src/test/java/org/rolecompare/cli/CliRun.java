package org.rolecompare.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the real command line in-process on a fixture folder copied into a temporary directory,
 * with a fixed clock, its own H2 database and captured console output.
 */
final class CliRun {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T06:00:00Z"), ZoneOffset.UTC);
    static final String RUN_DATE = "2026-11-27";

    record Result(int exitCode, String out, String err) {
    }

    private final Path root;

    CliRun(Path root) {
        this.root = root;
    }

    Path input() {
        return root.resolve("input");
    }

    Path output() {
        return root.resolve("output");
    }

    Path database() {
        return root.resolve("db").resolve("role-compare");
    }

    Path runDir() {
        return output().resolve(RUN_DATE);
    }

    /** Copies {@code src/test/resources/fixtures/NAME/} to this run's input folder. */
    CliRun withFixture(String name) {
        try {
            Path source = Path.of(CliRun.class.getResource("/fixtures/" + name).toURI());
            Files.createDirectories(input());
            try (Stream<Path> files = Files.list(source)) {
                for (Path f : files.toList()) {
                    Files.copy(f, input().resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code run} with the repository's nightly job file, pointed at this run's folders. */
    Result run(String... extra) {
        return runOn(RUN_DATE, extra);
    }

    /** {@code run} for another run date. */
    Result runOn(String runDate, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--job=jobs/nightly.yml", "--input=" + input(),
                "--output=" + output(), "--database=" + database(), "--run-date=" + runDate));
        args.addAll(List.of(extra));
        return execute(args.toArray(String[]::new));
    }

    static Result execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RoleCompareCommand.execute(CLOCK, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }
}
