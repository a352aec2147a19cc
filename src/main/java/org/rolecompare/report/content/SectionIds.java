package org.rolecompare.report.content;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The ids of one report's sections: each name in lower-case letters, digits and hyphens ("What
 * does a nurse do?" becomes "what-does-a-nurse-do"), with "-2", "-3", ... added where a name
 * repeats, as when both roles have the same heading. One instance per report.
 */
final class SectionIds {

    private final Set<String> taken = new HashSet<>();

    String next(String name) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "section";
        }
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
