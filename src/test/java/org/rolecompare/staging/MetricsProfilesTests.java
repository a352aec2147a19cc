package org.rolecompare.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.generate.SyntheticInput;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The profiles the workbook loads in bulk for the metrics are the profiles the reports look up one
 * by one, minus what no metric reads (description and responsibilities), so both give the same
 * numbers; and past the cap on roles held in memory the workbook falls back to looking them up.
 */
class MetricsProfilesTests {

    private static final long RUN = 7;
    /** The jobs' default share of key fields known (RunSettings). */
    private static final double MIN_KNOWN_FIELDS = 0.5;

    @TempDir
    Path dir;

    private ProfileQueries profiles;
    private ComparisonQueries comparisons;
    private AcceptedRows rows;

    @BeforeEach
    void loadGeneratedInput() throws Exception {
        JdbcTemplate jdbc = new StagingDatabase().jdbc;
        StagingStore store = new StagingStore(jdbc);
        profiles = new ProfileQueries(jdbc);
        comparisons = new ComparisonQueries(jdbc);
        rows = new AcceptedRows(jdbc);
        SyntheticInput.write(new SyntheticInput.Settings(60, 200, 3, 0.1), dir);
        StagedInput.load(store, RUN, dir);
        new CrossCheck(jdbc, store, new StagingCounts(jdbc)).run(RUN, MIN_KNOWN_FIELDS);
    }

    @Test
    void bulkProfilesAreTheLookedUpProfilesWithoutWhatNoMetricReads() {
        // when
        Map<String, RoleProfile> bulk = profiles.metricsProfiles(RUN, 1_000).orElseThrow();

        // then
        List<String> accepted = new ArrayList<>();
        rows.forEachRole(RUN, role -> accepted.add(role.id()));
        assertThat(accepted).hasSizeBetween(40, 59);
        assertThat(bulk).containsOnlyKeys(accepted);
        for (String id : accepted) {
            RoleProfile full = profiles.profile(RUN, id);
            RoleProfile light = bulk.get(id);
            assertThat(light.role()).isEqualTo(withoutDescription(full.role()));
            assertThat(light.breakdowns()).isEqualTo(full.breakdowns());
            assertThat(light.skills()).isEqualTo(full.skills());
            assertThat(light.responsibilities()).isEmpty();
        }
    }

    @Test
    void bulkAndLookedUpProfilesGiveTheSameMetrics() {
        // given
        Function<String, RoleProfile> bulk = profiles.metricsProfiles(RUN, 1_000).orElseThrow()::get;
        Function<String, RoleProfile> lookedUp = id -> profiles.profile(RUN, id);

        // when
        List<ComparisonTask> comparisons = new ArrayList<>();
        this.comparisons.forEachAccepted(RUN, comparisons::add);

        // then
        assertThat(comparisons).hasSizeGreaterThan(100);
        for (ComparisonTask c : comparisons) {
            assertThat(MetricsCalculator.compute(bulk.apply(c.leftId()), bulk.apply(c.rightId())))
                    .isEqualTo(MetricsCalculator.compute(lookedUp.apply(c.leftId()), lookedUp.apply(c.rightId())));
        }
    }

    @Test
    void moreRolesThanTheCapAreNotLoadedInBulk() {
        // when / then
        assertThat(profiles.metricsProfiles(RUN, 10)).isEmpty();
    }


    private static Role withoutDescription(Role r) {
        return new Role(r.id(), r.title(), null, r.yearsToBecome(), r.averageSalary(), r.hourlyRate(), r.salaryMin(),
                r.salaryMax(), r.growthRate(), r.jobCount(), r.jobSatisfaction(), r.commonDegree(), r.commonDegreeShare(),
                r.commonMajor(), r.commonCollege(), r.averageAge(), r.yearsExperience(), r.lgbtShare(), r.highestPayingCity(),
                r.highestPayingState(), r.bestPayingCompany(), r.bestPayingIndustry(), null, null);
    }
}
