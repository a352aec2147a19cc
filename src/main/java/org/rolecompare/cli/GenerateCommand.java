package org.rolecompare.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.rolecompare.generate.SyntheticInput;
import org.rolecompare.job.ExitCodes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code role-compare generate}: writes a synthetic, spec-valid input folder of any size for
 * benchmarks and tests (optionally with known defects listed in defects.csv). It starts no Spring
 * context and streams the files, so even a million comparisons take seconds and little memory. It
 * writes no log file: an output folder it cannot write to is one line naming it.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes synthetic input (the five CSV files, and defects.csv) for benchmarks and tests;"
                + " the same arguments always give byte-identical files.",
        footer = {"", "Exit codes:",
                "  0    written",
                "  1    the files cannot be written",
                "  64   usage error"})
final class GenerateCommand implements Callable<Integer>, WritesNoLogFile {

    @ParentCommand
    RoleCompareCommand parent;

    @Option(names = "--roles", paramLabel = "N", required = true, description = "Number of roles (at least 2).")
    int roles;

    @Option(names = "--comparisons", paramLabel = "M", required = true,
            description = "Number of distinct role pairs, at most N × (N − 1) / 2.")
    long comparisons;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the values (default: 1).")
    long seed;

    @Option(names = "--output", paramLabel = "DIR", required = true, description = "Folder to write the files into.")
    Path output;

    @Option(names = "--defects", paramLabel = "F", defaultValue = "0",
            description = "Share of roles (0 to 1) that get one defect each, listed in defects.csv (default: 0).")
    double defects;

    @Option(names = "--family-size", paramLabel = "K", defaultValue = "0",
            description = "Roles come in families of K sharing skills, responsibilities, field and education, listed in"
                    + " families.csv, for testing related roles (default: 0, independent roles).")
    int familySize;

    @Override
    public Integer call() {
        SyntheticInput.Settings settings;
        try {
            settings = new SyntheticInput.Settings(roles, comparisons, seed, defects, familySize);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path dir = output.toAbsolutePath().normalize();
        OutputFolder.require(dir, "--output");
        long started = System.nanoTime();
        SyntheticInput.Summary summary;
        try {
            summary = SyntheticInput.write(settings, dir);
        } catch (IOException e) {
            throw OutputFolder.cannotWrite(dir, e, "--output");
        }
        parent.out.println(String.format(Locale.US,
                "role-compare: generated %,d roles, %,d comparisons, %,d defects (%,d rows, seed %d) in %s in %.1f s",
                summary.roles(), summary.comparisons(), summary.defects(), summary.rows(), seed, dir,
                (System.nanoTime() - started) / 1e9));
        return ExitCodes.OK;
    }
}
