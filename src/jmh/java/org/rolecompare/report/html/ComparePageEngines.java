package org.rolecompare.report.html;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.SeedProfiles;
import org.rolecompare.report.content.AbsentSection;
import org.rolecompare.report.content.Chart;
import org.rolecompare.report.content.ListSection;
import org.rolecompare.report.content.ReportContent;
import org.rolecompare.report.content.Section;
import org.rolecompare.report.content.TableSection;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * The choice of the web pages' template engine (issue 19): the seed pair's comparison page, from
 * the same page model, rendered to UTF-8 bytes by the JTE templates the product uses
 * ({@code src/main/jte/compare.jte}, compiled at build time) and by Thymeleaf with a port of the same
 * template (the same elements, loops and escaping; the template is parsed and cached once, as a
 * product would). Run: {@code mvn -B -Pjmh verify -DskipTests -Djmh.args='ComparePageEngines'}.
 * The time of 10,000 pages is 10,000 / the score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ComparePageEngines {

    /**
     * One section of the content, its kind, which Thymeleaf's expressions cannot test by type, and
     * its charts (a table's under its table, a list's above its lists).
     */
    public record Part(String kind, Section section, List<Chart> charts) {
    }

    private static final String THYMELEAF_PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title th:text="${page.content().title()}"></title>
            <link rel="stylesheet" href="../assets/site.css">
            </head>
            <body>
            <a class="skip-link" href="#main">Skip to the content</a>
            <header class="site-header"><nav aria-label="Site"><a href="../index.html">All roles</a></nav></header>
            <main id="main" th:with="c=${page.content()}">
            <article class="report" id="report">
            <header class="report-header">
            <h1 id="title" th:text="${c.title()}"></h1>
            <p class="subtitle" th:text="${c.subtitle()}"></p>
            <p class="change-note" id="change-note" th:if="${c.changeNote() != null}" th:text="${c.changeNote()}"></p>
            <ul class="report-links">
            <li th:if="${page.pdf() != null}"><a class="pdf-link" th:href="${page.pdf()}">This report as PDF</a></li>
            <li><a class="role-link" th:href="${page.leftPage()}" th:text="${c.leftName()}"></a></li>
            <li><a class="role-link" th:href="${page.rightPage()}" th:text="${c.rightName()}"></a></li>
            </ul>
            </header>
            <section id="summary" th:attr="aria-label=${c.summaryName()}"><p th:each="p : ${c.narrative()}" th:text="${p}"></p></section>
            <section class="key-differences" id="key-differences" th:if="${!c.keyDifferences().isEmpty()}">
            <h2 id="key-differences-heading" th:text="${c.keyDifferencesHeading()}"></h2>
            <ul><li th:each="f : ${c.keyDifferences()}" th:text="${f}"></li></ul>
            </section>
            <p class="coverage-note" th:if="${c.coverageNote() != null}" th:text="${c.coverageNote()}"></p>
            <th:block th:each="part : ${parts}" th:with="s=${part.section()}">
            <section th:if="${part.kind() == 'table' or part.kind() == 'list'}" th:id="${s.id()}" th:attr="aria-labelledby=${s.id() + '-heading'}">
            <h2 th:id="${s.id() + '-heading'}" th:text="${s.heading()}"></h2>
            <th:block th:if="${part.kind() == 'table'}">
            <table class="comparison" th:if="${!s.rows().isEmpty()}">
            <thead><tr><th scope="col"><span class="visually-hidden" th:text="${s.name()}"></span></th>
            <th scope="col" th:text="${c.leftName()}"></th><th scope="col" th:text="${c.rightName()}"></th></tr></thead>
            <tbody><tr th:each="r : ${s.rows()}"><th scope="row" th:text="${r.label()}"></th><td th:text="${r.left()}"></td><td th:text="${r.right()}"></td></tr></tbody>
            </table>
            <p class="note" th:if="${s.note() != null}" th:text="${s.note()}"></p>
            </th:block>
            <th:block th:each="chart : ${part.charts()}" th:with="v=${charts.get(chart)}">
            <figure class="chart" th:id="${v.id()}">
            <h3 th:if="${chart.title() != null}" th:text="${chart.title()}"></h3>
            <ul class="legend" aria-hidden="true"><li><span class="swatch swatch-left"></span><span th:text="${c.leftName()}"></span></li>
            <li><span class="swatch swatch-right"></span><span th:text="${c.rightName()}"></span></li>
            <li th:if="${v.data() != null and chart.markNote() != null}"><span class="marked">Bold</span>: <span th:text="${chart.markNote()}"></span></li></ul>
            <svg xmlns="http://www.w3.org/2000/svg" th:attr="viewBox=${'0 0 ' + v.svg().width() + ' ' + v.svg().height()},width=${v.svg().width()},height=${v.svg().height()}" role="img" th:attrappend="aria-labelledby=${v.id() + '-title ' + v.id() + '-desc'}">
            <title th:id="${v.id() + '-title'}" th:text="${v.svg().title()}"></title><desc th:id="${v.id() + '-desc'}" th:text="${v.svg().desc()}"></desc>
            <line th:each="l : ${v.svg().lines()}" th:attr="class=${l.css()},x1=${l.x1()},y1=${l.y1()},x2=${l.x2()},y2=${l.y2()}"/>
            <rect th:each="b : ${v.svg().rects()}" th:attr="class=${b.css()},x=${b.x()},y=${b.y()},width=${b.width()},height=${b.height()}"/>
            <text th:each="t : ${v.svg().labels()}" th:attr="class=${t.css()},x=${t.x()},y=${t.y()},text-anchor=${t.anchor()}" th:text="${t.text()}"></text>
            </svg>
            <figcaption th:if="${chart.caption() != null}" th:text="${chart.caption()}"></figcaption>
            </figure>
            <details class="chart-data" th:if="${v.data() != null}"><summary th:text="${v.data().caption()}"></summary>
            <table class="chart-values"><thead><tr><th scope="col" th:each="h : ${v.data().headers()}" th:text="${h}"></th></tr></thead>
            <tbody><tr th:each="r : ${v.data().rows()}"><th scope="row" th:text="${r.get(0)}"></th><td th:text="${r.get(1)}"></td><td th:text="${r.get(2)}"></td></tr></tbody></table>
            </details>
            </th:block>
            <th:block th:if="${part.kind() == 'list'}">
            <div th:class="${s.ranked() ? 'lists ranked' : 'lists'}">
            <div class="role-items" th:each="l : ${s.lists()}">
            <h3 th:text="${l.heading()}"></h3>
            <p class="note" th:if="${l.items().isEmpty()}" th:text="${l.absentText()}"></p>
            <ul th:unless="${l.items().isEmpty()}"><li th:each="i : ${l.items()}"><span th:text="${i.text()}"></span>
            <span class="shared" th:if="${i.shared() and s.sharedMark() != null}" th:text="${'(' + s.sharedMark() + ')'}"></span></li></ul>
            </div>
            </div>
            <p class="shared-line" th:if="${s.sharedLabel() != null}"><strong th:text="${s.sharedLabel()}"></strong> <span th:text="${s.sharedText()}"></span></p>
            </th:block>
            </section>
            <section th:if="${part.kind() == 'text'}" th:id="${s.id()}" th:attr="aria-labelledby=${s.id() + '-heading'}"><h2 th:id="${s.id() + '-heading'}" th:text="${s.heading()}"></h2><p th:text="${s.text()}"></p></section>
            <p class="absent" th:if="${part.kind() == 'absent'}" th:id="${s.id()}" th:text="${s.text()}"></p>
            </th:block>
            <section class="about" id="about"><h2 th:text="${c.aboutHeading()}"></h2><p th:text="${c.about()}"></p></section>
            </article>
            </main>
            <footer class="site-footer"><p th:text="${footer}"></p></footer>
            </body>
            </html>
            """;

    private ComparePage page;
    private List<Part> parts;
    private TemplateEngine thymeleaf;

    @Setup
    public void seedPage() {
        RoleProfile left = SeedProfiles.patientRelationsManager();
        RoleProfile right = SeedProfiles.patientAccountManager();
        LocalDate runDate = LocalDate.of(2026, 11, 27);
        ReportContent content = ReportContent.of(left, right, MetricsCalculator.compute(left, right), runDate, "Source: role data feed",
                null, null);
        page = ComparePages.of(content, left.role().id(), right.role().id(), new SiteRun(runDate, "nightly", true));
        parts = new ArrayList<>();
        for (Section s : content.sections()) {
            if (s instanceof TableSection table) {
                parts.add(new Part("table", s, table.charts()));
            } else if (s instanceof ListSection list) {
                parts.add(new Part("list", s, list.chart() == null ? List.of() : List.of(list.chart())));
            } else {
                parts.add(new Part(s instanceof AbsentSection ? "absent" : "text", s, List.of()));
            }
        }
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCacheable(true);
        thymeleaf = new TemplateEngine();
        thymeleaf.setTemplateResolver(resolver);
    }

    @Benchmark
    public byte[] jte() {
        return Templates.render("compare.jte", page);
    }

    @Benchmark
    public byte[] thymeleaf() {
        Context context = new Context();
        context.setVariable("page", page);
        context.setVariable("parts", parts);
        context.setVariable("charts", page.charts());
        context.setVariable("footer", page.run().footer());
        return thymeleaf.process(THYMELEAF_PAGE, context).getBytes(StandardCharsets.UTF_8);
    }

    /** Renders 10,000 pages with each engine after a warm-up, and prints the times: a plain check beside the JMH scores. */
    public static void main(String[] args) {
        ComparePageEngines bench = new ComparePageEngines();
        bench.seedPage();
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < pages; i++) {
                bench.jte();
                bench.thymeleaf();
            }
            long jteStart = System.nanoTime();
            long jteBytes = 0;
            for (int i = 0; i < pages; i++) {
                jteBytes += bench.jte().length;
            }
            long jteNanos = System.nanoTime() - jteStart;
            long thymeleafStart = System.nanoTime();
            long thymeleafBytes = 0;
            for (int i = 0; i < pages; i++) {
                thymeleafBytes += bench.thymeleaf().length;
            }
            long thymeleafNanos = System.nanoTime() - thymeleafStart;
            System.out.printf("round %d: %,d pages: JTE %,d ms (%,d bytes a page), Thymeleaf %,d ms (%,d bytes a page)%n", round + 1, pages,
                    jteNanos / 1_000_000, jteBytes / pages, thymeleafNanos / 1_000_000, thymeleafBytes / pages);
        }
    }
}
