package org.rolecompare.validate;

/** One accepted row of skills.csv; {@code share} is {@code null} when unknown. */
public record SkillRow(String roleId, String skill, Double share) {
}
