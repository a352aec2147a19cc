package org.rolecompare.report.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.SeedProfiles;
import org.rolecompare.report.xlsx.ComparisonColumns;
import org.rolecompare.report.xlsx.ComparisonRow;

class ComparisonsCsvTests {

    private static final List<String> DIMENSIONS = List.of("gender", "race");
    private static final String SEED_PDF = "pdf/patient-relations-manager-vs-patient-account-manager.pdf";
    private static final String SEED_PAGE = "html/compare/patient-relations-manager-vs-patient-account-manager.html";

    @TempDir
    Path dir;

    @Test
    void writesTheSheetsColumnsWithPlainNumbersAsRoundedByTheCalculator() throws IOException {
        // given
        Path target = dir.resolve(ComparisonsCsv.FILE_NAME);

        // when
        long written = ComparisonsCsv.write(target, DIMENSIONS, sink -> sink.accept(seedRow()));

        // then
        List<CSVRecord> records = read(target);
        assertThat(written).isEqualTo(1);
        assertThat(records).hasSize(1);
        CSVRecord seed = records.get(0);
        assertThat(seed.getParser().getHeaderNames()).isEqualTo(ComparisonColumns.of(DIMENSIONS).headers());
        assertThat(seed.get("salary_diff")).isEqualTo("27144");
        assertThat(seed.get("salary_ratio")).isEqualTo("1.6221");
        assertThat(seed.get("salary_range_overlap")).isEqualTo("0.6341");
        assertThat(seed.get("job_count_ratio")).isEqualTo("1.9717");
        assertThat(seed.get("hourly_diff")).isEqualTo("13.05");
        assertThat(seed.get("race_distance_pp")).isEqualTo("7.95");
        assertThat(seed.get("gender_distance_pp")).isEqualTo("0.6");
        assertThat(seed.get("skill_jaccard")).isEqualTo("0.2");
        assertThat(seed.get("same_degree")).isEqualTo("true");
        assertThat(seed.get("left_years_to_become")).isEqualTo("2-4");
        assertThat(seed.get("higher_paid")).isEqualTo("patient-account-manager");
        assertThat(seed.get("shared_skills")).isEqualTo("Patients, Patient Care");
        assertThat(seed.get("report")).isEqualTo(SEED_PDF);
        assertThat(seed.get("page")).isEqualTo(SEED_PAGE);
    }

    @Test
    void unknownValuesAreEmptyAndFormulaLikeTextIsNeutralised() throws IOException {
        // given
        RoleProfile left = SeedProfiles.patientRelationsManager();
        RoleProfile minimal = SeedProfiles.minimal("minimal-role", "=HYPERLINK(\"http://x\",\"y\")", 50000);
        ComparisonRow row = new ComparisonRow(left.role(), minimal.role(), MetricsCalculator.compute(left, minimal), null);
        Path target = dir.resolve(ComparisonsCsv.FILE_NAME);

        // when
        ComparisonsCsv.write(target, DIMENSIONS, sink -> sink.accept(row));

        // then
        CSVRecord record = read(target).get(0);
        assertThat(record.get("right_title")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        for (String header : List.of("hourly_diff", "growth_diff_pp", "same_degree", "gender_distance_pp",
                "shared_skills", "report", "page")) {
            assertThat(record.get(header)).as(header).isEmpty();
        }
        assertThat(record.get("salary_diff")).isEqualTo("6367");
    }

    @Test
    void aNoisyDifferenceIsWrittenRounded() throws IOException {
        // given: 10.1 − 9.7 is 0.40000000000000036 in plain doubles
        RoleProfile left = withGrowth("clerk", 9.7);
        RoleProfile right = withGrowth("typist", 10.1);
        ComparisonRow row = new ComparisonRow(left.role(), right.role(), MetricsCalculator.compute(left, right), null);
        Path target = dir.resolve(ComparisonsCsv.FILE_NAME);

        // when
        ComparisonsCsv.write(target, DIMENSIONS, sink -> sink.accept(row));

        // then
        assertThat(read(target).get(0).get("growth_diff_pp")).isEqualTo("0.4");
    }

    @Test
    void aFailingSourceLeavesNoFileBehind() {
        // given
        Path target = dir.resolve(ComparisonsCsv.FILE_NAME);

        // when
        Throwable thrown = catchThrowable(() -> ComparisonsCsv.write(target, DIMENSIONS, sink -> {
            sink.accept(seedRow());
            throw new IllegalStateException("database gone");
        }));

        // then
        assertThat(thrown).hasMessage("database gone");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void numbersArePlainAndFullPrecision() {
        // given
        List<Object> values = List.of(1.0E7, 0.0, -4.0, 1.0 / 3, 77096L, Double.NaN);

        // when
        List<String> cells = values.stream().map(ComparisonsCsv::cell).toList();

        // then
        assertThat(cells).containsExactly("10000000", "0", "-4", "0.3333333333333333", "77096", "");
    }

    @Test
    void plainNumbersAreWhatBigDecimalWouldWrite() {
        // given
        Random random = new Random(7);
        List<Double> values = new ArrayList<>(List.of(1e-3, 9.999e-4, 1e7, 9_999_999.5, 123.4500, -0.0, 1e-300, 1.7e308,
                2.5e-7, 100.0, 0.1 + 0.2, -7.25e12));
        for (int i = 0; i < 20_000; i++) {
            values.add(random.nextGaussian() * Math.pow(10, random.nextInt(24) - 12));
            values.add((double) Math.round(random.nextDouble() * 1e6) / 100);
        }

        // when / then
        for (double value : values) {
            BigDecimal exact = BigDecimal.valueOf(value);
            String expected = exact.signum() == 0 ? "0" : exact.stripTrailingZeros().toPlainString();
            assertThat(ComparisonsCsv.plain(value)).as("%s", value).isEqualTo(expected);
        }
    }

    @Test
    void inTheBackgroundWritesTheSameFile() throws IOException {
        // given
        Path direct = dir.resolve("direct.csv");
        Path background = dir.resolve(ComparisonsCsv.FILE_NAME);
        int rows = 2_000;
        ComparisonsCsv.write(direct, DIMENSIONS, sink -> {
            for (int i = 0; i < rows; i++) {
                sink.accept(seedRow());
            }
        });

        // when
        long written;
        try (ComparisonsCsv.Background csv = ComparisonsCsv.inBackground(background, DIMENSIONS)) {
            for (int i = 0; i < rows; i++) {
                csv.accept(seedRow());
            }
            written = csv.finish();
        }

        // then
        assertThat(written).isEqualTo(rows);
        assertThat(Files.readAllBytes(background)).isEqualTo(Files.readAllBytes(direct));
    }

    @Test
    void inTheBackgroundAnUnfinishedFileLeavesNothingBehind() {
        // given
        Path target = dir.resolve(ComparisonsCsv.FILE_NAME);

        // when
        Throwable thrown = catchThrowable(() -> {
            try (ComparisonsCsv.Background csv = ComparisonsCsv.inBackground(target, DIMENSIONS)) {
                for (int i = 0; i < 1_500; i++) {
                    csv.accept(seedRow());
                }
                throw new IllegalStateException("database gone");
            }
        });

        // then
        assertThat(thrown).hasMessage("database gone");
        assertThat(dir.toFile().list()).isEmpty();
    }

    private static RoleProfile withGrowth(String id, double growth) {
        Role role = new Role(id, id, null, null, 40000, null, null, null, growth, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
        return new RoleProfile(role, List.of(), List.of(), List.of());
    }

    private static ComparisonRow seedRow() {
        RoleProfile left = SeedProfiles.patientRelationsManager();
        RoleProfile right = SeedProfiles.patientAccountManager();
        return new ComparisonRow(left.role(), right.role(), MetricsCalculator.compute(left, right), SEED_PDF, SEED_PAGE);
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
