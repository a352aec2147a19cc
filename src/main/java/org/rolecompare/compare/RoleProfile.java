package org.rolecompare.compare;

import java.util.List;

/**
 * Everything known about one accepted role: the roles.csv row plus its breakdowns, skills and
 * responsibilities, each list in the order of its input file (which is the display order).
 */
public record RoleProfile(Role role, List<Breakdown> breakdowns, List<Skill> skills, List<String> responsibilities) {

    public RoleProfile {
        breakdowns = List.copyOf(breakdowns);
        skills = List.copyOf(skills);
        responsibilities = List.copyOf(responsibilities);
    }

    /** The breakdown for a dimension, matched ignoring case, or {@code null}. */
    public Breakdown breakdown(String dimension) {
        for (Breakdown b : breakdowns) {
            if (b.dimension().equalsIgnoreCase(dimension)) {
                return b;
            }
        }
        return null;
    }
}
