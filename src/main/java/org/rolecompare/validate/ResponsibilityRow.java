package org.rolecompare.validate;

/** One accepted row of responsibilities.csv. */
public record ResponsibilityRow(String roleId, String text) {
}
