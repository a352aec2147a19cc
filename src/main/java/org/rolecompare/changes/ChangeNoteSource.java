package org.rolecompare.changes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.rolecompare.staging.LineRange;

/**
 * The "changed since" line of each report of one partition, from the changes the detectChanges
 * step stored. The changes of all the partition's roles are read in one query when the partition
 * starts (none at all when there is no previous run), rather than one query per role.
 */
public final class ChangeNoteSource {

    private final LocalDate previousRunDate;
    private final Map<String, List<RoleChange>> byRole;

    ChangeNoteSource(LocalDate previousRunDate, Map<String, List<RoleChange>> byRole) {
        this.previousRunDate = previousRunDate;
        this.byRole = byRole;
    }

    /** The notes of a partition's reports; {@code previousRunDate} is {@code null} when there was no previous run. */
    public static ChangeNoteSource forPartition(ChangeQueries queries, long runId, LineRange range, LocalDate previousRunDate) {
        return new ChangeNoteSource(previousRunDate, previousRunDate == null ? Map.of() : queries.changesOfRolesIn(runId, range));
    }

    /** The note for a pair, or {@code null} when there is no previous run or neither role changed. */
    public String noteFor(String leftId, String rightId) {
        if (previousRunDate == null) {
            return null;
        }
        return ChangeNotes.line(byRole.getOrDefault(leftId, List.of()), byRole.getOrDefault(rightId, List.of()), previousRunDate);
    }
}
