package org.rolecompare.report.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * The Comparisons sheet's columns as plain values, for files in other formats
 * ({@code comparisons.csv}) that must show exactly the same columns as the sheet.
 */
public final class ComparisonColumns {

    private final List<Column<ComparisonRow>> columns;

    private ComparisonColumns(List<Column<ComparisonRow>> columns) {
        this.columns = columns;
    }

    /** The columns for a run whose demographic dimensions are {@code dimensions}, in column order. */
    public static ComparisonColumns of(List<String> dimensions) {
        return new ComparisonColumns(Columns.comparisons(dimensions));
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /**
     * The row's values in header order: a {@link Number}, a {@link Boolean} or text, {@code null} for
     * unknown. The report column holds the PDF's path relative to the workbook.
     */
    public List<Object> values(ComparisonRow row) {
        List<Object> values = new ArrayList<>(columns.size());
        for (Column<ComparisonRow> column : columns) {
            Object value = column.value().apply(row);
            values.add(value instanceof FileLink link ? link.address()
                    : value == null || value instanceof Number || value instanceof Boolean ? value : value.toString());
        }
        return values;
    }
}
