package org.rolecompare.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.compare.MetricPrecision;
import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.report.csv.ComparisonsCsv;
import org.rolecompare.report.xlsx.ComparisonRow;
import org.rolecompare.staging.AcceptedRows;
import org.rolecompare.staging.ComparisonQueries;
import org.rolecompare.staging.CrossCheck;
import org.rolecompare.staging.ProfileQueries;
import org.rolecompare.staging.StagedInput;
import org.rolecompare.staging.StagingCounts;
import org.rolecompare.staging.StagingDatabase;
import org.rolecompare.staging.StagingStore;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On real-style data (fixture {@code real-style}: official titles, top-coded salaries, sparse
 * demographics, unknown skill shares) every number of {@code comparisons.csv} has at most the
 * decimals {@link MetricPrecision} documents for its column: before metrics were rounded when
 * computed, nine rows in ten showed float noise such as {@code 17.089999999999996}.
 */
class RealStyleMetricsOutputTests {

    private static final long RUN = 11;
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/real-style");

    @TempDir
    Path dir;

    private ProfileQueries profiles;
    private ComparisonQueries comparisons;
    private AcceptedRows accepted;

    @BeforeEach
    void loadTheRealStyleFixture() throws Exception {
        JdbcTemplate jdbc = new StagingDatabase().jdbc;
        StagingStore store = new StagingStore(jdbc);
        profiles = new ProfileQueries(jdbc);
        comparisons = new ComparisonQueries(jdbc);
        accepted = new AcceptedRows(jdbc);
        StagedInput.load(store, RUN, FIXTURE);
        new CrossCheck(jdbc, store, new StagingCounts(jdbc)).run(RUN, RunSettings.DEFAULT_MIN_KNOWN_FIELDS);
    }

    @Test
    void noValueOfComparisonsCsvHasMoreThanItsDocumentedDecimals() throws Exception {
        // given
        List<ComparisonRow> rows = new ArrayList<>();
        comparisons.forEachAccepted(RUN, c -> {
            var left = profiles.profile(RUN, c.leftId());
            var right = profiles.profile(RUN, c.rightId());
            rows.add(new ComparisonRow(left.role(), right.role(), MetricsCalculator.compute(left, right), c.pdfPath()));
        });
        Path target = dir.resolve(ComparisonsCsv.FILE_NAME);

        // when
        ComparisonsCsv.write(target, accepted.dimensions(RUN), sink -> rows.forEach(sink));

        // then
        List<CSVRecord> records = read(target);
        assertThat(records).hasSize(20);
        int numbers = 0;
        for (CSVRecord record : records) {
            for (String header : record.getParser().getHeaderNames()) {
                Integer decimals = MetricPrecision.of(header);
                String value = record.get(header);
                if (decimals == null || value.isEmpty()) {
                    continue;
                }
                numbers++;
                assertThat(new BigDecimal(value).stripTrailingZeros().scale()).as("%s = %s", header, value)
                        .isLessThanOrEqualTo(decimals);
            }
        }
        assertThat(numbers).isGreaterThan(100);
    }


    private static List<CSVRecord> read(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
