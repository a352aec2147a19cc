package org.rolecompare.ingest;

/**
 * A value that does not parse as its type. Carries what a valid value looks like, so the finding
 * can tell the user, e.g. "money such as 43633 or $43,633".
 */
public class InvalidValueException extends Exception {

    private final String expected;

    public InvalidValueException(String expected) {
        super("expected " + expected);
        this.expected = expected;
    }

    public String expected() {
        return expected;
    }
}
