package org.rolecompare.report.html;

import java.util.List;

/**
 * The page of one role, {@code roles/ROLE.html}, as the template shows it: the role's facts in
 * groups (unknown facts left out and named in {@code notInData}), its description, example
 * responsibilities, skills, and the links to its comparisons, A–Z by the other role.
 *
 * @param officialTitle the roles.csv title when the heading shows a shorter one, else {@code null}
 * @param notInData     "Not in the data: hourly rate, job satisfaction.", or {@code null} when every fact is known
 */
record RolePage(String id, String heading, String officialTitle, String descriptionHeading, String description,
                List<FactGroup> groups, String notInData, String responsibilitiesHeading, List<String> responsibilities,
                String skillsHeading, List<Fact> skills, List<Link> comparisons, SiteRun run) {

    /** A titled group of facts; {@code id} is its section's element id. */
    record FactGroup(String id, String heading, List<Fact> facts) {
    }
}
