package org.rolecompare.jobfile;

/**
 * A share from 0 to 1, written in a job file as a percentage ({@code 50%}, {@code 12.5 %}) or a
 * fraction ({@code 0.5}). Its own type so that the binder converts, and refuses, it like any other
 * value, with the key and the bad value in the message.
 *
 * @param value the share, 0 to 1
 */
public record Share(double value) {

    /** How a refusal describes what is accepted. */
    static final String EXPECTED = "a share such as 50% or 0.5";

    public Share {
        if (!(value >= 0 && value <= 1)) { // also refuses NaN, which would disable a guard
            throw new IllegalArgumentException("not a share from 0 to 1: " + value);
        }
    }

    /** Reads {@code 50%}, {@code 12.5 %} or {@code 0.5}. */
    public static Share parse(String text) {
        String s = text.trim();
        return new Share(s.endsWith("%") ? Double.parseDouble(s.substring(0, s.length() - 1).trim()) / 100 : Double.parseDouble(s));
    }
}
