package org.rolecompare.related;

import java.util.List;

/**
 * One row of related.csv: {@code relatedRoleId} is the {@code rank}-th most related role of
 * {@code roleId} (1 = most related), with the pair's score, the skills both list (most weighty
 * first, spelled as {@code roleId}'s data spells them) and a short reason in words.
 */
public record RelatedRole(String roleId, String relatedRoleId, int rank, double score, List<String> sharedSkills,
                          String reason) {

    public RelatedRole {
        sharedSkills = List.copyOf(sharedSkills);
    }
}
