package org.rolecompare.report.xlsx;

import java.util.Arrays;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths computed from the length of what the first rows show.
 *
 * <p>Used instead of {@code autoSizeColumn}, which is slow, needs fonts installed and, on a
 * streamed sheet, only sees the rows still in memory. Widths are capped so a long description
 * does not push the rest of the sheet out of view.
 */
final class ColumnWidths {

    static final int SAMPLE_ROWS = 200;
    private static final int MAX_CHARS = 60;
    private static final int MIN_CHARS = 6;
    /** Room for the filter button and cell padding. */
    private static final int PADDING_CHARS = 3;

    private int[] chars = new int[8];

    void observe(int column, int length) {
        if (column >= chars.length) {
            chars = Arrays.copyOf(chars, Math.max(column + 1, chars.length * 2));
        }
        chars[column] = Math.max(chars[column], length);
    }

    /**
     * Keeps the first {@code columns} columns at most {@code maxChars} wide (padding included): frozen
     * columns must leave the rest of the sheet room to scroll; a longer text is still whole in its cell.
     */
    void cap(int columns, int maxChars) {
        for (int c = 0; c < Math.min(columns, chars.length); c++) {
            chars[c] = Math.min(chars[c], maxChars - PADDING_CHARS);
        }
    }

    /** Sets the widths of the first {@code columns} columns; returns each width in characters. */
    int[] apply(Sheet sheet, int columns) {
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            int length = c < chars.length ? chars[c] : 0;
            widths[c] = Math.min(MAX_CHARS, Math.max(MIN_CHARS, length + PADDING_CHARS));
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        return widths;
    }
}
