package org.rolecompare.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The optional {@code source.txt} of an input folder: where the data came from, and how current it
 * is. The reports print the source under their title, so it must describe the input they were made
 * from; keeping it beside the CSV files means a folder from another feed brings its own source.
 *
 * <p>The format: the first non-blank line is the source, e.g. {@code U.S. Bureau of Labor
 * Statistics, OEWS May 2024} (a leading {@code Source:} is optional and dropped). An optional later
 * line {@code as-of: YYYY-MM-DD} gives the date the data describes. Blank lines and lines starting
 * with {@code #} are ignored; any other line is an error, so a typo never goes unnoticed.
 *
 * @param source the source, without a leading "Source:"; never blank
 * @param asOf   the date the data describes, or {@code null} when the file does not say
 */
public record SourceFile(String source, LocalDate asOf) {

    public static final String FILE_NAME = "source.txt";

    private static final String AS_OF = "as-of:";

    public SourceFile {
        source = withoutPrefix(source);
        if (source == null || source.isEmpty()) {
            throw new IllegalArgumentException("a source must not be blank");
        }
    }

    /**
     * Reads {@code inputDir/source.txt}, or returns empty when the folder has none.
     *
     * @throws InputFileException when the file cannot be read, holds no source, or has a line that
     *                            is neither the source, an {@code as-of:} date, blank nor a comment
     */
    public static Optional<SourceFile> read(Path inputDir) {
        Path file = inputDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new InputFileException(FILE_NAME, 0, FILE_NAME + " has bytes that are not UTF-8; save it as UTF-8 text", e);
        } catch (IOException e) {
            throw new InputFileException(FILE_NAME, 0, FILE_NAME + " cannot be read: " + e.getMessage(), e);
        }
        return Optional.of(parse(lines));
    }

    /** Parses the lines of a source.txt (see the class comment for the format). */
    public static SourceFile parse(List<String> lines) {
        String source = null;
        LocalDate asOf = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.toLowerCase(Locale.ROOT).startsWith(AS_OF)) {
                asOf = date(line.substring(AS_OF.length()).strip(), i + 1);
            } else if (source == null) {
                source = line;
            } else {
                throw new InputFileException(FILE_NAME, i + 1, FILE_NAME + " line " + (i + 1) + ": '" + line
                        + "' is neither the source (the first line) nor 'as-of: YYYY-MM-DD'");
            }
        }
        if (source == null || withoutPrefix(source).isEmpty()) {
            throw new InputFileException(FILE_NAME, 0, FILE_NAME + " names no source: its first non-blank line should say"
                    + " where the data comes from, e.g. 'U.S. Bureau of Labor Statistics, OEWS May 2024'");
        }
        return new SourceFile(source, asOf);
    }

    /** The source as printed under a report's title: {@code Source: …}. */
    public static String sourceLine(String source) {
        String bare = withoutPrefix(source);
        return bare == null || bare.isEmpty() ? null : "Source: " + bare;
    }

    /** The text without surrounding spaces and without a leading "Source:" (any case); null stays null. */
    public static String withoutPrefix(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.regionMatches(true, 0, "source:", 0, 7) ? t.substring(7).strip() : t;
    }

    private static LocalDate date(String value, int line) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InputFileException(FILE_NAME, line, FILE_NAME + " line " + line + ": as-of '" + value
                    + "' is not a date as YYYY-MM-DD, e.g. as-of: 2024-05-31");
        }
    }
}
