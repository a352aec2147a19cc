package org.rolecompare.changes;

/**
 * One difference in a role's data between the previous completed run of a job and this one:
 * a role added or removed, or one value changed.
 *
 * @param field  for {@code CHANGED}: what changed, in words ("average salary", "gender: Female",
 *               "skill: Patients"); empty for added and removed roles
 * @param change for {@code CHANGED}: new − old in percentage points when {@code unit} is PP, or
 *               the relative change in percent when it is PERCENT; {@code null} when old was 0
 */
public record RoleChange(String roleId, String title, Kind kind, String field, Double oldValue, Double newValue,
                         Double change, Unit unit) {

    /** What happened to the role. */
    public enum Kind {
        ADDED, REMOVED, CHANGED
    }

    /** How {@code change} is expressed: relative percent (money, counts) or percentage points (rates, shares). */
    public enum Unit {
        PERCENT, PP
    }

    public static RoleChange added(String roleId, String title) {
        return new RoleChange(roleId, title, Kind.ADDED, "", null, null, null, null);
    }

    public static RoleChange removed(String roleId, String title) {
        return new RoleChange(roleId, title, Kind.REMOVED, "", null, null, null, null);
    }
}
