package org.rolecompare.report.content;

import java.util.function.Function;

/**
 * A section before it has its id: its short name, whether neither role has data for it (then an
 * {@link AbsentSection} stands for it), and how to make it once its id is known.
 *
 * <p>Ids are given in the order sections are shown, after the empty ones have collapsed, so they
 * stay short and unique.
 */
record SectionDraft(String name, boolean empty, Function<String, Section> withId) {
}
