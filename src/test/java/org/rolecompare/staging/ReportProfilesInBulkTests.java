package org.rolecompare.staging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.generate.SyntheticInput;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The profiles a report partition loads in bulk are exactly the profiles the reports looked up one
 * by one (every field, every list in file order, rejected rows left out), over more roles than one
 * bulk query takes; and a partition's profiles stay with it whatever the shared cache evicts.
 */
class ReportProfilesInBulkTests {

    private static final long RUN = 7;
    private static final double MIN_KNOWN_FIELDS = 0.5;

    @TempDir
    Path dir;

    private JdbcTemplate jdbc;
    private ProfileQueries profiles;
    private final List<String> accepted = new ArrayList<>();

    @BeforeEach
    void loadGeneratedInput() throws Exception {
        jdbc = new StagingDatabase().jdbc;
        StagingStore store = new StagingStore(jdbc);
        profiles = new ProfileQueries(jdbc);
        SyntheticInput.write(new SyntheticInput.Settings(ProfileQueries.IDS_PER_QUERY + 150, 700, 3, 0.1), dir);
        StagedInput.load(store, RUN, dir);
        new CrossCheck(jdbc, store, new StagingCounts(jdbc)).run(RUN, MIN_KNOWN_FIELDS);
        new AcceptedRows(jdbc).forEachRole(RUN, role -> accepted.add(role.id()));
    }

    @Test
    void bulkProfilesAreTheLookedUpProfiles() {
        // given
        assertThat(accepted).hasSizeGreaterThan(ProfileQueries.IDS_PER_QUERY);

        // when
        Map<String, RoleProfile> bulk = profiles.profiles(RUN, accepted);

        // then
        assertThat(bulk).containsOnlyKeys(accepted);
        for (String id : accepted) {
            assertThat(bulk.get(id)).isEqualTo(profiles.profile(RUN, id));
        }
        assertThat(bulk.values()).anySatisfy(p -> assertThat(p.responsibilities()).isNotEmpty());
        assertThat(bulk.values()).anySatisfy(p -> assertThat(p.breakdowns()).hasSizeGreaterThan(1));
    }

    @Test
    void aRoleThatIsNotAcceptedFailsAsTheLookUpDoes() {
        // given
        Integer rejected = jdbc.queryForObject("SELECT COUNT(*) FROM rc_role WHERE run_id = ? AND rejected", Integer.class, RUN);
        assertThat(rejected).isPositive();
        String rejectedId = jdbc.queryForObject("SELECT MIN(role_id) FROM rc_role WHERE run_id = ? AND rejected AND role_id NOT IN"
                + " (SELECT role_id FROM rc_role WHERE run_id = ? AND NOT rejected)", String.class, RUN, RUN);

        // when / then
        assertThatThrownBy(() -> profiles.profiles(RUN, List.of(accepted.get(0), rejectedId)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("expected one accepted role " + rejectedId);
    }

    @Test
    void aPartitionKeepsItsProfilesWhenTheSharedCacheEvictsThem() {
        // given
        AtomicInteger prepared = new AtomicInteger();
        ProfileCache cache = new ProfileCache(profiles, RUN, 3, p -> {
            prepared.incrementAndGet();
            return p;
        });
        List<String> partition = accepted.subList(0, 10);
        RoleProfile cachedBefore = cache.get(partition.get(0));

        // when
        Function<String, RoleProfile> held = cache.holding(partition);
        accepted.subList(20, 30).forEach(cache::get);

        // then
        assertThat(prepared).hasValue(1 + 9 + 10);
        assertThat(held.apply(partition.get(0))).isSameAs(cachedBefore);
        for (String id : partition) {
            assertThat(held.apply(id)).isSameAs(held.apply(id)).isEqualTo(profiles.profile(RUN, id));
        }
        assertThat(prepared).hasValue(20);
        assertThat(held.apply(accepted.get(40))).isEqualTo(profiles.profile(RUN, accepted.get(40)));
        assertThat(prepared).hasValue(21);
    }
}
