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
        String base = slug(name);
        if (base.isEmpty()) {
            base = "section";
        }
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The name in lower case, each run of other characters than a-z and 0-9 one hyphen, none at either end. */
    static String slug(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && !slug.isEmpty()) {
                    slug.append('-');
                }
                slug.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return slug.toString();
    }
}
