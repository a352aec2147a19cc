package org.rolecompare.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfWriter;

import org.rolecompare.report.content.AbsentSection;
import org.rolecompare.report.content.ListSection;
import org.rolecompare.report.content.ReportContent;
import org.rolecompare.report.content.Section;
import org.rolecompare.report.content.TableSection;
import org.rolecompare.report.content.TextSection;

/**
 * Lays out what one comparison report says ({@link ReportContent}) in an open document, in the
 * order of the seed page: title, subtitle, change line, narrative, key differences and what the data
 * lacks, the sections, and a short "About these numbers" in small type.
 *
 * <p>What the report says, and in which order, is decided by {@code report.content}; this class and
 * the ones it calls only decide how it looks and where pages break. It writes the summary, the
 * descriptions, the lines standing for sections without data and the closing note; the tables are
 * written by {@link TableSections}, the lists by {@link ListSections}, and the page breaks are
 * decided by {@link ReportLayout}. Every section gets an outline entry, a collapsed one too. One
 * instance per render; it holds no state beyond that render.
 */
final class ComparisonDocument {

    private final ReportContent content;
    private final ReportLayout layout;
    private final ReportStyles styles;
    private final TableSections tables;
    private final ListSections lists;

    ComparisonDocument(PageFlow flow, PdfWriter writer, ReportStyles styles, ReportContent content) {
        this.content = content;
        this.layout = new ReportLayout(flow, writer, styles);
        this.styles = styles;
        this.tables = new TableSections(content, layout, styles);
        this.lists = new ListSections(content, layout, styles);
    }

    /** Writes the report. */
    void write() throws DocumentException {
        layout.add(styles.title(content.title(), layout.anchor(content.summaryName())));
        String changeNote = content.changeNote();
        layout.add(styles.note(content.subtitle()).spacing(0f, changeNote == null ? 10f : 2f));
        if (changeNote != null) {
            layout.add(styles.note(changeNote).spacing(0f, 10f));
        }
        for (String paragraph : content.narrative()) {
            layout.add(styles.body(paragraph));
        }
        if (!content.keyDifferences().isEmpty()) {
            layout.add(styles.box(content.keyDifferencesHeading(), content.keyDifferences(), layout.width()));
        }
        if (content.coverageNote() != null) {
            layout.add(styles.note(content.coverageNote()).spacing(2f, 2f));
        }
        for (Section section : content.sections()) {
            write(section);
        }
        about(content.aboutHeading(), content.about());
    }

    private void write(Section section) throws DocumentException {
        if (section instanceof TableSection table) {
            tables.write(table);
        } else if (section instanceof ListSection list) {
            lists.write(list);
        } else if (section instanceof TextSection text) {
            layout.heading(text.heading(), text.name());
            layout.add(styles.body(text.text()));
        } else if (section instanceof AbsentSection absent) {
            layout.keepSpace(ReportLayout.HEADING_SPACE);
            layout.add(styles.absent(absent.text(), layout.anchor(absent.names().toArray(String[]::new))));
        } else {
            throw new IllegalArgumentException("Unknown kind of section: " + section);
        }
    }

    /** The closing block in small type under its small heading, kept together. */
    private void about(String heading, String text) throws DocumentException {
        TextBlock body = styles.note(text);
        layout.keepSpace(layout.height(styles.smallHeading(heading, null)) + layout.height(body));
        layout.add(styles.smallHeading(heading, layout.anchor(heading)));
        layout.add(body);
    }
}
