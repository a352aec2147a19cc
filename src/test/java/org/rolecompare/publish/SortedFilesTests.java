package org.rolecompare.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest's files, walked a folder at a time, come in exactly the order of sorting every
 * relative path at once (what the manifest listed before), also where a folder's name is a prefix of
 * a file's ({@code a/x} against {@code a-b}, {@code a0}); folders reached through a link are not
 * entered, as {@code Files.walk} does not.
 */
class SortedFilesTests {

    @TempDir
    Path root;

    @Test
    void walksInTheOrderOfTheWholeSortedPaths() throws IOException {
        // given names where a folder sorts differently from its files' paths
        for (String file : List.of("a-b", "a.txt", "a0", "A", "a/x", "a/y/z", "a/y.txt", "a_b", "ab/c", "b", "html/compare/p-vs-q.html",
                "html/index.html", "html/compare-all.html", "html/roles/q.html", "pdf/p-vs-q.pdf", "manifest.json")) {
            write(file);
        }

        // when
        List<String> walked = relative(SortedFiles.below(root, name -> true));

        // then
        assertThat(walked).containsExactlyElementsOf(sortedAtOnce(name -> true)).hasSize(16);
        assertThat(walked.subList(0, 6)).containsExactly("A", "a-b", "a.txt", "a/x", "a/y.txt", "a/y/z");
    }

    @Test
    void walksRandomTreesInTheSameOrderAndLeavesOutWhatTheFilterRefuses() throws IOException {
        // given 1,500 files of random names in random nested folders, some hidden
        Random random = new Random(42);
        String alphabet = "ab-._0Z";
        for (int i = 0; i < 1_500; i++) {
            StringBuilder path = new StringBuilder();
            int depth = random.nextInt(4);
            for (int level = 0; level <= depth; level++) {
                if (level > 0) {
                    path.append('/');
                }
                int length = 1 + random.nextInt(4);
                StringBuilder name = new StringBuilder();
                for (int c = 0; c < length; c++) {
                    name.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                path.append(name.chars().allMatch(c -> c == '.') ? name.append('a') : name);
            }
            Path file = root.resolve(path.toString());
            if (!Files.isDirectory(file) && !isBelowAFile(file)) {
                write(path.toString());
            }
        }
        Predicate<String> visible = name -> !name.startsWith(".");

        // when
        List<String> walked = relative(SortedFiles.below(root, visible));

        // then
        assertThat(walked).isNotEmpty().containsExactlyElementsOf(sortedAtOnce(visible));
    }

    @Test
    void listsALinkedFileButDoesNotEnterALinkedFolder() throws IOException {
        // given
        write("real/report.pdf");
        Files.createSymbolicLink(root.resolve("linked-folder"), root.resolve("real"));
        Files.createSymbolicLink(root.resolve("linked.pdf"), root.resolve("real/report.pdf"));
        Files.createDirectories(root.resolve("empty"));

        // when
        List<String> walked = relative(SortedFiles.below(root, name -> true));

        // then
        assertThat(walked).containsExactly("linked.pdf", "real/report.pdf").containsExactlyElementsOf(sortedAtOnce(name -> true));
    }

    @Test
    void aFolderThatIsNotThereHasNoFiles() {
        // when / then
        assertThat(SortedFiles.below(root.resolve("never-there"), name -> true).hasNext()).isFalse();
    }

    private boolean isBelowAFile(Path file) {
        for (Path p = file.getParent(); p != null && p.startsWith(root); p = p.getParent()) {
            if (Files.isRegularFile(p)) {
                return true;
            }
        }
        return false;
    }

    private void write(String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, relative);
    }

    private List<String> relative(Iterator<Path> files) {
        List<String> names = new ArrayList<>();
        files.forEachRemaining(file -> names.add(root.relativize(file).toString()));
        return names;
    }

    /** What the manifest listed before: every path below the root at once, sorted. */
    private List<String> sortedAtOnce(Predicate<String> include) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> include.test(p.getFileName().toString())).sorted()
                    .map(p -> root.relativize(p).toString()).toList();
        }
    }
}
