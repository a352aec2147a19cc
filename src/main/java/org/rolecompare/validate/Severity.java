package org.rolecompare.validate;

/** How bad a finding is: an error rejects the row (and its role); a warning keeps the data. */
public enum Severity {
    ERROR, WARNING;

    /** The lower-case word used in data-quality.csv and the workbook. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
