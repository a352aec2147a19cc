package org.rolecompare.report.html.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.report.html.browser.PageLinks.Link;

/** The link rules of the browser checks, without a browser: what resolves inside a run folder and what does not. */
class PageLinksTests {

    private static final String PAGE = "html/compare/a-vs-b.html";

    @TempDir
    Path run;

    @BeforeEach
    void aRunFolder() throws IOException {
        Files.createDirectories(run.resolve("html/compare"));
        Files.createDirectories(run.resolve("html/roles"));
        Files.createDirectories(run.resolve("pdf"));
        Files.writeString(run.resolve(PAGE), "<main id=\"top\"></main>");
        Files.writeString(run.resolve("html/roles/a.html"), "<section id=\"facts\" class=\"x\"></section>");
        Files.writeString(run.resolve("pdf/a vs b.pdf"), "%PDF");
    }

    @Test
    void relativeLinksToFilesOfTheRunFolderResolve() {
        // given
        List<Link> links = List.of(new Link("a", "href", "../roles/a.html"), new Link("a", "href", "../../pdf/a%20vs%20b.pdf"),
                new Link("a", "href", "../roles/a.html#facts"), new Link("a", "href", "#top"), new Link("a", "href", "a-vs-b.html?x=1"));

        // when
        List<String> misses = PageLinks.misses(run, PAGE, links, Set.of("top"));

        // then
        assertThat(misses).isEmpty();
    }

    @Test
    void everyMissSaysWhichLinkAndWhy() {
        // given
        List<Link> links = List.of(new Link("a", "href", "../roles/b.html"), new Link("a", "href", "../../../outside.html"),
                new Link("img", "src", "https://cdn.example/x.png"), new Link("script", "src", "//cdn.example/x.js"),
                new Link("link", "href", "/html/assets/site.css"), new Link("a", "href", "#nowhere"),
                new Link("a", "href", "../roles/a.html#nowhere"), new Link("a", "href", ""), new Link("a", "href", "a b|c"));

        // when
        List<String> misses = PageLinks.misses(run, PAGE, links, Set.of("top"));

        // then
        assertThat(misses).containsExactly(
                "<a href=\"../roles/b.html\">: no file html/roles/b.html",
                "<a href=\"../../../outside.html\">: outside the run folder",
                "<img src=\"https://cdn.example/x.png\">: an absolute URL, outside the run folder",
                "<script src=\"//cdn.example/x.js\">: an absolute URL, outside the run folder",
                "<link href=\"/html/assets/site.css\">: a root-relative path, which breaks when the folder is opened from disk",
                "<a href=\"#nowhere\">: no element with id \"nowhere\" on this page",
                "<a href=\"../roles/a.html#nowhere\">: no element with id \"nowhere\" in html/roles/a.html",
                "<a href=\"\">: empty",
                "<a href=\"a b|c\">: not a valid URL (Illegal character in path)");
    }

    @Test
    void onlyTheServersOwnOriginFilesInlineDataAndTheBlankPageStayOnTheMachine() {
        // then
        assertThat(PageLinks.staysOnTheMachine("http://127.0.0.1:8123/html/index.html", 8123)).isTrue();
        assertThat(PageLinks.staysOnTheMachine("file:///srv/run/html/index.html", 8123)).isTrue();
        assertThat(PageLinks.staysOnTheMachine("data:image/png;base64,AAAA", 8123)).isTrue();
        assertThat(PageLinks.staysOnTheMachine("about:blank", 8123)).isTrue();
        assertThat(PageLinks.staysOnTheMachine("http://127.0.0.1:9/pixel.png", 8123)).isFalse();
        assertThat(PageLinks.staysOnTheMachine("http://127.0.0.1:81234/", 8123)).isFalse();
        assertThat(PageLinks.staysOnTheMachine("https://fonts.example/font.woff2", 8123)).isFalse();
    }
}
