package org.rolecompare.report.pdf;

/**
 * How PDF comparison reports look where a run may choose: the paper size and a line naming where
 * the data came from.
 *
 * @param pageSize   paper size; {@code null} means {@link PageSizeOption#LETTER}
 * @param dataSource free text printed under the title, e.g. "Source: role data feed"; {@code null}
 *                   or blank leaves the line out
 */
public record PdfReportSettings(PageSizeOption pageSize, String dataSource) {

    /** The paper sizes a report can be printed on. */
    public enum PageSizeOption {
        LETTER, A4
    }

    public PdfReportSettings {
        if (pageSize == null) {
            pageSize = PageSizeOption.LETTER;
        }
        if (dataSource != null && dataSource.isBlank()) {
            dataSource = null;
        }
    }
}
