package org.rolecompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading an input folder's {@code source.txt}: the first non-blank line is the source, an
 * {@code as-of:} line the date the data describes, and anything else is refused with its line, so
 * the reports never print a source or date the file did not mean.
 */
class SourceFileTests {

    @TempDir
    Path folder;

    @Test
    void readsTheSourceAndTheAsOfDate() {
        // given // when
        SourceFile source = SourceFile.parse(List.of("", "  U.S. Bureau of Labor Statistics, OEWS May 2024  ", "# released 2025",
                "As-Of: 2024-05-31"));

        // then
        assertThat(source.source()).isEqualTo("U.S. Bureau of Labor Statistics, OEWS May 2024");
        assertThat(source.asOf()).isEqualTo(LocalDate.of(2024, 5, 31));
    }

    @Test
    void dropsALeadingSourcePrefixAndPrintsItOnce() {
        // given // when
        SourceFile source = SourceFile.parse(List.of("\uFEFFSource: role-compare seed data"));

        // then
        assertThat(source.source()).isEqualTo("role-compare seed data");
        assertThat(source.asOf()).isNull();
        assertThat(SourceFile.sourceLine(source.source())).isEqualTo("Source: role-compare seed data");
        assertThat(SourceFile.sourceLine(null)).isNull();
    }

    @Test
    void aFolderWithoutSourceTxtHasNoSource() {
        // given // when // then
        assertThat(SourceFile.read(folder)).isEmpty();
    }

    @Test
    void readsTheFileOfAFolder() throws Exception {
        // given
        Files.writeString(folder.resolve("source.txt"), "U.S. Census Bureau, ACS 2023\r\nas-of: 2023-12-31\r\n");

        // when // then
        assertThat(SourceFile.read(folder)).contains(new SourceFile("U.S. Census Bureau, ACS 2023", LocalDate.of(2023, 12, 31)));
    }

    @Test
    void refusesAFileThatNamesNoSource() {
        // given // when // then
        assertThatThrownBy(() -> SourceFile.parse(List.of("", "as-of: 2024-05-31")))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("source.txt names no source");
    }

    @Test
    void refusesAnAsOfThatIsNotADateAndASecondSourceLine() {
        // given // when // then
        assertThatThrownBy(() -> SourceFile.parse(List.of("BLS", "as-of: 31/05/2024")))
                .hasMessage("source.txt line 2: as-of '31/05/2024' is not a date as YYYY-MM-DD, e.g. as-of: 2024-05-31");
        assertThatThrownBy(() -> SourceFile.parse(List.of("BLS", "", "OEWS")))
                .hasMessageContaining("source.txt line 3: 'OEWS' is neither the source");
    }
}
