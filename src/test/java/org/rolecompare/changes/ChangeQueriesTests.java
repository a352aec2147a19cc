package org.rolecompare.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rolecompare.staging.LineRange;
import org.rolecompare.staging.StagingDatabase;

/**
 * The stored changes read back against real H2 tables: a partition's range reads the changes of
 * exactly the roles of its accepted comparisons, in stored order, however many roles it has.
 */
class ChangeQueriesTests {

    private final StagingDatabase db = new StagingDatabase();
    private final ChangeQueries queries = new ChangeQueries(db.jdbc);

    @Test
    void readsTheChangesOfTheRolesInARangeInStoredOrder() {
        // given
        db.comparison(7, 2, "a", "b", "ACCEPTED").comparison(7, 3, "b", "c", "REJECTED").comparison(7, 4, "d", "e", "ACCEPTED");
        db.salaryChange(7, 1, "b", 100, 110).salaryChange(7, 2, "c", 100, 90).salaryChange(7, 3, "a", 50, 60)
                .salaryChange(7, 4, "b", 110, 121).salaryChange(6, 1, "a", 1, 2);

        // when
        Map<String, List<RoleChange>> changes = queries.changesOfRolesIn(7, new LineRange(2, 3, 1));

        // then
        assertThat(changes).containsOnlyKeys("a", "b");
        assertThat(changes.get("b")).extracting(RoleChange::newValue).containsExactly(110.0, 121.0);
        assertThat(changes.get("a")).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Title a");
            assertThat(c.kind()).isEqualTo(RoleChange.Kind.CHANGED);
            assertThat(c.oldValue()).isEqualTo(50.0);
            assertThat(c.change()).isEqualTo(20.0);
            assertThat(c.unit()).isEqualTo(RoleChange.Unit.PERCENT);
        });
    }

    @Test
    void readsTheChangesOfAPartitionWithMoreRolesThanOneQueryTakes() {
        // given
        for (int i = 0; i < 300; i++) {
            db.comparison(7, i + 2, "r" + 2 * i, "r" + (2 * i + 1), "ACCEPTED");
        }
        db.salaryChange(7, 1, "r599", 100, 110).salaryChange(7, 2, "r0", 100, 90).salaryChange(7, 3, "r300", 100, 80);

        // when
        Map<String, List<RoleChange>> changes = queries.changesOfRolesIn(7, new LineRange(2, 301, 300));

        // then
        assertThat(changes).containsOnlyKeys("r0", "r300", "r599");
    }
}
