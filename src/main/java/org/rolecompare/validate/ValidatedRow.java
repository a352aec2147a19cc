package org.rolecompare.validate;

import java.util.List;

import org.rolecompare.ingest.CsvRow;

/**
 * The outcome of validating one input row: the typed value when the row is usable, and every
 * finding it raised. A row with an error finding is rejected and its {@code value} is {@code null}.
 */
public record ValidatedRow<T>(CsvRow row, String roleId, T value, List<Finding> findings) {

    public ValidatedRow {
        findings = List.copyOf(findings);
    }

    public boolean rejected() {
        return value == null;
    }
}
