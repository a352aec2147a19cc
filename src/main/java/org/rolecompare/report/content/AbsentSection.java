package org.rolecompare.report.content;

import java.util.List;

/**
 * One line standing where sections without data for either role would have been, such as "No
 * education, demographics or skills data for either role." or "No description of either role.".
 *
 * <p>Real data is sparse; a line instead of empty headings keeps the report short, and the
 * sections' names stay listed so that a reader looking for them finds this line.
 *
 * @param id    see {@link Section#id()}
 * @param names the short names of the sections it stands for, in order
 * @param text  the line shown
 */
public record AbsentSection(String id, List<String> names, String text) implements Section {

    public AbsentSection {
        names = List.copyOf(names);
    }
}
