package org.rolecompare.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing a finished run folder: the target ends up holding exactly the new run (nothing of the
 * previous one survives), and neither the staging folder nor the ".replaced" copy is left over; and
 * what a crash between the two renames of a replace leaves is undone by the next run.
 */
class RunPublisherTests {

    @TempDir
    Path root;

    @Test
    void publishesIntoAFolderThatDoesNotExistYet() throws IOException {
        // given
        Path staging = folder("staging", "report.pdf");
        Path target = root.resolve("output").resolve("2024-05-01");

        // when
        RunPublisher.publish(staging, target);

        // then
        assertThat(relativeFiles(target)).containsExactly("report.pdf");
        assertThat(staging).doesNotExist();
    }

    @Test
    void replacesAnExistingRunFolderWhole() throws IOException {
        // given
        Path output = Files.createDirectories(root.resolve("output"));
        Path target = folder("output/2024-05-01", "old-report.pdf", "pairs/old.pdf", "data-quality.csv");
        Path staging = folder("output/.2024-05-01.staging", "new-report.pdf", "data-quality.csv");
        Files.writeString(staging.resolve("data-quality.csv"), "new");

        // when
        RunPublisher.publish(staging, target);

        // then
        assertThat(relativeFiles(target)).containsExactly("data-quality.csv", "new-report.pdf");
        assertThat(target.resolve("data-quality.csv")).hasContent("new");
        try (Stream<Path> left = Files.list(output)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("2024-05-01");
        }
    }

    @Test
    void putsBackARunFolderWhoseReplaceWasInterrupted() throws IOException {
        // given
        Path output = Files.createDirectories(root.resolve("output"));
        folder("output/.2024-05-01.replaced", "old-report.pdf", "manifest.json");

        // when
        List<String> done = RunPublisher.recoverInterrupted(output);

        // then
        assertThat(done).singleElement().asString().startsWith("put back " + output.resolve("2024-05-01"));
        assertThat(relativeFiles(output)).containsExactly("2024-05-01/manifest.json", "2024-05-01/old-report.pdf");
    }

    @Test
    void deletesAReplacedFolderWhoseReplacementArrived() throws IOException {
        // given
        Path output = Files.createDirectories(root.resolve("output"));
        folder("output/.2024-05-01.replaced", "old-report.pdf");
        folder("output/2024-05-01", "new-report.pdf");

        // when
        List<String> done = RunPublisher.recoverInterrupted(output);

        // then
        assertThat(done).singleElement().asString().startsWith("deleted " + output.resolve(".2024-05-01.replaced"));
        assertThat(relativeFiles(output)).containsExactly("2024-05-01/new-report.pdf");
    }

    @Test
    void deletesAWholeTreeAndToleratesAMissingOne() throws IOException {
        // given
        Path tree = folder("tree", "a.txt", "b/c/d.txt");

        // when
        RunPublisher.deleteTree(tree);
        RunPublisher.deleteTree(root.resolve("never-there"));

        // then
        assertThat(tree).doesNotExist();
    }

    /** Creates {@code root/name} holding the given files (relative paths), each with its own path as text. */
    private Path folder(String name, String... files) throws IOException {
        Path dir = Files.createDirectories(root.resolve(name));
        for (String file : files) {
            Path path = dir.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, file);
        }
        return dir;
    }

    private static List<String> relativeFiles(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
