package org.rolecompare.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

import org.rolecompare.ingest.CsvFileReader;
import org.rolecompare.ingest.CsvRow;
import org.rolecompare.ingest.InputFile;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Restartable Spring Batch reader over one input file. The item count saved with each chunk lets a
 * restarted load step skip what an earlier execution already committed. A file the run does not
 * read (comparisons.csv when pairs come from related roles only) is neither opened nor required:
 * the reader reads no rows.
 */
class CsvItemReader extends AbstractItemCountingItemStreamItemReader<CsvRow> {

    private final Path folder;
    private final InputFile file;
    private final boolean read;
    private CsvFileReader reader;

    CsvItemReader(Path folder, InputFile file) {
        this(folder, file, true);
    }

    /** @param read false for a file the run does not read */
    CsvItemReader(Path folder, InputFile file, boolean read) {
        this.folder = folder;
        this.file = file;
        this.read = read;
        setName("csv-" + file.name().toLowerCase(Locale.ROOT));
    }

    @Override
    protected void doOpen() {
        if (read) {
            reader = CsvFileReader.open(folder, file);
        }
    }

    @Override
    protected CsvRow doRead() {
        return reader == null ? null : reader.next();
    }

    @Override
    protected void doClose() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                reader = null;
            }
        }
    }
}
