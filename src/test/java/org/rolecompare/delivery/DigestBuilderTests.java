package org.rolecompare.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestBuilderTests {

    @TempDir
    Path temp;

    @Test
    void aPdfLargerThanTheCapTravelsAloneAndTheOthersShareParts() throws Exception {
        // given
        new RunFolder(temp).pair("a", "b", 1000).pair("b", "c", 1000).pair("c", "d", 9000).pair("d", "e", 1000).write();
        List<PublishedRun.Report> reports = PublishedRun.read(temp.resolve(RunFolder.RUN_DATE)).reports();

        // when
        List<List<PublishedRun.Report>> parts = DigestBuilder.split(reports, 4000);

        // then
        assertThat(parts).extracting(part -> part.stream().map(PublishedRun.Report::fileName).toList()).containsExactly(
                List.of("a-vs-b.pdf", "b-vs-c.pdf"), List.of("c-vs-d.pdf"), List.of("d-vs-e.pdf"));
    }

    @Test
    void theCapCountsAttachmentsAsTheyTravelInBase64() {
        // given
        long bytes = 57;

        // when
        long encoded = DigestBuilder.encodedSize(bytes);

        // then
        assertThat(encoded).isEqualTo(76 + 2);
    }

    @Test
    void withoutReportsARecipientStillGetsOneDigest() throws Exception {
        // given
        List<PublishedRun.Report> none = List.of();

        // when
        List<List<PublishedRun.Report>> parts = DigestBuilder.split(none, 4000);

        // then
        assertThat(parts).containsExactly(List.of());
    }
}
