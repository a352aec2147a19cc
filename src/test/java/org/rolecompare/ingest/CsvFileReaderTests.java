package org.rolecompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading one input file: records come with the physical line they start on (so a finding points
 * at the right line even after a quoted line break), header names are matched loosely, and every
 * whole-file problem becomes an {@link InputFileException} whose message tells a non-programmer
 * what to fix and where, including a file that breaks one of the {@link InputLimits} (found while
 * the row streams by, so a huge line is never held whole).
 */
class CsvFileReaderTests {

    private static final String ROLES_HEADER = "role_id,title,average_salary\n";

    @TempDir
    Path folder;

    @Test
    void reportsThePhysicalLineOfTheRowAfterAQuotedLineBreak() throws IOException {
        // given
        writeRoles(ROLES_HEADER
                + "clerk,\"Clerk\nwith a second line\nand a third\",30000\n"
                + "nurse,Nurse,60000\n");

        // when
        List<CsvRow> rows = readAll();

        // then
        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 5L);
        assertThat(rows.get(0).get("title")).isEqualTo("Clerk\nwith a second line\nand a third");
        assertThat(rows.get(1).get("role_id")).isEqualTo("nurse");
    }

    @Test
    void readsWindowsLineEnds() throws IOException {
        // given
        writeRoles("role_id,title,average_salary\r\nclerk,Clerk,30000\r\nnurse,Nurse,60000\r\n");

        // when
        List<CsvRow> rows = readAll();

        // then
        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L);
        assertThat(rows.get(1).get("average_salary")).isEqualTo("60000");
    }

    @Test
    void matchesTheHeaderAfterAByteOrderMark() throws IOException {
        // given
        writeRoles("\uFEFF" + ROLES_HEADER + "clerk,Clerk,30000\n");

        // when
        List<CsvRow> rows = readAll();

        // then
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("role_id")).isEqualTo("clerk");
    }

    @Test
    void findsColumnsByNameInAnyOrderIgnoringCaseAndSpaces() throws IOException {
        // given
        writeRoles(" Average_Salary ,TITLE, role_id\n30000,Clerk,clerk\n");

        // when
        List<CsvRow> rows = readAll();

        // then
        CsvRow row = rows.get(0);
        assertThat(row.get("role_id")).isEqualTo("clerk");
        assertThat(row.get("title")).isEqualTo("Clerk");
        assertThat(row.get("average_salary")).isEqualTo("30000");
        assertThat(row.get("hourly_rate")).isNull();
        assertThat(row.fileName()).isEqualTo("roles.csv");
    }

    @Test
    void ignoresBlankLinesAtTheEnd() throws IOException {
        // given
        writeRoles(ROLES_HEADER + "clerk,Clerk,30000\n\n\n   \n");

        // when
        List<CsvRow> rows = readAll();

        // then
        assertThat(rows).extracting(r -> r.get("role_id")).containsExactly("clerk");
    }

    @Test
    void passesOverABlankLineInTheMiddleKeepingLineNumbers() throws IOException {
        // given
        writeRoles(ROLES_HEADER + "clerk,Clerk,30000\n\nnurse,Nurse,60000\n");

        // when
        List<CsvRow> rows = readAll();

        // then
        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 4L);
    }

    @Test
    void listsUnknownColumnsAndIgnoresThem() throws IOException {
        // given
        writeRoles("role_id,title,Favourite Colour,average_salary\nclerk,Clerk,blue,30000\n");

        // when
        try (CsvFileReader reader = CsvFileReader.open(folder, InputFile.ROLES)) {
            CsvRow row = reader.next();

            // then
            assertThat(reader.header().unknownColumns()).containsExactly("Favourite Colour");
            assertThat(reader.header().has("role_id")).isTrue();
            assertThat(reader.header().has("hourly_rate")).isFalse();
            assertThat(row.get("average_salary")).isEqualTo("30000");
        }
    }

    @Test
    void refusesAFolderWhereTheFileShouldBeWithoutNamingALine() throws IOException {
        // given
        Files.createDirectories(folder.resolve("roles.csv"));

        // when // then
        assertOpenFails()
                .hasMessage("roles.csv in " + folder.toAbsolutePath().normalize() + " is a folder, not a file: expected the CSV file there.")
                .extracting(e -> ((InputFileException) e).line()).isEqualTo(0L);
    }

    @Test
    void refusesAMissingFile() {
        // given // when // then
        assertOpenFails()
                .hasMessageContaining("roles.csv is missing")
                .hasMessageContaining(folder.toAbsolutePath().normalize().toString())
                .extracting(e -> ((InputFileException) e).line()).isEqualTo(0L);
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        // given
        writeRoles("");

        // when // then
        assertOpenFails()
                .hasMessageContaining("roles.csv is empty")
                .extracting(e -> ((InputFileException) e).line()).isEqualTo(0L);
    }

    @Test
    void refusesAFileWithOnlyBlankLines() throws IOException {
        // given
        writeRoles("\n\n");

        // when // then
        assertOpenFails().hasMessageContaining("roles.csv is empty");
    }

    @Test
    void namesAMissingRequiredColumnAndTheHeaderFound() throws IOException {
        // given
        writeRoles("role_id,name,average_salary\nclerk,Clerk,30000\n");

        // when // then
        assertOpenFails()
                .hasMessage("roles.csv line 1: missing required column title; the header has: role_id, name, average_salary.")
                .satisfies(e -> {
                    InputFileException ife = (InputFileException) e;
                    assertThat(ife.file()).isEqualTo("roles.csv");
                    assertThat(ife.line()).isEqualTo(1L);
                });
    }

    @Test
    void namesEveryMissingRequiredColumn() throws IOException {
        // given
        writeRoles("role_id\nclerk\n");

        // when // then
        assertOpenFails().hasMessageContaining("missing required columns title, average_salary");
    }

    @Test
    void refusesAColumnNamedTwiceNamingBothPositions() throws IOException {
        // given: the second copy differs only in case and spaces, as columns are matched
        writeRoles("role_id,title,description,hourly_rate,average_salary,salary_min,salary_max,job_count, Average_Salary \n"
                + "clerk,Clerk,Files,15,30000,25000,35000,10,31000\n");

        // when // then
        assertOpenFails()
                .hasMessageStartingWith("roles.csv line 1: the column average_salary appears twice, as columns 5 and 9; remove one")
                .extracting(e -> ((InputFileException) e).line()).isEqualTo(1L);
    }

    @Test
    void namesEveryColumnNamedMoreThanOnce() throws IOException {
        // given
        writeRoles("role_id,title,average_salary,title,title,role_id\nclerk,Clerk,30000,Clerk,Clerk,clerk\n");

        // when // then
        assertOpenFails().hasMessageStartingWith("roles.csv line 1: the column role_id appears twice, as columns 1 and 6;"
                + " the column title appears 3 times, as columns 2, 4 and 5; keep one of each");
    }

    @Test
    void aRepeatedUnknownOrEmptyColumnNameIsNoError() throws IOException {
        // given: spreadsheets export empty columns at the right as empty names
        writeRoles("role_id,title,average_salary,notes,notes,,\nclerk,Clerk,30000,a,b,,\n");

        // when
        List<CsvRow> rows = readAll();

        // then
        assertThat(rows).hasSize(1);
    }

    @Test
    void saysWhenTheFileIsSemicolonSeparated() throws IOException {
        // given
        writeRoles("role_id;title;average_salary\nclerk;Clerk;30000\n");

        // when // then
        assertOpenFails()
                .hasMessageContaining("missing required columns role_id, title, average_salary")
                .hasMessageContaining("semicolon-separated");
    }

    @Test
    void saysWhenTheFileIsTabSeparated() throws IOException {
        // given
        writeRoles("role_id\ttitle\taverage_salary\nclerk\tClerk\t30000\n");

        // when // then
        assertOpenFails()
                .hasMessageContaining("tab-separated")
                .hasMessageNotContaining("semicolon");
    }

    @Test
    void refusesBinaryContent() throws IOException {
        // given
        Files.write(folder.resolve("roles.csv"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1, 2});

        // when // then
        assertOpenFails()
                .hasMessageStartingWith("roles.csv line 1: the file looks like a binary file, not a CSV text file"
                        + " (7 of its first 9 bytes are control characters")
                .extracting(e -> ((InputFileException) e).line()).isEqualTo(1L);
    }

    @Test
    void namesTheLineWhereTheBinaryContentBegins() throws IOException {
        // given: binary content pasted after the rows, on line 4 (a CR alone ends line 2)
        writeRoles(ROLES_HEADER + "clerk,Clerk,30000\rnurse,Nurse,60000\n" + "\0\u0003".repeat(200));

        // when // then
        assertOpenFails()
                .hasMessageStartingWith("roles.csv line 4: the file looks like a binary file")
                .extracting(e -> ((InputFileException) e).line()).isEqualTo(4L);
    }

    @Test
    void readsATextFileWithAStrayNulCleaningTheValueAndKeepingTheOriginal() throws IOException {
        // given: one NUL in a tiny file is more than 1 in 100 of its bytes, but one stray byte is not a binary file
        writeRoles(ROLES_HEADER + "clerk,Cl\0erk,30000\n");

        // when
        List<CsvRow> rows = readAll();

        // then
        CsvRow row = rows.get(0);
        assertThat(row.get("title")).isEqualTo("Clerk");
        assertThat(row.original("title")).isEqualTo("Cl\0erk");
        assertThat(row.original("role_id")).isNull();
    }

    @Test
    void readsAFewControlCharactersInALargerTextFileAsText() throws IOException {
        // given: 50 NULs in about 7 KB, under 1 in 100 of the bytes
        StringBuilder text = new StringBuilder(ROLES_HEADER);
        for (int i = 0; i < 300; i++) {
            text.append("role-").append(i).append(",Role ").append(i % 6 == 0 ? "\0" : "").append(i).append(",30000\n");
        }
        writeRoles(text.toString());

        // when
        List<CsvRow> rows = readAll();

        // then
        assertThat(rows).hasSize(300);
        assertThat(rows.get(6).get("title")).isEqualTo("Role 6");
        assertThat(rows.get(6).original("title")).isEqualTo("Role \0" + "6");
        assertThat(rows.get(7).original("title")).isNull();
    }

    @Test
    void refusesAControlCharacterInAColumnName() throws IOException {
        // given
        writeRoles("role_id,title,average_salary\0\nclerk,Clerk,30000\n");

        // when // then
        assertOpenFails()
                .hasMessage("roles.csv line 1, column 3: the column name 'average_salary\\u0000' holds an invisible control"
                        + " character (\\u0000); delete it from the header and save the file again.");
    }

    @Test
    void namesTheLineWithBytesThatAreNotUtf8() throws IOException {
        // given
        byte[] head = (ROLES_HEADER + "clerk,Clerk,30000\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'n', 'u', 'r', 's', 'e', ',', 'N', (byte) 0xE9, 'e', ',', '6', '0', '0', '0', '0', '\n'};
        Files.write(folder.resolve("roles.csv"), concat(head, bad));

        // when
        InputFileException e = readAllFailing();

        // then
        assertThat(e.line()).isEqualTo(3L);
        assertThat(e.getMessage()).startsWith("roles.csv line 3, column title: ").contains("UTF-8");
    }

    @Test
    void namesTheColumnOfBytesThatAreNotUtf8InTheHeaderByPosition() throws IOException {
        // given
        byte[] header = {'r', 'o', 'l', 'e', '_', 'i', 'd', ',', 't', 'i', 't', (byte) 0xE9, 'l', 'e', '\n'};
        Files.write(folder.resolve("roles.csv"), header);

        // when // then
        assertOpenFails().hasMessageStartingWith("roles.csv line 1, column 2: the file contains bytes that are not UTF-8");
    }

    @Test
    void namesTheLineAndColumnOfBytesThatAreNotUtf8InsideAQuotedValueWithLineBreaks() throws IOException {
        // given: the Latin-1 byte is on line 3, in the title that begins on line 2
        byte[] head = (ROLES_HEADER + "clerk,\"Clerk\nof the c").getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xE9, 'u', 'r', 't', '"', ',', '3', '0', '0', '0', '0', '\n'};
        Files.write(folder.resolve("roles.csv"), concat(head, bad));

        // when
        InputFileException e = readAllFailing();

        // then
        assertThat(e.line()).isEqualTo(3L);
        assertThat(e.getMessage()).startsWith("roles.csv line 3, column title: the file contains bytes that are not UTF-8");
    }

    @Test
    void namesTheLineWithBytesThatAreNotUtf8FarIntoALargeFile() throws IOException {
        // given: 5000 good rows (well beyond every read-ahead buffer), then a Latin-1 row on line 5002
        StringBuilder good = new StringBuilder(ROLES_HEADER);
        for (int i = 0; i < 5000; i++) {
            good.append("role-").append(i).append(",Role number ").append(i).append(",30000\n");
        }
        byte[] bad = "caf\u00e9,Caf\u00e9,30000\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(folder.resolve("roles.csv"), concat(good.toString().getBytes(StandardCharsets.UTF_8), bad));

        // when
        InputFileException e = readAllFailing();

        // then
        assertThat(e.line()).isEqualTo(5002L);
        assertThat(e.getMessage()).startsWith("roles.csv line 5002, column role_id: ").contains("not UTF-8");
    }

    @Test
    void namesTheLineWhereAnUnterminatedQuotedFieldBegins() throws IOException {
        // given
        writeRoles(ROLES_HEADER + "clerk,Clerk,30000\nnurse,\"Nurse,60000\nporter,Porter,25000\n");

        // when
        InputFileException e = readAllFailing();

        // then
        assertThat(e.line()).isEqualTo(3L);
        assertThat(e.getMessage())
                .startsWith("roles.csv line 3, column title: ")
                .contains("quoted field that begins on this line is never closed properly");
    }

    @Test
    void namesTheLineAndColumnWhereAQuotedFieldWithTextAfterItsClosingQuoteBegins() throws IOException {
        // given: the row begins on line 2, and its average_salary, quoted with text after the quote, on line 3
        writeRoles(ROLES_HEADER + "clerk,\"Clerk\nof the court\",\"30000\" a year\nnurse,Nurse,60000\n");

        // when
        InputFileException e = readAllFailing();

        // then
        assertThat(e.line()).isEqualTo(3L);
        assertThat(e.getMessage()).startsWith("roles.csv line 3, column average_salary: the quoted field that begins on this line");
    }

    @Test
    void spacesAfterAClosingQuoteAreNoQuoteProblem() throws IOException {
        // given: the parser passes over spaces between a closing quote and the comma
        writeRoles(ROLES_HEADER + "clerk,\"Clerk\"  ,30000\n");

        // when
        List<CsvRow> rows = readAll();

        // then
        assertThat(rows.get(0).get("title")).isEqualTo("Clerk");
    }

    @Test
    void refusesAHeaderWithTooManyColumnsBeforeReadingItWhole() throws IOException {
        // given: a million columns, as an export of a whole sheet row can have
        writeRoles("role_id,title,average_salary" + ",x".repeat(1_000_000) + "\nclerk,Clerk,30000\n");

        // when // then
        assertOpenFails()
                .hasMessageStartingWith("roles.csv line 1: the header has more than 200 columns")
                .extracting(e -> ((InputFileException) e).line()).isEqualTo(1L);
    }

    @Test
    void acceptsAHeaderOfExactlyTheMostColumns() throws IOException {
        // given: 3 known and 197 unknown columns
        writeRoles("role_id,title,average_salary" + ",x".repeat(InputLimits.MAX_COLUMNS - 3) + "\nclerk,Clerk,30000\n");

        // when
        List<CsvRow> rows = readAll();

        // then
        assertThat(rows).hasSize(1);
    }

    @Test
    void namesTheLineAndColumnOfARowWithTooManyValues() throws IOException {
        // given
        writeRoles(ROLES_HEADER + "clerk,Clerk,30000\nnurse,Nurse,60000" + ",".repeat(300) + "\n");

        // when
        InputFileException e = readAllFailing();

        // then
        assertThat(e.line()).isEqualTo(3L);
        assertThat(e.getMessage()).startsWith("roles.csv line 3, column 201: the row has more than 200 values");
    }

    @Test
    void namesTheLineAndColumnOfAValueThatIsTooLong() throws IOException {
        // given
        writeRoles(ROLES_HEADER + "clerk,Clerk,30000\nnurse," + "N".repeat(InputLimits.MAX_VALUE_CHARS + 1) + ",60000\n");

        // when
        InputFileException e = readAllFailing();

        // then
        assertThat(e.line()).isEqualTo(3L);
        assertThat(e.getMessage())
                .startsWith("roles.csv line 3, column title: the value is longer than 1,048,576 characters")
                .doesNotContain("closing quote");
    }

    @Test
    void acceptsAValueOfExactlyTheMostCharacters() throws IOException {
        // given
        writeRoles(ROLES_HEADER + "nurse,\"" + "N".repeat(InputLimits.MAX_VALUE_CHARS) + "\",60000\n");

        // when
        List<CsvRow> rows = readAll();

        // then
        assertThat(rows.get(0).get("title")).hasSize(InputLimits.MAX_VALUE_CHARS);
    }

    @Test
    void namesTheLineWhereARowTooLongBeginsAcrossQuotedLineBreaks() throws IOException {
        // given: three values under the value limit, on three lines, over the row limit together
        String third = "T".repeat(InputLimits.MAX_ROW_CHARS / 3);
        writeRoles(ROLES_HEADER + "clerk,Clerk,30000\n\"" + third + "\n\",\"" + third + "\n\"," + third + "\n");

        // when
        InputFileException e = readAllFailing();

        // then
        assertThat(e.line()).isEqualTo(3L);
        assertThat(e.getMessage()).startsWith("roles.csv line 3: the row that begins on this line is longer than 2,097,152 characters");
    }

    @Test
    void pointsAtAMissingClosingQuoteWhenAQuotedValueRunsOn() throws IOException {
        // given: a quote opened on line 3 and never closed, then a great many rows
        writeRoles(ROLES_HEADER + "clerk,Clerk,30000\nnurse,\"Nurse,60000\n" + "porter,Porter,25000\n".repeat(60_000));

        // when
        InputFileException e = readAllFailing();

        // then
        assertThat(e.line()).isEqualTo(3L);
        assertThat(e.getMessage()).startsWith("roles.csv line 3, column title: the value is longer than")
                .contains("a closing quote \" is probably missing after the value that begins on line 3");
    }

    @Test
    void aQuoteInsideAnUnquotedValueOpensNoQuotedValue() throws IOException {
        // given: 5'6" does not start a quoted value, so the commas of line 3 still count
        writeRoles(ROLES_HEADER + "clerk,Clerk 5'6\" tall,30000\nnurse,Nurse,60000" + ",".repeat(300) + "\n");

        // when
        InputFileException e = readAllFailing();

        // then
        assertThat(e.getMessage()).startsWith("roles.csv line 3, column 201:");
    }

    @Test
    void checkingToTheEndFindsATooLongValueWithoutReadingRows() throws IOException {
        // given
        writeRoles(ROLES_HEADER + "clerk,Clerk,30000\r\nnurse,Nurse,60000\r\n" + "porter,Porter,25000\r\n".repeat(1000)
                + "cook," + "C".repeat(InputLimits.MAX_VALUE_CHARS + 1) + ",20000\r\n");

        // when
        InputFileException e;
        try (CsvFileReader reader = CsvFileReader.open(folder, InputFile.ROLES)) {
            e = catchInputFileException(reader::checkToEnd);
        }

        // then
        assertThat(e.line()).isEqualTo(1004L);
        assertThat(e.getMessage()).startsWith("roles.csv line 1004, column title: the value is longer than 1,048,576 characters");
    }

    @Test
    void checkingToTheEndNamesTheLineWithBytesThatAreNotUtf8() throws IOException {
        // given: a Latin-1 row on line 5002, beyond every read-ahead buffer of the open
        byte[] head = (ROLES_HEADER + "clerk,Clerk,30000\n".repeat(5000)).getBytes(StandardCharsets.UTF_8);
        byte[] bad = "caf\u00e9,Caf\u00e9,30000\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(folder.resolve("roles.csv"), concat(head, bad));

        // when
        InputFileException e;
        try (CsvFileReader reader = CsvFileReader.open(folder, InputFile.ROLES)) {
            e = catchInputFileException(reader::checkToEnd);
        }

        // then
        assertThat(e.getMessage()).startsWith("roles.csv line 5002, column role_id: ").contains("not UTF-8");
    }

    private static InputFileException catchInputFileException(Runnable action) {
        try {
            action.run();
            throw new AssertionError("expected an InputFileException");
        } catch (InputFileException e) {
            return e;
        }
    }

    private void writeRoles(String content) throws IOException {
        Files.writeString(folder.resolve("roles.csv"), content, StandardCharsets.UTF_8);
    }

    private List<CsvRow> readAll() throws IOException {
        List<CsvRow> rows = new ArrayList<>();
        try (CsvFileReader reader = CsvFileReader.open(folder, InputFile.ROLES)) {
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private InputFileException readAllFailing() {
        try {
            List<CsvRow> rows = readAll();
            throw new AssertionError("expected an InputFileException, read " + rows.size() + " rows");
        } catch (InputFileException e) {
            return e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertOpenFails() {
        return assertThatThrownBy(() -> CsvFileReader.open(folder, InputFile.ROLES))
                .isInstanceOf(InputFileException.class);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = new byte[a.length + b.length];
        System.arraycopy(a, 0, result, 0, a.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
