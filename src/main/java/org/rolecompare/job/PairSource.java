package org.rolecompare.job;

/**
 * Where a run's pairs come from (job file {@code pairs.from}, {@code run --pairs}): the pairs
 * comparisons.csv lists, the pairs of related roles the run finds from the data, or both.
 */
public enum PairSource {

    /** comparisons.csv, as before related roles existed: the default. */
    LISTED,
    /** Each role's most related roles; comparisons.csv is not read and may be absent. */
    RELATED,
    /** The listed pairs and the related ones; a pair in both gets one report. */
    BOTH
}
