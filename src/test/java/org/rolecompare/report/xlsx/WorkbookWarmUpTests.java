package org.rolecompare.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook warm-up moves POI's first-workbook cost off the run's critical path; it must leave
 * nothing behind that the run's own workbook could show: no file, and not one byte of any part
 * different from a workbook written without it; nor, finished by a run that ended early, any of
 * POI's temporary files.
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

    @Test
    void finishingLeavesNoneOfPoisTemporaryFilesWhereverTheWarmUpHasGot() throws Exception {
        // given: POI's temporary files in a folder of this test's, counted as they are made
        Path poiFiles = Files.createDirectories(dir.resolve("poifiles"));
        AtomicInteger made = new AtomicInteger();
        TempFile.setTempFileCreationStrategy(counting(new DefaultTempFileCreationStrategy(poiFiles.toFile()), made));
        try {
            for (long delay : new long[] {0, 2, 10, 30, 100, 300}) {
                WorkbookWarmUp warmUp = new WorkbookWarmUp();
                warmUp.begin();
                Thread.sleep(delay);

                // when: the run ends
                warmUp.stop();

                // then
                try (Stream<Path> files = Files.list(poiFiles)) {
                    assertThat(files).as("after %d ms", delay).isEmpty();
                }
            }
            assertThat(made).as("temporary files made in the test's folder").hasPositiveValue();
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
    }

    private static TempFileCreationStrategy counting(TempFileCreationStrategy strategy, AtomicInteger made) {
        return new TempFileCreationStrategy() {
            @Override
            public File createTempFile(String prefix, String suffix) throws IOException {
                made.incrementAndGet();
                return strategy.createTempFile(prefix, suffix);
            }

            @Override
            public File createTempDirectory(String prefix) throws IOException {
                return strategy.createTempDirectory(prefix);
            }
        };
    }
}
