package org.rolecompare.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FastSheetDataWriterTests {

    @TempDir
    Path dir;

    private static final String[] TEXTS = {"plain", "<tag> & \"quoted\"", "tab\there", "line\nbreak\r", "  leading",
            "trailing ", "Zoë Ñandú 日本 𝄞", "no\u00A0break", "control\u0001char", "", "=SUM(A1)", "x".repeat(300)};

    @Test
    void writesTheSameSheetXmlAsPoi() throws IOException {
        // given
        SXSSFWorkbook stock = new SXSSFWorkbook(null, 10, false, false);
        SXSSFWorkbook fast = new SXSSFWorkbook(null, 10, false, false) {
            @Override
            protected SheetDataWriter createSheetDataWriter() throws IOException {
                return new FastSheetDataWriter();
            }
        };

        // when
        byte[] stockXml = sheetXml(fill(stock));
        byte[] fastXml = sheetXml(fill(fast));

        // then
        assertThat(new String(fastXml, StandardCharsets.UTF_8))
                .contains("<c r=\"AC250\"").contains("&lt;tag&gt; &amp; &quot;quoted&quot;").contains("t=\"b\"");
        assertThat(fastXml).isEqualTo(stockXml);
    }

    private static SXSSFWorkbook fill(SXSSFWorkbook workbook) {
        CellStyle money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("$#,##0"));
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        Sheet sheet = workbook.createSheet("Data");
        for (int r = 0; r < 250; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < 30; c += 1 + r % 3) {
                switch ((r + c) % 7) {
                    case 0 -> row.createCell(c).setCellValue(r * 1234.5678 / (c + 1));
                    case 1 -> {
                        row.createCell(c).setCellValue(r * 1000.0 + c);
                        row.getCell(c).setCellStyle(money);
                    }
                    case 2 -> row.createCell(c).setCellValue((r + c) % 2 == 0);
                    case 3 -> row.createCell(c).setCellValue(TEXTS[(r + c) % TEXTS.length]);
                    case 4 -> {
                        row.createCell(c).setCellValue(LocalDate.of(2026, 11, 1 + r % 28));
                        row.getCell(c).setCellStyle(date);
                    }
                    case 5 -> row.createCell(c).setCellFormula("HYPERLINK(\"pdf/a-vs-b.pdf\",\"a-vs-b.pdf\")");
                    default -> row.createCell(c);
                }
            }
        }
        return workbook;
    }

    private byte[] sheetXml(SXSSFWorkbook workbook) throws IOException {
        Path file = Files.createTempFile(dir, "workbook", ".xlsx");
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        } finally {
            workbook.dispose();
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            try (InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
                return in.readAllBytes();
            }
        }
    }
}
