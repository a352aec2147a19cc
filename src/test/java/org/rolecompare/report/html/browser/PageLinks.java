package org.rolecompare.report.html.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves every {@code href} and {@code src} of a published page against the page's own place in the
 * run folder, as a browser opened on the folder would, and says which of them miss. Kept apart from
 * the browser so the rules (relative only, inside the run folder, an existing file, a fragment that
 * hits an id) are unit-tested on their own: a link that works over the loopback server but not from a
 * file share is a broken link too, which is why root-relative and absolute URLs count as misses.
 */
final class PageLinks {

    /** One attribute of one element: {@code <a href="../index.html">} is {@code ("a", "href", "../index.html")}. */
    record Link(String element, String attribute, String value) {

        @Override
        public String toString() {
            return "<" + element + " " + attribute + "=\"" + value + "\">";
        }
    }

    private PageLinks() {
    }

    /**
     * The links that do not resolve, each with why, in page order; empty when every link resolves.
     *
     * @param root     the run folder
     * @param page     the page's path relative to {@code root}, such as {@code html/compare/a-vs-b.html}
     * @param links    the page's links as the browser read them from its DOM
     * @param pageIds  the ids of the page's elements, for fragment-only links
     */
    static List<String> misses(Path root, String page, List<Link> links, Set<String> pageIds) {
        Path base = root.resolve(page).normalize();
        List<String> misses = new ArrayList<>();
        for (Link link : links) {
            String why = miss(root, base, link.value().strip(), pageIds);
            if (why != null) {
                misses.add(link + ": " + why);
            }
        }
        return misses;
    }

    private static String miss(Path root, Path base, String value, Set<String> pageIds) {
        if (value.isEmpty()) {
            return "empty";
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return "not a valid URL (" + e.getReason() + ")";
        }
        if (uri.getScheme() != null || value.startsWith("//")) {
            return "an absolute URL, outside the run folder";
        }
        if (value.startsWith("/")) {
            return "a root-relative path, which breaks when the folder is opened from disk";
        }
        String fragment = uri.getFragment();
        if (uri.getRawPath().isEmpty()) {
            return fragment == null || pageIds.contains(fragment) ? null : "no element with id \"" + fragment + "\" on this page";
        }
        Path target = base.resolveSibling(uri.getPath()).normalize();
        if (!target.startsWith(root)) {
            return "outside the run folder";
        }
        if (!Files.isRegularFile(target)) {
            return "no file " + root.relativize(target).toString().replace('\\', '/');
        }
        if (fragment != null && target.getFileName().toString().endsWith(".html") && !hasId(target, fragment)) {
            return "no element with id \"" + fragment + "\" in " + root.relativize(target).toString().replace('\\', '/');
        }
        return null;
    }

    private static boolean hasId(Path html, String id) {
        try {
            return Pattern.compile("\\sid\\s*=\\s*([\"']?)" + Pattern.quote(id) + "\\1[\\s>/]")
                    .matcher(Files.readString(html, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a request the page made stays on this machine: the loopback server's own origin, a file,
     * inline data or the blank page. Anything else, even another loopback port, is not the run folder.
     */
    static boolean staysOnTheMachine(String url, int serverPort) {
        return url.startsWith("http://127.0.0.1:" + serverPort + "/") || url.startsWith("file://")
                || url.startsWith("data:") || url.startsWith("about:");
    }
}
