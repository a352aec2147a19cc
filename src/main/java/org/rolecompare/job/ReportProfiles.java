package org.rolecompare.job;

import org.rolecompare.staging.ProfileCache;
import org.rolecompare.staging.ProfileQueries;
import org.springframework.stereotype.Component;

/**
 * The role profile cache shared by all report partitions that one process renders for one job
 * execution. Random pairs name every role again and again across partitions; a cache per partition
 * would load each role once per partition instead of once per run. It is only a read-through copy
 * of the staging tables, never state handed from the manager to its workers: a worker in another
 * process fills its own from the same tables. A new job execution (a restart) starts afresh. Its
 * profiles are the PDF report's: text cut to what the report shows ({@link PdfProfiles}). It holds
 * up to {@value #CAPACITY} profiles (about 3 KB each, some 50 MB): a run of that many roles loads
 * each role once; with the cache's default 4,096 a run of 10,000 roles loaded each about five times.
 */
@Component
class ReportProfiles {

    static final int CAPACITY = 16_384;

    private final ProfileQueries staging;
    private long jobExecutionId = -1;
    private ProfileCache cache;

    ReportProfiles(ProfileQueries staging) {
        this.staging = staging;
    }

    synchronized ProfileCache of(long jobExecutionId, long runId) {
        if (cache == null || this.jobExecutionId != jobExecutionId) {
            cache = new ProfileCache(staging, runId, CAPACITY, PdfProfiles::cut);
            this.jobExecutionId = jobExecutionId;
        }
        return cache;
    }
}
