package org.rolecompare.compare;

/**
 * One of a role's top skills. {@code share} is the percentage of postings naming it, or {@code null}
 * when the source ranks skills without shares.
 */
public record Skill(String name, Double share) {
}
