package org.rolecompare.compare;

/** One category of a demographic breakdown, e.g. {@code Female, 79.2} (share in percent). */
public record CategoryShare(String category, double share) {
}
