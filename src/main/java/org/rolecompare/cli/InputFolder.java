package org.rolecompare.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The input folder of a command, checked before any Spring context starts: a folder that does not
 * exist is a wrong option or job file value, said in one line that names it, rather than a step
 * that fails inside the job with "roles.csv is missing" after the whole start-up.
 */
final class InputFolder {

    private InputFolder() {
    }

    /**
     * @param folder the input folder, absolute
     * @param option how the operator chose the folder, for the message: {@code --input} or the job file's key
     * @throws UsageException when {@code folder} does not exist or is a file
     */
    static void require(Path folder, String option) {
        if (Files.isRegularFile(folder)) {
            throw new UsageException(option + " " + folder + " is a file, not a folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new UsageException(option + " " + folder + " does not exist");
        }
    }
}
