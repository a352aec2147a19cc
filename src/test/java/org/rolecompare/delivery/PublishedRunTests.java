package org.rolecompare.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The digest's "what changed" lines come from the manifest: counts first, then the largest changes. */
class PublishedRunTests {

    @Test
    void listsTheLargestChangesFirst() {
        // given
        var changes = JsonMapper.builder().build().readTree("""
                {"previous_run_date": "2026-11-26", "roles_added": 1, "roles_removed": 0, "values_changed": 2,
                 "items": [
                   {"kind": "added", "role_id": "medical-receptionist"},
                   {"kind": "changed", "role_id": "patient-account-manager", "field": "gender: Female",
                    "old": 78.8, "new": 79.8, "change": 1.0, "unit": "pp"},
                   {"kind": "changed", "role_id": "patient-account-manager", "field": "average salary",
                    "old": 70777, "new": 73000, "change": 3.14, "unit": "%"}]}
                """);

        // when
        var lines = PublishedRun.changes(changes);

        // then
        assertThat(lines).containsExactly(
                "Since 2026-11-26: 1 roles added, 0 removed, 2 values changed.",
                "patient-account-manager: average salary 70,777 → 73,000 (+3.1%)",
                "patient-account-manager: gender: Female 78.80 → 79.80 (+1.0 pp)");
    }

    @Test
    void noPreviousRunNoLines() {
        // given
        var changes = JsonMapper.builder().build().readTree("{\"previous_run_date\": null, \"items\": []}");

        // when / then
        assertThat(PublishedRun.changes(changes)).isEmpty();
    }
}
