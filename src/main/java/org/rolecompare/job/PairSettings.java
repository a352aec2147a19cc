package org.rolecompare.job;

import java.util.Locale;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Where a run's pairs come from and how related roles are found, read from its job parameters in one
 * place. Apart from {@link RunSettings} because only the steps that deal with pairs ask.
 *
 * @param perRole  related roles kept per role
 * @param minScore the lowest related score kept, 0–1
 */
record PairSettings(PairSource from, int perRole, double minScore) {

    /** Related roles per role when the job does not say. */
    static final int DEFAULT_PER_ROLE = 5;
    /** The lowest related score kept when the job does not say. */
    static final double DEFAULT_MIN_SCORE = 0.2;

    static PairSettings of(JobParameters parameters) {
        String from = parameters.getString(JobParameterNames.PAIRS_FROM);
        Long perRole = parameters.getLong(JobParameterNames.RELATED_PER_ROLE);
        Double minScore = parameters.getDouble(JobParameterNames.RELATED_MIN_SCORE);
        return new PairSettings(from == null || from.isEmpty() ? PairSource.LISTED : PairSource.valueOf(from.toUpperCase(Locale.ROOT)),
                perRole == null ? DEFAULT_PER_ROLE : perRole.intValue(), minScore == null ? DEFAULT_MIN_SCORE : minScore);
    }

    /** Whether the run finds related roles and reports on their pairs. */
    boolean findsRelated() {
        return from != PairSource.LISTED;
    }

    /** Whether the run reads comparisons.csv: not when its pairs come from related roles only. */
    boolean readsListed() {
        return from != PairSource.RELATED;
    }
}
