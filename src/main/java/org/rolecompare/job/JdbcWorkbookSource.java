package org.rolecompare.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.rolecompare.changes.ChangeQueries;
import org.rolecompare.changes.RoleChange;
import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.files.RunFacts;
import org.rolecompare.ingest.InputFile;
import org.rolecompare.publish.RejectedRowsExporter;
import org.rolecompare.report.xlsx.ComparisonRow;
import org.rolecompare.report.xlsx.DemographicEntry;
import org.rolecompare.report.xlsx.RejectedRow;
import org.rolecompare.report.xlsx.RelatedEntry;
import org.rolecompare.report.xlsx.SkillEntry;
import org.rolecompare.report.xlsx.WorkbookSource;
import org.rolecompare.staging.AcceptedRows;
import org.rolecompare.staging.ComparisonQueries;
import org.rolecompare.staging.ComparisonTask;
import org.rolecompare.staging.FindingQueries;
import org.rolecompare.staging.ProfileCache;
import org.rolecompare.staging.ProfileQueries;
import org.rolecompare.staging.RelatedStore;
import org.rolecompare.staging.RunQueries;
import org.rolecompare.validate.Finding;
import org.springframework.stereotype.Component;

/**
 * Feeds the workbook from the staging tables row by row. Metrics are recomputed from the roles'
 * profiles, the same pure calculation the PDF step makes, so workbook and reports cannot disagree.
 *
 * <p>A million comparisons name the same few thousand roles again and again in no useful order, so
 * the profiles the metrics need are loaded once, for every accepted role, in a few queries (up to
 * {@link #MAX_PRELOADED_ROLES} roles, some 100 MB of heap at most); only a run with more roles than
 * that looks them up one by one through a bounded {@link ProfileCache}. Every comparison row can
 * also be handed to a second consumer ({@code comparisons.csv}) so that both files come from one
 * pass over the comparisons. A thread of its own reads the next pages of comparisons and others
 * compute their metrics while the rows of the current page are written, so every core shares the
 * work. The staging queries return the compare and validate types; the rows of the report's
 * sheets are made here.
 */
final class JdbcWorkbookSource implements WorkbookSource {

    /** The staging queries the workbook reads, as one bean. */
    @Component
    record Queries(RunQueries run, ComparisonQueries comparisons, ProfileQueries profiles, AcceptedRows rows,
                   FindingQueries findings, ChangeQueries changes, RelatedStore related) {
    }

    private final Queries queries;
    private final RunSettings run;
    private final PairSettings pairs;
    private final Consumer<ComparisonRow> copies;
    private RunFacts facts;
    private final LocalDate previousRunDate;

    /**
     * Threads computing the metrics of pages of comparisons ahead of the writer: the metrics cost
     * about as much as writing the rows, so two keep the writer busy.
     */
    private static final int METRICS_THREADS = 2;

    /** Accepted roles up to which all profiles are held in memory (a light profile takes about 1.5 KB). */
    static final int MAX_PRELOADED_ROLES = 60_000;

    /**
     * @param copies receives every comparison row too, in the same order, as it is handed to the
     *               workbook
     */
    JdbcWorkbookSource(Queries queries, RunSettings run, PairSettings pairs, LocalDate previousRunDate, Consumer<ComparisonRow> copies) {
        this.previousRunDate = previousRunDate;
        this.copies = copies;
        this.queries = queries;
        this.run = run;
        this.pairs = pairs;
    }

    @Override
    public RunFacts facts() {
        if (facts == null) {
            facts = ExecutionFacts.of(queries.run(), run, pairs);
        }
        return facts;
    }

    @Override
    public List<String> dimensions() {
        return queries.rows().dimensions(run.runId());
    }

    @Override
    public void comparisons(Consumer<ComparisonRow> sink) {
        Function<String, RoleProfile> profiles = profiles(MAX_PRELOADED_ROLES);
        ExecutorService metrics = threads(METRICS_THREADS, "workbook-metrics");
        ExecutorService reader = threads(1, "workbook-reader");
        BlockingQueue<Future<List<ComparisonRow>>> pages = new ArrayBlockingQueue<>(METRICS_THREADS + 1);
        Future<?> reading = reader.submit(() -> {
            queries.comparisons().forEachAcceptedPage(run.runId(), page -> put(pages, metrics.submit(() -> rows(page, profiles))));
            put(pages, NO_MORE_PAGES);
            return null;
        });
        try {
            for (Future<List<ComparisonRow>> page = next(pages, reading); page != NO_MORE_PAGES; page = next(pages, reading)) {
                emit(page, sink);
            }
        } finally {
            reader.shutdownNow();
            metrics.shutdownNow();
        }
    }

    /** Marks the end of the pages in the queue from the reader. */
    private static final Future<List<ComparisonRow>> NO_MORE_PAGES = CompletableFuture.completedFuture(List.of());

    private static ExecutorService threads(int count, String name) {
        return Executors.newFixedThreadPool(count, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    private static void put(BlockingQueue<Future<List<ComparisonRow>>> pages, Future<List<ComparisonRow>> page) {
        try {
            pages.put(page);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped reading comparisons", e);
        }
    }

    /** The next page from the reader, in order; fails as the reader did. */
    private static Future<List<ComparisonRow>> next(BlockingQueue<Future<List<ComparisonRow>>> pages, Future<?> reading) {
        try {
            while (true) {
                Future<List<ComparisonRow>> page = pages.poll(100, TimeUnit.MILLISECONDS);
                if (page != null) {
                    return page;
                }
                if (reading.isDone()) {
                    page = pages.poll();
                    if (page != null) {
                        return page;
                    }
                    reading.get();
                    throw new IllegalStateException("the reader of comparisons ended without saying so");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading comparisons", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** The rows of one page of comparisons: their metrics, computed from the two roles' profiles. */
    private List<ComparisonRow> rows(List<ComparisonTask> page, Function<String, RoleProfile> profiles) {
        List<ComparisonRow> rows = new ArrayList<>(page.size());
        for (ComparisonTask task : page) {
            RoleProfile left = profiles.apply(task.leftId());
            RoleProfile right = profiles.apply(task.rightId());
            rows.add(new ComparisonRow(left.role(), right.role(), MetricsCalculator.compute(left, right),
                    run.pdfReports() ? task.pdfPath() : null, run.htmlPages() ? task.pagePath() : null));
        }
        return rows;
    }

    private void emit(Future<List<ComparisonRow>> rows, Consumer<ComparisonRow> sink) {
        List<ComparisonRow> page;
        try {
            page = rows.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing metrics", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        for (ComparisonRow row : page) {
            sink.accept(row);
            copies.accept(row);
        }
    }

    /** Every accepted role's profile from memory when there are at most {@code maxPreloaded}, else from a cache. */
    Function<String, RoleProfile> profiles(int maxPreloaded) {
        return queries.profiles().metricsProfiles(run.runId(), maxPreloaded).<Function<String, RoleProfile>>map(all -> all::get)
                .orElseGet(() -> new ProfileCache(queries.profiles(), run.runId(), ProfileCache.DEFAULT_CAPACITY)::get);
    }

    @Override
    public Optional<LocalDate> previousRunDate() {
        return Optional.ofNullable(previousRunDate);
    }

    @Override
    public void changes(Consumer<RoleChange> sink) {
        queries.changes().forEachChange(run.runId(), sink);
    }

    @Override
    public void rejectedRows(Consumer<RejectedRow> sink) {
        RejectedRowsExporter rejected = new RejectedRowsExporter(queries.findings());
        for (InputFile file : InputFile.values()) {
            if (RejectedRowsExporter.rejected(facts(), file) == 0) {
                continue;
            }
            try {
                rejected.forEachRejectedRow(run.runId(), run.inputDir(), file, (row, reason) -> sink.accept(
                        new RejectedRow(file.fileName(), row.line(), reason, CSVFormat.RFC4180.format(row.values().toArray()))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public boolean findsRelated() {
        return pairs.findsRelated();
    }

    @Override
    public void related(Consumer<RelatedEntry> sink) {
        queries.related().forEachRelated(run.runId(), r -> sink.accept(new RelatedEntry(r.related().roleId(), r.roleTitle(),
                r.related().relatedRoleId(), r.relatedTitle(), r.related().rank(), r.related().score(),
                String.join("; ", r.related().sharedSkills()), r.related().reason())));
    }

    @Override
    public void roles(Consumer<Role> sink) {
        queries.rows().forEachRole(run.runId(), sink);
    }

    @Override
    public void skills(Consumer<SkillEntry> sink) {
        // each skill's rank within its role, in file order
        Map<String, Integer> ranks = new HashMap<>();
        queries.rows().forEachSkill(run.runId(), s -> sink.accept(new SkillEntry(s.roleId(), ranks.merge(s.roleId(), 1, Integer::sum),
                s.skill(), s.share())));
    }

    @Override
    public void demographics(Consumer<DemographicEntry> sink) {
        queries.rows().forEachDistribution(run.runId(),
                d -> sink.accept(new DemographicEntry(d.roleId(), d.dimension(), d.category(), d.share())));
    }

    @Override
    public void findings(Consumer<Finding> sink) {
        queries.findings().forEachFinding(run.runId(), sink);
    }
}
