package org.rolecompare.validate;

import java.util.Locale;

/**
 * How bad a finding is: an error rejects the row (and its role); a warning keeps the data but says
 * something looks wrong; an info keeps the data and only says what readers will miss (e.g. a role
 * with few fields known). Neither a warning nor an info changes the exit code.
 */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case word used in data-quality.csv and the workbook. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
