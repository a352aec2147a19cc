package org.rolecompare.delivery;

import org.rolecompare.compare.Role;
import org.rolecompare.compare.RoleNames;

/**
 * The verb that agrees with a role's title as the subject of a sentence: "Patient Account Manager
 * earns", "Nurse Practitioners earn", "Physicians, All Other earn".
 *
 * <p>Why here: delivery knows a role only by the title {@code comparisons.csv} gives, while
 * {@link RoleNames}, which owns the rule, is built from a {@link Role}. So this names a role that
 * has nothing but its title and asks {@link RoleNames#displayVerb} — the same rule as the reports,
 * not a second copy of it.
 */
final class TitleVerbs {

    private TitleVerbs() {
    }

    /** {@code singularForm} when {@code title} names one person ("Patient Account Manager"), else {@code pluralForm}. */
    static String verb(String title, String singularForm, String pluralForm) {
        return RoleNames.of(titleOnly(title)).displayVerb(singularForm, pluralForm);
    }

    private static Role titleOnly(String title) {
        return new Role(title, title, null, null, 0, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }
}
