package org.rolecompare.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streaming workbook tuned for speed rather than file size: rows are spooled to plain temporary
 * files (compressing them first, only to inflate them again when the workbook is written, would
 * cost more time than all the rest of the work) by a {@link FastSheetDataWriter}, which a
 * {@link TableWriter} may also hand rows to directly, and the workbook's zip entries are deflated
 * at the fastest level, which makes the file about a third larger but writes it several times
 * faster. The cells are the same either way.
 */
final class FastZipWorkbook extends SXSSFWorkbook {

    /** Rows a sheet keeps in memory before spooling them. */
    private static final int ROWS_IN_MEMORY = 100;

    private final Map<Sheet, FastSheetDataWriter> writers = new IdentityHashMap<>();
    private final boolean directRows;
    private FastSheetDataWriter lastWriter;

    /** @param directRows whether {@link TableWriter}s may write rows without POI's row objects */
    FastZipWorkbook(boolean directRows) {
        super(null, ROWS_IN_MEMORY, false, false);
        this.directRows = directRows;
    }

    @Override
    public SXSSFSheet createSheet(String name) {
        SXSSFSheet sheet = super.createSheet(name);
        writers.put(sheet, lastWriter);
        return sheet;
    }

    /** The writer spooling the rows of {@code sheet}, to write rows to directly, or {@code null} when not allowed. */
    FastSheetDataWriter dataWriter(Sheet sheet) {
        return directRows ? writers.get(sheet) : null;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        lastWriter = new FastSheetDataWriter();
        return lastWriter;
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }
}
