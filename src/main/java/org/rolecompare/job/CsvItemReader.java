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
 * restarted load step skip what an earlier execution already committed.
 */
class CsvItemReader extends AbstractItemCountingItemStreamItemReader<CsvRow> {

    private final Path folder;
    private final InputFile file;
    private CsvFileReader reader;

    CsvItemReader(Path folder, InputFile file) {
        this.folder = folder;
        this.file = file;
        setName("csv-" + file.name().toLowerCase(Locale.ROOT));
    }

    @Override
    protected void doOpen() {
        reader = CsvFileReader.open(folder, file);
    }

    @Override
    protected CsvRow doRead() {
        return reader.next();
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
