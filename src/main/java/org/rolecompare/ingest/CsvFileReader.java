package org.rolecompare.ingest;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Streams the records of one input file with their physical line numbers.
 *
 * <p>Opening checks the whole-file contract of {@code docs/input-format.md} (exists, not empty,
 * not binary, comma-separated, required columns present) and turns every breach, as well as bytes
 * that are not UTF-8 and unterminated quotes met while reading, into an {@link InputFileException}
 * a non-programmer can act on. Blank lines carry no data and are passed over. A file breaking one
 * of the {@link InputLimits} (too many columns, a value or a row too long) is refused the same
 * way, while the row is being read, before it is held in memory whole.
 */
public final class CsvFileReader implements Closeable {

    private static final int SNIFF_BYTES = 8192;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputFile file;
    private final Path path;
    private final LimitedReader limited;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final CsvHeader header;

    private CsvFileReader(InputFile file, Path path, LimitedReader limited, CSVParser parser, Iterator<CSVRecord> records,
                          CsvHeader header) {
        this.file = file;
        this.path = path;
        this.limited = limited;
        this.parser = parser;
        this.records = records;
        this.header = header;
    }

    public static CsvFileReader open(Path folder, InputFile file) {
        Path path = folder.resolve(file.fileName());
        String name = file.fileName();
        if (Files.isDirectory(path)) {
            throw new InputFileException(name, 0, name + " in " + folder.toAbsolutePath().normalize()
                    + " is a folder, not a file: expected the CSV file there.");
        }
        InputStream in;
        try {
            in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new InputFileException(name, 0, name + " is missing: expected it in " + folder.toAbsolutePath().normalize() + ".");
        } catch (IOException e) {
            throw new InputFileException(name, 0, name + " cannot be read: " + e.getMessage(), e);
        }
        try {
            sniff(in, name);
            BOMInputStream bomless = BOMInputStream.builder().setInputStream(in).get();
            InputStreamReader reader = new InputStreamReader(bomless, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            LimitedReader limited = new LimitedReader(reader, name);
            CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(limited);
            Iterator<CSVRecord> records = parser.iterator();
            CsvHeader header = readHeader(file, records);
            return new CsvFileReader(file, path, limited, parser, records, header);
        } catch (IOException | RuntimeException e) {
            closeQuietly(in);
            if (e instanceof InputFileException ife) {
                throw ife;
            }
            throw translate(name, path, 1, e);
        }
    }

    /**
     * Refuses an empty file, and a binary one: a file is binary when more than 1 in 100 of its first
     * {@value #SNIFF_BYTES} bytes (and more than one) are control characters, as in a workbook, a
     * PDF or a UTF-16 export. A text file with a few stray control characters is read; its values
     * are cleaned and reported row by row (see {@link CsvRow#read}).
     */
    private static void sniff(InputStream in, String name) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        if (head.length == 0) {
            throw new InputFileException(name, 0, name + " is empty: expected a header line such as the one in the input format.");
        }
        int controls = 0;
        long line = 1;
        long firstLine = 0;
        for (int i = 0; i < head.length; i++) {
            byte b = head[i];
            if (b >= 0 && Values.isControlCharacter((char) b)) {
                controls++;
                firstLine = firstLine == 0 ? line : firstLine;
            } else if (b == '\n' || b == '\r' && (i + 1 == head.length || head[i + 1] != '\n')) {
                line++;
            }
        }
        if (controls > 1 && controls * 100L > head.length) {
            throw new InputFileException(name, firstLine, String.format(Locale.US,
                    "%s line %d: the file looks like a binary file, not a CSV text file (%,d of its first %,d bytes are"
                            + " control characters, the first on this line): export it as CSV (UTF-8).",
                    name, firstLine, controls, head.length));
        }
    }

    private static CsvHeader readHeader(InputFile file, Iterator<CSVRecord> records) {
        String name = file.fileName();
        CSVRecord record = records.hasNext() ? records.next() : null;
        while (record != null && isBlank(record)) {
            record = records.hasNext() ? records.next() : null;
        }
        if (record == null) {
            throw new InputFileException(name, 0, name + " is empty: expected a header line such as the one in the input format.");
        }
        List<String> names = record.toList();
        refuseControlCharacters(name, 1, names);
        Map<String, Integer> index = new HashMap<>();
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String key = Values.headerKey(names.get(i));
            if (file.columns().contains(key)) {
                index.putIfAbsent(key, i);
                positions.computeIfAbsent(key, k -> new ArrayList<>()).add(i + 1);
            } else if (!key.isEmpty()) {
                unknown.add(names.get(i).strip());
            }
        }
        refuseRepeatedColumns(name, positions);
        List<String> missing = new ArrayList<>();
        for (String required : file.requiredColumns()) {
            if (!index.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            String found = String.join(", ", names);
            String delimiterHint = delimiterHint(names);
            throw new InputFileException(name, 1, name + " line 1: missing required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + "; the header has: " + found + "." + delimiterHint);
        }
        return new CsvHeader(file, names, index, unknown);
    }

    /** A control character in a column name would reach every message and finding naming the column. */
    private static void refuseControlCharacters(String name, long line, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            int at = Values.firstControlCharacter(names.get(i));
            if (at >= 0) {
                String shown = Values.escapeControlCharacters(names.get(i).strip());
                throw new InputFileException(name, line, String.format(Locale.US,
                        "%s line %d, column %d: the column name '%s' holds an invisible control character (%s);"
                                + " delete it from the header and save the file again.",
                        name, line, i + 1, shown, Values.escapeControlCharacters(names.get(i).substring(at, at + 1))));
            }
        }
    }

    /**
     * A column named twice would have one copy used and the other ignored without a word, so the
     * file is refused, naming every repeated column and where its copies are.
     */
    private static void refuseRepeatedColumns(String name, Map<String, List<Integer>> positions) {
        List<String> repeats = new ArrayList<>();
        int mostCopies = 0;
        for (Map.Entry<String, List<Integer>> column : positions.entrySet()) {
            List<Integer> at = column.getValue();
            if (at.size() > 1) {
                String listed = at.subList(0, at.size() - 1).stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + " and " + at.get(at.size() - 1);
                repeats.add("the column " + column.getKey() + " appears " + (at.size() == 2 ? "twice" : at.size() + " times")
                        + ", as columns " + listed);
                mostCopies = Math.max(mostCopies, at.size());
            }
        }
        if (repeats.isEmpty()) {
            return;
        }
        String fix = repeats.size() > 1 ? "keep one of each" : mostCopies > 2 ? "keep only one" : "remove one";
        throw new InputFileException(name, 1, name + " line 1: " + String.join("; ", repeats) + "; " + fix
                + " (column names are matched ignoring upper/lower case and surrounding spaces).");
    }

    private static String delimiterHint(List<String> names) {
        if (names.size() != 1) {
            return "";
        }
        String only = names.get(0);
        if (only.contains(";")) {
            return " The file looks semicolon-separated: save it with commas as the separator.";
        }
        if (only.contains("\t")) {
            return " The file looks tab-separated: save it with commas as the separator.";
        }
        return "";
    }

    public CsvHeader header() {
        return header;
    }

    /** The next data record, or {@code null} at the end of the file. */
    public CsvRow next() {
        long line = parser.getCurrentLineNumber() + 1;
        try {
            CSVRecord record = records.hasNext() ? records.next() : null;
            while (record != null && isBlank(record)) {
                line = parser.getCurrentLineNumber() + 1;
                record = records.hasNext() ? records.next() : null;
            }
            return record == null ? null : CsvRow.read(line, record.toList(), header);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw translate(file.fileName(), path, line, e);
        }
    }

    /**
     * Reads the rest of the file without parsing it into rows, only to check the
     * {@link InputLimits} and the UTF-8 encoding of every line: the whole file is refused before
     * any of its rows is staged. The reader is spent afterwards; only {@link #close()} remains.
     */
    public void checkToEnd() {
        char[] buffer = new char[1 << 16];
        try {
            int read = 0;
            while (read >= 0) {
                read = limited.read(buffer, 0, buffer.length);
            }
        } catch (IOException | UncheckedIOException e) {
            throw translate(file.fileName(), path, limited.line(), e);
        }
    }

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    static InputFileException translate(String name, Path path, long line, Exception e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof CharacterCodingException) {
                // the decoder reads ahead in blocks, so the parser's line is not where the bytes are
                LimitedReader.Place at = scan(path, name, false);
                return new InputFileException(name, at == null ? line : at.line(), where(name, line, at)
                        + ": the file contains bytes that are not UTF-8 text; save it as UTF-8 (\"CSV UTF-8\" in Excel) and run again.", e);
            }
            cause = cause.getCause();
        }
        String message = String.valueOf(e.getMessage());
        if (message.toLowerCase(Locale.ROOT).contains("encapsulated token")) {
            LimitedReader.Place at = scan(path, name, true);
            return new InputFileException(name, at == null ? line : at.line(), where(name, line, at)
                    + ": the quoted field that begins on this line is never closed properly: a closing quote (\") is missing,"
                    + " or a quote inside the field is not doubled (\"\").", e);
        }
        return new InputFileException(name, line, name + " line " + line + " cannot be read as CSV: " + message, e);
    }

    private static String where(String name, long line, LimitedReader.Place at) {
        return at == null ? name + " line " + line : name + " line " + at.line() + ", column " + at.column();
    }

    /**
     * Reads the file again from the start to place a problem the parser met: with {@code quotes},
     * where the first quoted value it refuses begins; otherwise where the first bytes that are not
     * UTF-8 are (the line and the column the decoder was in). {@code null} when the file cannot be
     * read again, breaks a limit first, or holds no such problem.
     */
    static LimitedReader.Place scan(Path path, String name, boolean quotes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(SNIFF_BYTES);
        CharBuffer chars = CharBuffer.allocate(SNIFF_BYTES);
        LimitedReader tracker = new LimitedReader(Reader.nullReader(), name);
        boolean start = true;
        try (ReadableByteChannel channel = Files.newByteChannel(path)) {
            while (true) {
                boolean eof = channel.read(bytes) < 0;
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, eof);
                chars.flip();
                if (start && chars.hasRemaining()) {
                    start = false;
                    if (chars.get(chars.position()) == BYTE_ORDER_MARK) {
                        chars.get();
                    }
                }
                tracker.step(chars);
                chars.clear();
                if (quotes && tracker.badQuote() != null) {
                    return tracker.badQuote();
                }
                if (result.isError()) {
                    return quotes ? null : tracker.place();
                }
                bytes.compact();
                if (eof && result.isUnderflow()) {
                    tracker.endOfInput();
                    return quotes ? tracker.badQuote() : null;
                }
            }
        } catch (IOException | InputFileException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // the open already failed; the original problem is the one to report
        }
    }
}
