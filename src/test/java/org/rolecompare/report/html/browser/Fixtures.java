package org.rolecompare.report.html.browser;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Copies a folder of test resources into a test's own folder, so a site is served from a place nothing else shares. */
final class Fixtures {

    private Fixtures() {
    }

    /** Copies the class-path folder {@code resource} (such as {@code fixtures/html}) to {@code target} and returns it. */
    static Path copy(String resource, Path target) throws IOException {
        URL url = Fixtures.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + resource);
        }
        try {
            Path source = Path.of(url.toURI());
            List<Path> files;
            try (Stream<Path> walk = Files.walk(source)) {
                files = walk.toList();
            }
            for (Path file : files) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
            return target;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
