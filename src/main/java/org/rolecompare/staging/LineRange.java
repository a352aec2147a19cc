package org.rolecompare.staging;

/**
 * One partition of the report step: the accepted comparisons from {@code firstLine} to
 * {@code lastLine} of comparisons.csv, {@code reports} of them.
 */
public record LineRange(long firstLine, long lastLine, long reports) {
}
