package org.rolecompare.report.pdf;

import com.lowagie.text.DocumentException;

/**
 * A section of the report that may have no data for either role: its short name (its outline
 * entry), whether neither role has data for it, and how to write it.
 *
 * <p>{@link ComparisonDocument} collects these so that a run of consecutive empty sections becomes one
 * line ("No education, demographics or skills data for either role.") instead of empty headings.
 */
record ReportSection(String name, boolean empty, Body body) {

    /** Writes the section into the document. */
    @FunctionalInterface
    interface Body {
        void write() throws DocumentException;
    }
}
