package org.rolecompare.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes more rows than an Excel sheet holds, with the real limits. Takes minutes, so it only runs
 * when asked: {@code mvn -o test -Dtest=WorkbookSheetLimitSlowTests -Drolecompare.slow=true}.
 */
@Tag("slow")
@EnabledIfSystemProperty(named = "rolecompare.slow", matches = "true")
class WorkbookSheetLimitSlowTests {

    private static final int ROWS = 1_048_576 + 10;

    @TempDir
    Path dir;

    @Test
    void rowsPastExcelsSheetLimitContinueOnASecondSheet() throws IOException {
        // given
        Path target = dir.resolve("comparisons.xlsx");
        ComparisonRow seed = WorkbookWriterTests.seedRow();
        WorkbookSource source = new WorkbookWriterTests.TestSource(WorkbookWriterTests.facts(), List.of("gender"),
                List.of(), List.of(), List.of()) {
            @Override
            public void comparisons(Consumer<ComparisonRow> sink) {
                for (int i = 0; i < ROWS; i++) {
                    sink.accept(seed);
                }
            }
        };

        // when
        WorkbookResult result = WorkbookWriter.write(source, target);

        // then
        assertThat(result.comparisonRows()).isEqualTo(ROWS);
        try (ZipFile zip = new ZipFile(target.toFile())) {
            String workbook = new String(zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(workbook).contains("name=\"Comparisons\"", "name=\"Comparisons (2)\"");
            String tables = zip.stream().filter(e -> e.getName().startsWith("xl/tables/")).map(e -> {
                try {
                    return new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }).reduce("", String::concat);
            assertThat(tables).contains("ref=\"A1:AA1048576\"", "ref=\"A1:AA12\"");
        }
    }
}
