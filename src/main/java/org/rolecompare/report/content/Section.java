package org.rolecompare.report.content;

import java.util.List;

/**
 * One part of a report below its summary, in the order a report shows them: a table of figures,
 * a role's description, lists per role, or one line standing for sections without data.
 *
 * <p>Sealed, so that a renderer handles every kind and a new kind cannot be forgotten by one of them.
 */
public sealed interface Section permits TableSection, TextSection, ListSection, AbsentSection {

    /**
     * A name for links to the section, unique within its report, made of lower-case letters, digits
     * and hyphens ("overview", "what-does-a-patient-relations-manager-do").
     */
    String id();

    /**
     * The section's short names, as the PDF's outline (bookmarks) lists them: one per section
     * ("Overview"), several for an {@link AbsentSection} that stands for several sections.
     */
    List<String> names();
}
