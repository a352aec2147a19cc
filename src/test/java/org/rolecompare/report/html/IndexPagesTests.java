package org.rolecompare.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rolecompare.compare.PinnedLocale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The index of a run's site: the run's facts with a link to the data-quality file, every role A–Z
 * (ignoring case and accents) with its number of comparisons and a link to its page, and the
 * filter box; on a run too big to list inline, a page per initial and a data file for the filter.
 */
@ExtendWith(PinnedLocale.class)
class IndexPagesTests {

    @Test
    void listsTheRunsFactsAndEveryRoleAToZWithItsComparisons() {
        // given
        RoleDirectory directory = directory();

        // when
        List<SitePages.SiteFile> files = IndexPages.of(Pages.facts(5, 3), directory, Pages.RUN, 10, 10);

        // then
        assertThat(files).extracting(SitePages.SiteFile::path).containsExactly("html/index.html");
        Document index = Pages.parse(files.get(0).bytes());
        assertThat(index.selectFirst("h1").text()).isEqualTo("Role comparisons of 2026-11-27");
        assertThat(index.select("section#run tr").eachText()).containsExactly("Run date 2026-11-27", "Job nightly", "Roles accepted 5",
                "Roles rejected 1", "Comparisons 3", "Comparisons rejected or skipped 2",
                "Findings 1 error, 2 warnings, 3 info findings (data-quality.csv)");
        assertThat(index.selectFirst("section#run a").attr("href")).isEqualTo("../data-quality.csv");
        assertThat(index.select("#role-list li a").eachText()).containsExactly("Eagle Scout", "\u00c9lan Coach", "Eve Planner",
                "zoo keeper", "3D Artist");
        assertThat(index.select("#role-list li a").eachAttr("href")).containsExactly("roles/eagle.html", "roles/elan.html",
                "roles/eve.html", "roles/zoo.html", "roles/artist-3d.html");
        assertThat(index.select("#role-list li .count").eachText()).containsExactly("2 comparisons", "2 comparisons", "1 comparison",
                "no comparisons", "1 comparison");
        assertThat(index.select("#role-list section.letter-group h3").eachText()).containsExactly("E", "Z", "Other");
        assertThat(index.select("nav.letters a").eachAttr("href")).containsExactly("#letter-e", "#letter-z", "#letter-other");
        assertThat(index.select("nav.letters .empty")).hasSize(24);
        assertThat(index.selectFirst("input#filter")).isNotNull();
        assertThat(index.selectFirst("label[for=filter]").text()).isEqualTo("Find a role by part of its title");
        assertThat(index.selectFirst("#filter").hasAttr("data-source")).isFalse();
        assertThat(index.select("script").eachAttr("src")).containsExactly("assets/filter.js");
    }

    @Test
    void givesABigRunAPagePerInitialAndTheFilterADataFile() {
        // when
        Map<String, byte[]> files = site(4, 10);

        // then
        assertThat(files).containsOnlyKeys("html/index.html", "html/letters/e.html", "html/letters/z.html", "html/letters/other.html",
                "html/data/roles.js");
        Document index = Pages.parse(files.get("html/index.html"));
        assertThat(index.select("#role-list")).isEmpty();
        assertThat(index.select("nav.letters a").eachAttr("href")).containsExactly("letters/e.html", "letters/z.html", "letters/other.html");
        assertThat(index.selectFirst("#filter").attr("data-source")).isEqualTo("data/roles.js");
        assertThat(index.selectFirst("#roles h2").text()).isEqualTo("Roles A\u2013Z (5 roles)");
        Document e = Pages.parse(files.get("html/letters/e.html"));
        assertThat(e.selectFirst("h1").text()).isEqualTo("Roles: E");
        assertThat(e.select("ul.role-list a").eachText()).containsExactly("Eagle Scout", "\u00c9lan Coach", "Eve Planner");
        assertThat(e.select("ul.role-list a").eachAttr("href")).containsExactly("../roles/eagle.html", "../roles/elan.html",
                "../roles/eve.html");
        assertThat(e.select("nav.letters a").eachAttr("href")).containsExactly("e.html", "z.html", "other.html");
        assertThat(e.select("link[rel=stylesheet]").attr("href")).isEqualTo("../assets/site.css");
    }

    @Test
    void givesAnInitialWithMoreRolesThanAPageListsNumberedPages() {
        // when
        Map<String, byte[]> files = site(4, 2);

        // then
        assertThat(files).containsOnlyKeys("html/index.html", "html/letters/e.html", "html/letters/e-2.html", "html/letters/z.html",
                "html/letters/other.html", "html/data/roles.js");
        Document first = Pages.parse(files.get("html/letters/e.html"));
        Document second = Pages.parse(files.get("html/letters/e-2.html"));
        assertThat(first.selectFirst("h1").text()).isEqualTo("Roles: E (page 1 of 2)");
        assertThat(first.select("ul.role-list a").eachText()).containsExactly("Eagle Scout", "\u00c9lan Coach");
        assertThat(second.select("ul.role-list a").eachText()).containsExactly("Eve Planner");
        assertThat(second.selectFirst("p.count").text()).isEqualTo("3 roles");
        assertThat(first.select("nav.pages a").eachAttr("href")).containsExactly("e-2.html");
        assertThat(second.select("nav.pages a").eachAttr("href")).containsExactly("e.html");
        assertThat(second.selectFirst("nav.pages [aria-current=page]").text()).isEqualTo("2");
        assertThat(Pages.parse(files.get("html/letters/z.html")).select("nav.pages")).isEmpty();
    }

    @Test
    void writesTheFiltersDataAsAScriptCallWithEveryRoleAToZ() {
        // given
        RoleDirectory directory = new RoleDirectory.Builder()
                .role("b", "B \"quoted\" </script><b>bold</b>\u0007")
                .role("a", "A role")
                .comparison("a", "b")
                .build();

        // when
        String script = new String(IndexPages.dataScript(directory), StandardCharsets.UTF_8);

        // then
        assertThat(script).startsWith("roleCompareRoles(").endsWith(");\n").doesNotContain("\u0007");
        JsonNode rows = JsonMapper.builder().build().readTree(script.substring("roleCompareRoles(".length(), script.length() - 3));
        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.get(0).get(0).asString()).isEqualTo("A role");
        assertThat(rows.get(0).get(1).asString()).isEqualTo("a");
        assertThat(rows.get(0).get(2).asInt()).isEqualTo(1);
        assertThat(rows.get(1).get(0).asString()).isEqualTo("B \"quoted\" </script><b>bold</b>");
    }

    /** The index files of the five roles of {@link #directory()}, by path, with the given limits. */
    private static Map<String, byte[]> site(int inlineRoles, int letterPageRoles) {
        return IndexPages.of(Pages.facts(5, 3), directory(), Pages.RUN, inlineRoles, letterPageRoles).stream()
                .collect(Collectors.toMap(SitePages.SiteFile::path, SitePages.SiteFile::bytes));
    }

    private static RoleDirectory directory() {
        return new RoleDirectory.Builder()
                .role("zoo", "zoo keeper")
                .role("eve", "Eve Planner")
                .role("elan", "\u00c9lan Coach")
                .role("eagle", "Eagle Scout")
                .role("artist-3d", "3D Artist")
                .comparison("eagle", "elan")
                .comparison("elan", "eve")
                .comparison("artist-3d", "eagle")
                .build();
    }
}
