package org.rolecompare.report.content;

import java.util.List;

/**
 * A section listing items per role: responsibilities (bullets, one role after the other) or skills
 * (a ranked list per role, read side by side, under an optional chart, with the items both roles
 * list marked and named again in a closing line).
 *
 * @param id          see {@link Section#id()}
 * @param name        the short name, e.g. "Skills"
 * @param heading     the heading shown
 * @param ranked      whether the lists are ranked (skills): each item's text starts with its rank
 *                    ("1. Patients, 39%") and the two lists are shown side by side; otherwise
 *                    (responsibilities) plain items, one role's list after the other's
 * @param chart       the chart shown under the heading before the lists, or {@code null}
 * @param lists       the left role's list, then the right role's
 * @param sharedMark  the tag shown after a shared item ("shared"), or {@code null} when items are never shared
 * @param sharedLabel the label of the closing line ("Shared skills:"), or {@code null} when there is none
 * @param sharedText  the rest of the closing line ("Patients, Patient Care", or "none"), or {@code null}
 */
public record ListSection(String id, String name, String heading, boolean ranked, PairedBars chart, List<RoleList> lists,
                          String sharedMark, String sharedLabel, String sharedText) implements Section {

    /**
     * One role's list: its heading ("Common patient relations manager skills") and items, or, when
     * it has none, the sentence shown instead ({@code absentText}, else {@code null}).
     */
    public record RoleList(String heading, List<Item> items, String absentText) {

        public RoleList {
            items = List.copyOf(items);
        }
    }

    /** One item as shown, and whether both roles list it (shown with {@link ListSection#sharedMark()}). */
    public record Item(String text, boolean shared) {
    }

    public ListSection {
        lists = List.copyOf(lists);
    }

    @Override
    public List<String> names() {
        return List.of(name);
    }
}
