package org.rolecompare.ingest;

import java.io.IOException;
import java.io.Reader;
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
 */
final class LimitedReader extends Reader {

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    /** A quote inside a quoted value: either the first of a doubled quote or the closing one. */
    private static final int QUOTE_IN_QUOTED = 3;

    private final Reader in;
    private final String file;
    private List<String> columnNames = List.of();
    private boolean headerRead;
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

    /** The header's names, so that a value that is too long can be reported under its column's name. */
    void columnNames(List<String> names) {
        this.columnNames = List.copyOf(names);
    }

    /** The physical line of the next character to be read. */
    long line() {
        return line;
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
                count();
            }
            if (newLine) {
                line++;
            }
            return;
        }
        if (state == QUOTE_IN_QUOTED && c == '"') {
            state = QUOTED;
            count();
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
        } else {
            state = UNQUOTED;
            count();
        }
    }

    private void count() {
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
        if (rowChars > 0) {
            headerRead = true;
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
