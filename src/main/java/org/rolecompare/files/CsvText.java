package org.rolecompare.files;

import java.util.regex.Pattern;

/**
 * Makes text safe to put in a CSV cell that a spreadsheet will open: a value that starts with
 * {@code = + - @}, a tab or a carriage return is prefixed with an apostrophe so that it is shown as
 * text rather than run as a formula (OWASP CSV injection), except where it is a plain number.
 */
public final class CsvText {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:[.,]\\d+)*\\s*%?");

    private CsvText() {
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (risky && !NUMBER.matcher(value).matches() && !value.equals("-") && !value.equals("--")) {
            return "'" + value;
        }
        return value;
    }
}
