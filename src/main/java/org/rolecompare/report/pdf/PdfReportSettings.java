package org.rolecompare.report.pdf;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * How PDF comparison reports look where a run may choose: the paper size, a line naming where the
 * data came from, and the date the data is as of.
 *
 * @param pageSize   paper size; {@code null} means {@link PageSizeOption#LETTER}
 * @param dataSource free text printed under the title and in the "About these numbers" block, e.g.
 *                   "Source: role data feed"; {@code null} or blank leaves it out, and the report
 *                   then says nothing about the source
 * @param dataAsOf   the ISO date (yyyy-MM-dd) the data is as of, printed in "About these numbers";
 *                   {@code null} or blank leaves it out
 */
public record PdfReportSettings(PageSizeOption pageSize, String dataSource, String dataAsOf) {

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
        if (dataAsOf != null && dataAsOf.isBlank()) {
            dataAsOf = null;
        }
        if (dataAsOf != null) {
            dataAsOf = dataAsOf.trim();
            try {
                LocalDate.parse(dataAsOf);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("dataAsOf must be an ISO date (yyyy-MM-dd): " + dataAsOf, e);
            }
        }
    }

    /** Settings without an as-of date. */
    public PdfReportSettings(PageSizeOption pageSize, String dataSource) {
        this(pageSize, dataSource, null);
    }
}
