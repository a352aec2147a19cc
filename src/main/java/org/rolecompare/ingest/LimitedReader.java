package org.rolecompare.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reader that follows the CSV structure of the characters passing through it (the quoting rules
 * of RFC 4180 as commons-csv applies them) and stops the file at the first row that breaks one of
 * the {@link InputLimits}: too many columns, a value or a row too long. It throws while the row
 * is still being read, so a line of any length costs at most the limit in memory, and the
 * {@link InputFileException} names the file, the line and, where known, the column.
 *
 * <p>The parser reads ahead, so this reader may stop the file a little before the parser reaches
 * the row at fault; the line numbers are its own and count every physical line (CR, LF or CRLF).
 *
 * <p>It also knows where it is (line and column, by the header's names once the header is read)
 * and where the first quoted value that the parser refuses begins (a closing quote followed by
 * more than spaces, or a quote never closed), so that a problem the parser or the decoder meets
 * can be placed precisely by running the characters through it again ({@link #step(CharBuffer)}).
 */
final class LimitedReader extends Reader {

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    /** A quote inside a quoted value: either the first of a doubled quote or the closing one. */
    private static final int QUOTE_IN_QUOTED = 3;
    /** Spaces after the closing quote of a quoted value, which the parser passes over. */
    private static final int AFTER_QUOTED = 4;
    /** Characters kept of a header name, for messages. */
    private static final int NAME_CHARS = 200;

    /** A place in the file: a physical line and a column, by its header name or, in the header, its position. */
    record Place(long line, String column) {
    }

    private final Reader in;
    private final String file;
    private final List<String> columnNames = new ArrayList<>();
    private final StringBuilder headerName = new StringBuilder();
    private boolean headerRead;
    private Place badQuote;
    private long line = 1;
    private long rowLine = 1;
    private long fieldLine = 1;
    private int field;
    private long fieldChars;
    private long rowChars;
    private int state = FIELD_START;
    private boolean afterCarriageReturn;

    LimitedReader(Reader in, String file) {
        this.in = in;
        this.file = file;
    }

    /** The physical line of the next character to be read. */
    long line() {
        return line;
    }

    /** Where the next character to be read is. */
    Place place() {
        return new Place(line, columnName());
    }

    /**
     * Where the first quoted value the parser refuses begins: one whose closing quote is followed by
     * more than spaces, or, once {@link #endOfInput()} is called, one never closed; {@code null} while there is none.
     */
    Place badQuote() {
        return badQuote;
    }

    /** Runs characters through, as reading them would. */
    void step(CharBuffer chars) {
        while (chars.hasRemaining()) {
            step(chars.get());
        }
    }

    /** Marks the end of the characters: a quoted value still open is one never closed. */
    void endOfInput() {
        if (state == QUOTED) {
            quoteRefused();
        }
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            step(buffer[i]);
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void step(char c) {
        boolean lineBreak = c == '\r' || c == '\n';
        boolean newLine = c == '\r' || c == '\n' && !afterCarriageReturn;
        afterCarriageReturn = c == '\r';
        if (state == QUOTED) {
            if (c == '"') {
                state = QUOTE_IN_QUOTED;
            } else {
                count(c);
            }
            if (newLine) {
                line++;
            }
            return;
        }
        if (state == QUOTE_IN_QUOTED && c == '"') {
            state = QUOTED;
            count(c);
            return;
        }
        if (lineBreak) {
            if (newLine) {
                endRow();
                line++;
                rowLine = line;
                fieldLine = line;
            }
            return;
        }
        if (c == ',') {
            nextField();
        } else if (c == '"' && state == FIELD_START) {
            state = QUOTED;
        } else if ((state == QUOTE_IN_QUOTED || state == AFTER_QUOTED) && Character.isWhitespace(c)) {
            state = AFTER_QUOTED;
            count(c);
        } else {
            if (state == QUOTE_IN_QUOTED || state == AFTER_QUOTED) {
                quoteRefused();
            }
            state = UNQUOTED;
            count(c);
        }
    }

    private void quoteRefused() {
        if (badQuote == null) {
            badQuote = new Place(fieldLine, columnName());
        }
    }

    private void count(char c) {
        if (!headerRead && headerName.length() < NAME_CHARS) {
            headerName.append(c);
        }
        fieldChars++;
        rowChars++;
        if (fieldChars > InputLimits.MAX_VALUE_CHARS) {
            throw valueTooLong();
        }
        if (rowChars > InputLimits.MAX_ROW_CHARS) {
            throw rowTooLong();
        }
    }

    private void nextField() {
        if (!headerRead) {
            columnNames.add(headerName.toString());
            headerName.setLength(0);
        }
        field++;
        fieldChars = 0;
        fieldLine = line;
        state = FIELD_START;
        rowChars++;
        if (field >= InputLimits.MAX_COLUMNS) {
            throw tooManyColumns();
        }
        if (rowChars > InputLimits.MAX_ROW_CHARS) {
            throw rowTooLong();
        }
    }

    private void endRow() {
        if (!headerRead) {
            columnNames.add(headerName.toString());
            headerName.setLength(0);
            if (rowChars > 0) {
                headerRead = true;
            } else {
                columnNames.clear();
            }
        }
        field = 0;
        fieldChars = 0;
        rowChars = 0;
        state = FIELD_START;
    }

    private InputFileException tooManyColumns() {
        String message = headerRead
                ? String.format(Locale.US, "%s line %d, column %d: the row has more than %d values; a row may have at most %d columns."
                        + " Look for stray commas, or a value with commas that is not in quotes.",
                        file, line, field + 1, InputLimits.MAX_COLUMNS, InputLimits.MAX_COLUMNS)
                : String.format(Locale.US, "%s line %d: the header has more than %d columns; at most %d are allowed."
                        + " Check that this is the right file, and delete the empty columns at the right before exporting it.",
                        file, rowLine, InputLimits.MAX_COLUMNS, InputLimits.MAX_COLUMNS);
        return new InputFileException(file, headerRead ? line : rowLine, message);
    }

    private InputFileException valueTooLong() {
        return new InputFileException(file, fieldLine, String.format(Locale.US,
                "%s line %d, column %s: the value is longer than %,d characters, the most one value may have; shorten it%s",
                file, fieldLine, columnName(), InputLimits.MAX_VALUE_CHARS, quoteHint()));
    }

    private InputFileException rowTooLong() {
        return new InputFileException(file, rowLine, String.format(Locale.US,
                "%s line %d: the row that begins on this line is longer than %,d characters, the most one row may have;"
                        + " shorten its values%s", file, rowLine, InputLimits.MAX_ROW_CHARS, quoteHint()));
    }

    private String columnName() {
        if (headerRead && field < columnNames.size() && !columnNames.get(field).isBlank()) {
            return columnNames.get(field).strip();
        }
        return Integer.toString(field + 1);
    }

    private String quoteHint() {
        return state == QUOTED
                ? " (if it should be short, a closing quote \" is probably missing after the value that begins on line "
                        + fieldLine + ")."
                : ".";
    }
}
