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
 * The output folder (or file) of a command, checked before anything is written: a path the
 * command cannot write to is one line that names it and what to check, rather than the logging
 * framework's stack traces when its file appender cannot open {@code OUTPUT/logs/}, or an
 * exception's name for a command without a log file.
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
        require(folder, option);
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
        Path folder = logFile.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
            FileChannel.open(logFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND).close();
            return null;
        } catch (IOException e) {
            return reason(e, folder);
        }
    }

    /**
     * Refuses a folder to write into that is, or is in, a regular file: the option names the wrong path.
     *
     * @param option how the operator chose the folder, for the message: {@code --output} or the job file's key
     */
    static void require(Path folder, String option) {
        Path file = regularFileOnTheWay(folder);
        if (file != null) {
            throw new UsageException(option + " " + folder + (file.equals(folder) ? "" : ": " + file) + " is a file, not a folder");
        }
    }

    /** Refuses a file to write that is a folder, or is in a regular file: {@code option} names the wrong path. */
    static void requireFile(Path file, String option) {
        if (Files.isDirectory(file)) {
            throw new UsageException(option + " " + file + " is a folder, not a file");
        }
        Path onTheWay = file.getParent() == null ? null : regularFileOnTheWay(file.getParent());
        if (onTheWay != null) {
            throw new UsageException(option + " " + file + ": " + onTheWay + " is a file, not a folder");
        }
    }

    /** A failure to write into {@code folder} as one line naming it, the reason and {@code option} to check. */
    static CommandFailure cannotWrite(Path folder, IOException e, String option) {
        return new CommandFailure("cannot write to the output folder " + folder + ": " + reason(e, folder) + "; check " + option);
    }

    /** Why writing into {@code written} failed, in words: the regular file on its way is named. */
    private static String reason(IOException e, Path written) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        Path file = regularFileOnTheWay(written);
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
