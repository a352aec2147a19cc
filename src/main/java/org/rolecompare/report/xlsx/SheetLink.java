package org.rolecompare.report.xlsx;

/** A cell value that links to the top of another sheet of the same workbook and shows its name. */
record SheetLink(String sheet) {

    /** The link's target as Excel writes it: the quoted sheet name and cell {@code A1}. */
    String address() {
        return "'" + sheet.replace("'", "''") + "'!A1";
    }
}
