package org.rolecompare.job;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rolecompare.compare.ChangeNotes;
import org.rolecompare.compare.RoleChange;

/**
 * The "changed since" line of each report, from the changes the detectChanges step stored. Each
 * role's changes are read once and kept in a bounded cache, as role profiles are.
 */
final class ChangeNoteSource {

    private final StagingRepository staging;
    private final long runId;
    private final LocalDate previousRunDate;
    private final Map<String, List<RoleChange>> byRole;

    ChangeNoteSource(StagingRepository staging, long runId, LocalDate previousRunDate, int capacity) {
        this.staging = staging;
        this.runId = runId;
        this.previousRunDate = previousRunDate;
        this.byRole = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<RoleChange>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The note for a pair, or {@code null} when there is no previous run or neither role changed. */
    String noteFor(String leftId, String rightId) {
        if (previousRunDate == null) {
            return null;
        }
        return ChangeNotes.line(changesOf(leftId), changesOf(rightId), previousRunDate);
    }

    private synchronized List<RoleChange> changesOf(String roleId) {
        return byRole.computeIfAbsent(roleId, id -> staging.changesOf(runId, id));
    }
}
