package org.rolecompare.ingest;

/**
 * The size limits of an input file. commons-csv has none: a header of a million columns or a line
 * of 50 MB is read into memory whole and then fails far from the input (an OutOfMemoryError, in
 * the parser or the database). These limits are far above any real feed and low enough that a file
 * breaking one is refused early, as a file-level error naming the file, the line and the column.
 */
public final class InputLimits {

    /**
     * Columns of a row (the header included). roles.csv, the widest file, has 24 columns; the rest
     * leaves room for extra columns, which are ignored with a warning.
     */
    public static final int MAX_COLUMNS = 200;

    /**
     * Characters of one value. Real descriptions are a few hundred characters; the workbook keeps
     * at most 32,767 of a value and the PDF report far fewer, so more is never shown anyway.
     */
    public static final int MAX_VALUE_CHARS = 1_048_576;

    /**
     * Characters of one row, from its first line to its last (a quoted value may span lines), so
     * also of one physical line: room for one value at its limit and a full row besides.
     */
    public static final int MAX_ROW_CHARS = 2_097_152;

    private InputLimits() {
    }
}
