package org.rolecompare.delivery;

import org.rolecompare.compare.RoleNames;

/**
 * The verb that agrees with a role's title as the subject of a sentence: "Patient Account Manager
 * earns", "Nurse Practitioners earn", "Physicians, All Other earn".
 *
 * <p>Why here: delivery knows a role only by the title {@code comparisons.csv} gives, so this asks
 * {@link RoleNames#displayVerb} of a role named by its title alone: the same rule as the reports,
 * not a second copy of it.
 */
final class TitleVerbs {

    private TitleVerbs() {
    }

    /** {@code singularForm} when {@code title} names one person ("Patient Account Manager"), else {@code pluralForm}. */
    static String verb(String title, String singularForm, String pluralForm) {
        return RoleNames.of(title, null, null).displayVerb(singularForm, pluralForm);
    }
}
