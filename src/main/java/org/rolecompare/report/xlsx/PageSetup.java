package org.rolecompare.report.xlsx;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How every sheet prints: landscape, all columns on one page width (as many pages down as it
 * takes), the header row repeated at the top of every page, the sheet's name in the page header
 * and "Page N of M" in the footer, with half-inch side margins. Without it a wide sheet printed as
 * dozens of pages of column slices with no headers.
 *
 * <p>A sheet too wide to read on one page (the Comparisons sheet has some 27 columns, about 700
 * characters) prints on as many pages across as keep the type at about two thirds of its size or
 * more, with its frozen columns (the role titles) repeated at the left of each page, so every
 * printed page says which pair a row is about.
 */
final class PageSetup {

    /** Excel's header and footer codes for the sheet's name, the page number and the number of pages. */
    private static final String SHEET_NAME = "&A";
    private static final String PAGE = "&P";
    private static final String PAGES = "&N";
    /** Margins in inches. */
    private static final double SIDE_MARGIN = 0.5;
    private static final double TOP_BOTTOM_MARGIN = 0.6;
    private static final double HEADER_FOOTER_MARGIN = 0.3;

    /** Characters of column width a landscape page holds at the smallest print scale we accept (about 60%). */
    static final int PAGE_CHARS = 220;

    /** Most pages across a sheet prints on; wider sheets print smaller. */
    static final int MAX_PAGES_WIDE = 4;

    private PageSetup() {
    }

    /**
     * Prints a sheet wider than {@link #PAGE_CHARS} on several pages across, repeating its first
     * {@code repeatedColumns} columns on each; {@code widths} are the column widths in characters.
     */
    static void fitWidth(Sheet sheet, int[] widths, int repeatedColumns) {
        int total = 0;
        int repeated = 0;
        for (int c = 0; c < widths.length; c++) {
            total += widths[c];
            if (c < repeatedColumns) {
                repeated += widths[c];
            }
        }
        if (total <= PAGE_CHARS) {
            return;
        }
        int room = Math.max(PAGE_CHARS / 2, PAGE_CHARS - repeated);
        int pages = Math.min(MAX_PAGES_WIDE, (int) Math.ceil((double) (total - repeated) / room));
        sheet.getPrintSetup().setFitWidth((short) pages);
        if (repeatedColumns > 0 && pages > 1) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, repeatedColumns - 1));
        }
    }

    /** Sets up {@code sheet}; {@code headerRows} first rows (0 for none) repeat on every printed page. */
    static void apply(Sheet sheet, int headerRows) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, TOP_BOTTOM_MARGIN);
        sheet.setMargin(PageMargin.BOTTOM, TOP_BOTTOM_MARGIN);
        sheet.setMargin(PageMargin.HEADER, HEADER_FOOTER_MARGIN);
        sheet.setMargin(PageMargin.FOOTER, HEADER_FOOTER_MARGIN);
        if (headerRows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
        }
        sheet.getHeader().setCenter(SHEET_NAME);
        sheet.getFooter().setCenter("Page " + PAGE + " of " + PAGES);
    }
}
