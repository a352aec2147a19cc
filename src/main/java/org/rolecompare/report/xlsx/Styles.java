package org.rolecompare.report.xlsx;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The workbook's cell styles, made once when the workbook is created.
 *
 * <p>Excel allows about 64,000 styles a workbook and every style costs file size, so cells share
 * these instances instead of creating their own.
 */
final class Styles {

    private final Map<Format, CellStyle> byFormat = new EnumMap<>(Format.class);
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle link;

    Styles(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();
        for (Format format : Format.values()) {
            CellStyle style = workbook.createCellStyle();
            if (format.pattern() != null) {
                style.setDataFormat(formats.getFormat(format.pattern()));
            }
            if (format == Format.WRAPPED) {
                style.setWrapText(true);
                style.setVerticalAlignment(VerticalAlignment.TOP);
                style.setAlignment(HorizontalAlignment.LEFT);
            }
            byFormat.put(format, style);
        }

        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(large);

        Font underlined = workbook.createFont();
        underlined.setUnderline(Font.U_SINGLE);
        underlined.setColor(IndexedColors.BLUE.getIndex());
        link = workbook.createCellStyle();
        link.setFont(underlined);
    }

    CellStyle of(Format format) {
        return byFormat.get(format);
    }

    CellStyle header() {
        return header;
    }

    CellStyle title() {
        return title;
    }

    CellStyle link() {
        return link;
    }
}
