package org.rolecompare.ingest;

/**
 * A problem with a whole input file (missing, empty, wrong delimiter, missing column, not UTF-8,
 * unterminated quote). The message is written for the person who maintains the file: it names
 * the file and, where it helps, the line, and it is printed as the run's one-line error.
 */
public class InputFileException extends RuntimeException {

    private final String file;
    private final long line;

    public InputFileException(String file, long line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public InputFileException(String file, long line, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** Physical line the problem was found at, or 0 for the file as a whole. */
    public long line() {
        return line;
    }
}
