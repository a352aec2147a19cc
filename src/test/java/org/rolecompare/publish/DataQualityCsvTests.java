package org.rolecompare.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.validate.Finding;
import org.rolecompare.validate.Rule;

/**
 * Writing {@code data-quality.csv}: the file read back with a CSV parser has the documented
 * header and one faithful row per finding, with formula-like text defused and numbers untouched.
 */
class DataQualityCsvTests {

    @TempDir
    Path folder;

    @Test
    void writesTheHeaderAndOneRowPerFinding() throws IOException {
        // given
        Finding finding = Finding.of("roles.csv", 3, "salary_min", "clerk", Rule.SALARY_RANGE,
                "70000 > 68000", "salary_min <= salary_max", "salary_min 70000 is above salary_max 68000, \"really\"");

        // when
        long count = DataQualityCsv.write(folder.resolve(DataQualityCsv.FILE_NAME), sink -> sink.accept(finding));

        // then
        List<CSVRecord> records = readBack();
        assertThat(count).isEqualTo(1);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).toList()).containsExactly(
                "file", "line", "column", "role_id", "rule", "severity", "value", "expected", "message");
        assertThat(records.get(1).toList()).containsExactly(
                "roles.csv", "3", "salary_min", "clerk", "salary-range", "error", "70000 > 68000",
                "salary_min <= salary_max", "salary_min 70000 is above salary_max 68000, \"really\"");
    }

    @Test
    void defusesFormulaLikeValuesButLeavesNumbersAlone() throws IOException {
        // given
        Finding formula = Finding.of("skills.csv", 4, "skill", "clerk", Rule.REQUIRED, "=cmd", "a value", "odd skill");
        Finding number = Finding.of("roles.csv", 2, "average_age", "clerk", Rule.PLAUSIBLE_AGE, "-4",
                "an age from 16 to 80", "average_age -4 is implausible for a working population");

        // when
        long count = DataQualityCsv.write(folder.resolve(DataQualityCsv.FILE_NAME), sink -> {
            sink.accept(formula);
            sink.accept(number);
        });

        // then
        List<CSVRecord> records = readBack();
        assertThat(count).isEqualTo(2);
        assertThat(records.get(1).get(6)).isEqualTo("'=cmd");
        assertThat(records.get(2).get(6)).isEqualTo("-4");
        assertThat(records.get(2).get(5)).isEqualTo("warning");
    }

    @Test
    void writesOnlyTheHeaderWhenThereAreNoFindings() throws IOException {
        // given // when
        long count = DataQualityCsv.write(folder.resolve(DataQualityCsv.FILE_NAME), sink -> { });

        // then
        assertThat(count).isZero();
        assertThat(readBack()).hasSize(1);
        assertThat(folder).isDirectoryContaining(p -> p.getFileName().toString().equals(DataQualityCsv.FILE_NAME));
        try (var files = Files.list(folder)) {
            assertThat(files).as("no temporary file is left behind").hasSize(1);
        }
    }

    private List<CSVRecord> readBack() throws IOException {
        try (Reader reader = Files.newBufferedReader(folder.resolve(DataQualityCsv.FILE_NAME), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            return parser.getRecords();
        }
    }
}
