package org.rolecompare.report.pdf;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.DocumentException;

import org.rolecompare.report.content.ListSection;
import org.rolecompare.report.content.ReportContent;

/**
 * Lays out the report's sections that list items per role: responsibilities as bullets under each
 * role's subheading, and skills as a paired bar chart (when the content has one) over two ranked
 * lists side by side, shared items in bold and tagged, and a closing "Shared skills" line.
 */
final class ListSections {

    private final ReportContent content;
    private final ReportLayout layout;
    private final ReportStyles styles;

    ListSections(ReportContent content, ReportLayout layout, ReportStyles styles) {
        this.content = content;
        this.layout = layout;
        this.styles = styles;
    }

    void write(ListSection section) throws DocumentException {
        if (section.ranked()) {
            ranked(section);
        } else {
            bullets(section);
        }
    }

    /** Each role's subheading and its items as bullets, one role after the other. */
    private void bullets(ListSection section) {
        layout.heading(section.heading(), section.name());
        for (ListSection.RoleList list : section.lists()) {
            layout.subheading(list.heading());
            if (list.absentText() != null) {
                layout.add(styles.body(list.absentText()));
            }
            for (ListSection.Item item : list.items()) {
                layout.add(styles.bullet(styles.text(item.text(), ReportStyles.BODY_SIZE, ReportStyles.TEXT)));
            }
        }
    }

    /** The chart under the heading, then both ranked lists side by side, then the closing line. */
    private void ranked(ListSection section) throws DocumentException {
        String heading = section.heading();
        if (section.chart() != null) {
            ChartCanvas chart = new PairedBarChart(styles.fontInUse()).draw(layout.width(), content.leftName(),
                    content.rightName(), section.chart());
            layout.keepSpace(layout.headingHeight(heading) + chart.height() + ReportLayout.CHART_EXTRAS);
            layout.add(styles.heading(heading, layout.anchor(section.name())));
            layout.addChart(section.chart().title(), chart, section.chart().caption());
        }
        TableBlock lists = styles.listsTable(layout.width());
        List<ListSection.RoleList> both = section.lists();
        lists.addRow(styles.headerCell(both.get(0).heading()), styles.headerCell(both.get(1).heading()));
        lists.addRow(styles.listCell(lines(both.get(0), section.sharedMark())), styles.listCell(lines(both.get(1), section.sharedMark())));
        float together = lists.totalHeight() + 30f;
        if (section.chart() != null) {
            layout.keepTogether(together);
        } else {
            layout.keepTogether(layout.headingHeight(heading) + together);
            layout.add(styles.heading(heading, layout.anchor(section.name())));
        }
        layout.add(lists);
        layout.add(TextBlock.of(14f, styles.bold(section.sharedLabel() + " ", ReportStyles.BODY_SIZE, ReportStyles.TEXT))
                .append(styles.text(section.sharedText(), ReportStyles.BODY_SIZE, ReportStyles.TEXT)).spacing(6f, 0f));
    }

    /** The role's list as lines of a cell, shared items in bold and tagged with {@code mark}. */
    private List<TextBlock> lines(ListSection.RoleList list, String mark) {
        List<TextBlock> lines = new ArrayList<>();
        if (list.absentText() != null) {
            lines.add(styles.listLine(styles.text(list.absentText(), ReportStyles.CELL_SIZE, ReportStyles.MUTED)));
        }
        for (ListSection.Item item : list.items()) {
            if (item.shared()) {
                List<TextBlock.Span> line = new ArrayList<>(styles.bold(item.text(), ReportStyles.CELL_SIZE, ReportStyles.TEXT));
                line.addAll(styles.text("  " + mark, ReportStyles.SMALL_SIZE, ReportStyles.MUTED));
                lines.add(styles.listLine(line));
            } else {
                lines.add(styles.listLine(styles.text(item.text(), ReportStyles.CELL_SIZE, ReportStyles.TEXT)));
            }
        }
        return lines;
    }
}
