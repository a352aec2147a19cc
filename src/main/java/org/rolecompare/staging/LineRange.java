package org.rolecompare.staging;

/**
 * One partition of the report step: the accepted comparisons from {@code firstLine} to
 * {@code lastLine} of comparisons.csv (and of the pairs added from related roles, whose lines follow
 * the file's, see {@link RelatedStore}), {@code reports} of them.
 */
public record LineRange(long firstLine, long lastLine, long reports) {
}
