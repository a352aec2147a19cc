package org.rolecompare.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.rolecompare.files.CsvOutput;
import org.rolecompare.files.CsvText;
import org.rolecompare.ingest.InputFileException;
import org.rolecompare.job.ExitCodes;
import org.rolecompare.related.RelatedFinder;
import org.rolecompare.related.RelatedInput;
import org.rolecompare.related.RelatedRole;
import org.rolecompare.related.RelatedRows;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code role-compare related}: each role's most related roles, found from an input folder without
 * a run (no Spring context, no database), for an analyst deciding which comparisons are worth
 * making. Prints related.csv, or writes it whole to {@code --output}; the summary goes to stderr so
 * the CSV on stdout can be piped. It writes no log file: every failure is one line on stderr.
 */
@Command(name = "related", mixinStandardHelpOptions = true,
        description = "Finds each role's most related roles in an input folder and prints them as CSV"
                + " (role_id,related_role_id,rank,score,shared_skills,reason), without a run.",
        footer = {"", "Exit codes:",
                "  0    written",
                "  1    an input file cannot be read, or the --output file cannot be written",
                "  64   usage error"})
final class RelatedCommand implements Callable<Integer>, WritesNoLogFile {

    @ParentCommand
    RoleCompareCommand parent;

    @Option(names = "--input", paramLabel = "DIR", defaultValue = "input",
            description = "Input folder with roles.csv, skills.csv and responsibilities.csv (default: input).")
    Path input;

    @Option(names = "--per-role", paramLabel = "K", defaultValue = "5",
            description = "Related roles per role, 1 to " + JobDefinition.MAX_PER_ROLE + " (default: 5).")
    int perRole;

    @Option(names = "--min-score", paramLabel = "S", defaultValue = "0.2",
            description = "Lowest score kept, 0 to 1 (default: 0.2).")
    double minScore;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the CSV to FILE (whole or not at all) instead of printing it.")
    Path output;

    @Option(names = "--exact", description = "Score every pair instead of searching the index: slow (N² scores), for"
            + " checking the search's recall on a few thousand roles.")
    boolean exact;

    @Override
    public Integer call() {
        if (perRole < 1 || perRole > JobDefinition.MAX_PER_ROLE) {
            throw new UsageException("--per-role must be " + JobDefinition.PER_ROLE_ACCEPTS + ", not '" + perRole + "'");
        }
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new UsageException("--min-score must be " + JobDefinition.MIN_SCORE_ACCEPTS + ", not '" + minScore + "'");
        }
        Path folder = input.toAbsolutePath().normalize();
        InputFolder.require(folder, "--input");
        Path file = output == null ? null : output.toAbsolutePath().normalize();
        if (file != null) {
            OutputFolder.requireFile(file, "--output");
        }
        long started = System.nanoTime();
        RelatedInput.Read read;
        try {
            read = RelatedInput.read(folder);
        } catch (InputFileException e) {
            throw new CommandFailure(e.getMessage());
        }
        long readAt = System.nanoTime();
        RelatedFinder finder;
        try {
            finder = RelatedFinder.of(read.roles(), perRole, minScore);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        long indexedAt = System.nanoTime();
        int threads = Runtime.getRuntime().availableProcessors();
        List<RelatedRole> related = exact ? finder.exact(threads) : finder.find(threads);
        long foundAt = System.nanoTime();
        if (file == null) {
            RelatedRows.print(related, parent.out, CsvText::safe);
        } else {
            write(related, file);
        }
        parent.err.println(String.format(Locale.US,
                "role-compare: %,d related roles of %,d roles (%,d rows left out: %,d rejected by the row rules, %,d of unknown roles)"
                        + " in %.1f s (read %.1f s, index %.1f s, search %.1f s)%s",
                related.size(), read.roles().size(), read.rejectedRows() + read.orphanRows(), read.rejectedRows(), read.orphanRows(),
                (System.nanoTime() - started) / 1e9, (readAt - started) / 1e9, (indexedAt - readAt) / 1e9, (foundAt - indexedAt) / 1e9,
                file == null ? "" : "; written to " + file));
        return ExitCodes.OK;
    }

    private static void write(List<RelatedRole> related, Path file) {
        try {
            CsvOutput.write(file, RelatedRows.HEADER, sink -> related.forEach(r -> sink.accept(RelatedRows.row(r, CsvText::safe))));
        } catch (IOException e) {
            throw OutputFolder.cannotWrite(file.getParent(), e, "--output");
        }
    }
}
