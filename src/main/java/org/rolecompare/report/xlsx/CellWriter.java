package org.rolecompare.report.xlsx;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;

/**
 * Puts one value into one cell with the right cell type and shared style: numbers stay numbers at
 * full precision, booleans real booleans, dates real dates, and all text goes in as text (never as
 * a formula, whatever it looks like) after {@link CellText} made it safe. {@code null} means unknown
 * and leaves no cell. {@link FileLink}s and {@link SheetLink}s become real hyperlinks. The only
 * formulas are the {@code HYPERLINK}s this class builds itself for report links beyond the
 * in-memory limit, with their text quoted.
 */
final class CellWriter {

    private final Styles styles;
    private final CellText text;
    private final CreationHelper helper;
    private final DataFormatter formatter = new DataFormatter(Locale.US);
    private final int maxFileLinks;
    private int fileLinks;

    /** @param maxFileLinks how many real hyperlinks to create; later links become {@code HYPERLINK} formulas */
    CellWriter(Styles styles, CellText text, CreationHelper helper, int maxFileLinks) {
        this.styles = styles;
        this.text = text;
        this.helper = helper;
        this.maxFileLinks = maxFileLinks;
    }

    /**
     * Writes {@code value} into column {@code column} of {@code row}.
     *
     * @return about how many characters the cell shows, for sizing its column
     */
    int put(Row row, int column, Object value, Format format) {
        return put(row, column, value, format, true);
    }

    /**
     * As {@link #put(Row, int, Object, Format)}; with {@code measure} false a number's shown width is
     * not computed (formatting every number of a million rows would double the write time) and 0 is
     * returned for it.
     */
    int put(Row row, int column, Object value, Format format, boolean measure) {
        if (value == null) {
            return 0;
        }
        Cell cell = row.createCell(column);
        if (value instanceof Number number) {
            double d = number.doubleValue();
            CellStyle style = styles.of(format);
            cell.setCellValue(d);
            cell.setCellStyle(style);
            return measure ? formatter.formatRawCellContents(d, style.getDataFormat(), style.getDataFormatString()).length() : 0;
        }
        if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
            return bool ? 4 : 5;
        }
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.of(Format.DATE));
            return 10;
        }
        if (value instanceof FileLink link) {
            String label = text.clean(link.label());
            String address = encoded(link.address());
            if (fileLinks < maxFileLinks) {
                fileLinks++;
                cell.setHyperlink(hyperlink(HyperlinkType.FILE, address));
            } else {
                cell.setCellFormula(hyperlinkFormula(address, label));
            }
            cell.setCellValue(label);
            cell.setCellStyle(styles.link());
            return label.length();
        }
        if (value instanceof SheetLink link) {
            cell.setHyperlink(hyperlink(HyperlinkType.DOCUMENT, link.address()));
            cell.setCellValue(link.sheet());
            cell.setCellStyle(styles.link());
            return link.sheet().length();
        }
        String clean = text.clean(value.toString());
        cell.setCellValue(clean);
        if (format == Format.WRAPPED) {
            cell.setCellStyle(styles.of(format));
        }
        return clean.length();
    }

    /**
     * True when {@link #write} can put {@code value} straight into the sheet's XML: anything but
     * a real hyperlink, a date, or a number Excel cannot hold (POI turns those into error cells).
     */
    boolean writesDirectly(Object value) {
        if (value instanceof Double d) {
            return !d.isNaN() && !d.isInfinite();
        }
        if (value instanceof FileLink) {
            return fileLinks >= maxFileLinks;
        }
        return !(value instanceof LocalDate || value instanceof SheetLink);
    }

    /**
     * As {@link #put(Row, int, Object, Format, boolean)}, straight into the XML of the row being
     * written to {@code out}, for a value that {@link #writesDirectly} accepts: the same cell, in
     * the same style, without POI's cell object.
     */
    int write(FastSheetDataWriter out, int column, Object value, Format format, boolean measure) throws IOException {
        if (value == null) {
            return 0;
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            CellStyle style = styles.of(format);
            out.numberCell(column, d, style.getIndex() & 0xffff);
            return measure ? formatter.formatRawCellContents(d, style.getDataFormat(), style.getDataFormatString()).length() : 0;
        }
        if (value instanceof Boolean bool) {
            out.booleanCell(column, bool, 0);
            return bool ? 4 : 5;
        }
        if (value instanceof FileLink link) {
            String label = text.clean(link.label());
            out.textFormulaCell(column, hyperlinkFormula(encoded(link.address()), label), label, styles.link().getIndex() & 0xffff);
            return label.length();
        }
        String clean = text.clean(value.toString());
        out.textCell(column, clean, format == Format.WRAPPED ? styles.of(format).getIndex() & 0xffff : 0);
        return clean.length();
    }

    /** Writes a bold, filled header cell. */
    int header(Row row, int column, String label) {
        Cell cell = row.createCell(column);
        String clean = headerText(label);
        cell.setCellValue(clean);
        cell.setCellStyle(styles.header());
        return clean.length();
    }

    /** The text a header cell holds, which a table's column name must repeat exactly. */
    String headerText(String label) {
        return text.clean(label);
    }

    private Hyperlink hyperlink(HyperlinkType type, String address) {
        Hyperlink link = helper.createHyperlink(type);
        link.setAddress(address);
        return link;
    }

    private static String hyperlinkFormula(String address, String label) {
        return "HYPERLINK(" + quoted(address) + "," + quoted(label) + ")";
    }

    /** A string literal for a formula built by this class (never from user-typed formulas). */
    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** The path as a relative URI reference: spaces and other characters a URI forbids are %-escaped. */
    private static String encoded(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a usable file path for a link: " + path, e);
        }
    }
}
