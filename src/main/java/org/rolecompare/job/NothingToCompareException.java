package org.rolecompare.job;

/**
 * A run that would publish no report at all: comparisons.csv lists no pair (or is not read) and no
 * related roles were found. It fails rather than publish an empty run with exit 0, which would hide
 * a broken feed or a min-score set too high.
 */
public class NothingToCompareException extends RuntimeException {

    public NothingToCompareException(String message) {
        super(message);
    }
}
