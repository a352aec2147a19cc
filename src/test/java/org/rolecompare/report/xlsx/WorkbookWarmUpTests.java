package org.rolecompare.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook warm-up moves POI's first-workbook cost off the run's critical path; it must leave
 * nothing behind that the run's own workbook could show: no file, and not one byte of any part
 * different from a workbook written without it.
 */
class WorkbookWarmUpTests {

    @TempDir
    Path dir;

    @Test
    void theWorkbookWrittenAfterTheWarmUpIsTheSameInEveryPart() throws IOException {
        // given
        Path before = dir.resolve("before.xlsx");
        WorkbookWriter.write(WorkbookWriterTests.seedSource(), before);

        // when
        WorkbookWarmUp.start();
        WorkbookWarmUp.awaitDone();
        Path after = dir.resolve("after.xlsx");
        WorkbookWriter.write(WorkbookWriterTests.seedSource(), after);

        // then
        assertThat(WorkbookWarmUp.done()).isTrue();
        Map<String, byte[]> expected = DirectRowsTests.parts(before);
        Map<String, byte[]> actual = DirectRowsTests.parts(after);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(name).isEqualTo(bytes));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("before.xlsx", "after.xlsx");
        }
    }

    @Test
    void startsOnceAndWaitingForItAgainReturnsAtOnce() {
        // given
        WorkbookWarmUp.start();
        WorkbookWarmUp.awaitDone();

        Thread first = WorkbookWarmUp.thread();

        // when
        WorkbookWarmUp.start();
        WorkbookWarmUp.awaitDone();

        // then: the second start found the first one and began nothing new
        assertThat(WorkbookWarmUp.thread()).isSameAs(first);
        assertThat(first.getName()).isEqualTo("workbook-warm-up");
        assertThat(WorkbookWarmUp.done()).isTrue();
    }
}
