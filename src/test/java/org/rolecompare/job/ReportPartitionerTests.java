package org.rolecompare.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rolecompare.staging.LineRange;
import org.rolecompare.staging.PartitionQueries;
import org.rolecompare.staging.StagingDatabase;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * How the report step is cut: many partitions of whole chunks, never above the cap, named in line
 * order, each carrying its range; the same staged rows give the same partitions, which is what lets
 * a restart find the unfinished ones by name.
 */
class ReportPartitionerTests {

    private final StagingDatabase db = new StagingDatabase();

    @Test
    void sizesPartitionsForAboutThirtyTwoOfWholeChunksUpToTwoThousandReports() {
        // given // when // then
        assertThat(ReportPartitioner.reportsPerPartition(1, 50)).isEqualTo(50);
        assertThat(ReportPartitioner.reportsPerPartition(120, 50)).isEqualTo(50);
        assertThat(ReportPartitioner.reportsPerPartition(2_000, 50)).isEqualTo(100);
        assertThat(ReportPartitioner.reportsPerPartition(10_000, 50)).isEqualTo(350);
        assertThat(ReportPartitioner.reportsPerPartition(50_000, 50)).isEqualTo(1_600);
        assertThat(ReportPartitioner.reportsPerPartition(1_000_000, 50)).isEqualTo(2_000);
    }

    @Test
    void namesThePartitionsInLineOrderWithTheirRanges() {
        // given
        for (long line = 2; line <= 121; line++) {
            db.comparison(7, line, "a" + line, "b" + line, "ACCEPTED");
        }
        ReportPartitioner partitioner = new ReportPartitioner(new PartitionQueries(db.jdbc), 7, 120, 50);

        // when
        Map<String, ExecutionContext> partitions = partitioner.partition(2);

        // then
        assertThat(partitions).containsOnlyKeys("p0001", "p0002", "p0003");
        assertThat(ReportPartitioner.rangeOf(partitions.get("p0001"))).isEqualTo(new LineRange(2, 51, 50));
        assertThat(ReportPartitioner.rangeOf(partitions.get("p0002"))).isEqualTo(new LineRange(52, 101, 50));
        assertThat(ReportPartitioner.rangeOf(partitions.get("p0003"))).isEqualTo(new LineRange(102, 121, 20));
        assertThat(partitioner.partition(8)).isEqualTo(partitions);
    }

    @Test
    void makesNoPartitionWhenThereIsNothingToRender() {
        // given
        db.comparison(7, 2, "a", "b", "ACCEPTED");

        // when // then
        assertThat(new ReportPartitioner(new PartitionQueries(db.jdbc), 7, 0, 50).partition(2)).isEmpty();
    }
}
