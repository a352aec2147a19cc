package org.rolecompare.job;

import java.util.List;
import java.util.Map;

import org.rolecompare.related.RelatedNote;
import org.rolecompare.related.RelatedRole;
import org.rolecompare.staging.LineRange;
import org.rolecompare.staging.RelatedStore;

/**
 * The related line of each report of one partition ("Related: 0.71 — shared skills Patients,
 * Patient Care"), from the related roles the findRelated step stored: read in one query when the
 * partition starts, none at all in a run that does not find related roles. Like the change note, it
 * comes from the staging tables only, so a cluster worker finds the same lines as a local thread.
 */
final class RelatedNotes {

    private static final RelatedNotes NONE = new RelatedNotes(Map.of());

    private final Map<List<String>, RelatedRole> byPair;

    private RelatedNotes(Map<List<String>, RelatedRole> byPair) {
        this.byPair = byPair;
    }

    static RelatedNotes forPartition(RelatedStore store, long runId, LineRange range, PairSettings pairs) {
        return pairs.findsRelated() ? new RelatedNotes(store.relatedIn(runId, range)) : NONE;
    }

    /**
     * The line for a report of {@code leftId} and {@code rightId}, the shared skills as the left role
     * spells them where the pair was found from its side, or {@code null} when the pair has no
     * related score (a listed pair that was not found).
     */
    String noteFor(String leftId, String rightId) {
        RelatedRole related = byPair.get(List.of(leftId, rightId));
        if (related == null) {
            related = byPair.get(List.of(rightId, leftId));
        }
        return related == null ? null : RelatedNote.line(related.score(), related.sharedSkills());
    }
}
