package org.rolecompare.report.content;

import java.util.List;

/**
 * A section of text under its heading: what one role does ("What does a registered nurse do?").
 *
 * @param id      see {@link Section#id()}
 * @param name    the short name, here the same as the heading
 * @param heading the heading shown
 * @param text    the text shown, "No description available." when the data has none
 */
public record TextSection(String id, String name, String heading, String text) implements Section {

    @Override
    public List<String> names() {
        return List.of(name);
    }
}
