package org.rolecompare.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The output folder of a command, checked before any Spring context or log file opens: a folder
 * the command cannot write to is one line that names it and what to check, rather than the logging
 * framework's stack traces when its file appender cannot open {@code OUTPUT/logs/}.
 */
final class OutputFolder {

    private OutputFolder() {
    }

    /**
     * Creates {@code folder} and the log file's folder, and opens the log file for appending.
     *
     * @param option how the operator chose the folder, for the message: {@code --output} or the job file's key
     * @throws UsageException when {@code folder}, or a folder it is in, is a regular file: the option names the wrong path
     * @throws CommandFailure when the folder or the log file cannot be written (permissions, a read-only or full file system)
     */
    static void prepare(Path folder, Path logFile, String option) {
        Path file = regularFileOnTheWay(folder);
        if (file != null) {
            throw new UsageException(option + " " + folder + (file.equals(folder) ? "" : ": " + file) + " is a file, not a folder");
        }
        String reason = unwritable(logFile);
        if (reason != null) {
            throw new CommandFailure("cannot write to the output folder " + folder + ": " + reason + "; check " + option);
        }
    }

    /**
     * Creates the log file's folder and opens the log file for appending.
     *
     * @return null when it could, else why not in a few words ("permission denied")
     */
    static String unwritable(Path logFile) {
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            FileChannel.open(logFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND).close();
            return null;
        } catch (IOException e) {
            return reason(e, logFile);
        }
    }

    private static String reason(IOException e, Path logFile) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        Path file = regularFileOnTheWay(logFile.toAbsolutePath().getParent());
        if (file != null) {
            return file + " is a file, not a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The regular file that stands where one of {@code path}'s folders should be, if any. */
    private static Path regularFileOnTheWay(Path path) {
        for (Path p = path; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
