package org.rolecompare.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rolecompare.compare.RoleProfile;
import org.rolecompare.files.FileBatch;
import org.rolecompare.files.ReportFiles;
import org.rolecompare.publish.RunPublisher;
import org.rolecompare.report.html.RoleDirectory;
import org.rolecompare.report.html.SitePages;
import org.rolecompare.report.html.SiteRun;
import org.rolecompare.staging.AcceptedRows;
import org.rolecompare.staging.ComparisonQueries;
import org.rolecompare.staging.ProfileQueries;
import org.rolecompare.staging.RunQueries;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Writes the web pages that are not a comparison's into the run's staging folder: a page per
 * accepted role ({@code html/roles/ROLE.html}), the index with the run's facts and every role A–Z
 * (with the letter pages and the filter's data on a big run) and the shared assets. The comparison
 * pages were written by the report step beside their PDFs. Runs after the workbook, before publishing.
 *
 * <p>The roles' pages are written a batch at a time ({@link FileBatch}: parts, fsync, rename), each
 * batch's profiles loaded in a few queries and its pages rendered on every core, so a crash leaves whole pages or hidden parts (removed
 * before publishing), and a restart writes every page again with the same bytes. With
 * {@code report.html} off it writes nothing, and removes an {@code html/} folder that an earlier
 * attempt with pages left in the staging folder.
 */
class WebPagesTasklet implements Tasklet {

    /** Role pages written, and forced to disk, together. */
    static final int PAGES_PER_BATCH = 500;

    private final Queries queries;

    WebPagesTasklet(Queries queries) {
        this.queries = queries;
    }

    /** The queries of the web pages step, as one bean. */
    @Component
    record Queries(RunQueries run, AcceptedRows rows, ComparisonQueries comparisons, ProfileQueries profiles) {
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        RunSettings run = RunSettings.of(contribution.getStepExecution());
        run.staging().requireOwned();
        Path runDir = run.stagingDir();
        if (!run.htmlPages()) {
            RunPublisher.deleteTree(runDir.resolve(ReportFiles.SITE_FOLDER));
            return RepeatStatus.FINISHED;
        }
        RoleDirectory.Builder builder = new RoleDirectory.Builder();
        queries.rows().forEachRoleTitle(run.runId(), builder::role);
        queries.comparisons().forEachAccepted(run.runId(), task -> builder.comparison(task.leftId(), task.rightId()));
        RoleDirectory directory = builder.build();
        SiteRun site = new SiteRun(run.runDate(), run.jobName(), run.pdfReports());
        List<RoleDirectory.Entry> roles = directory.aToZ();
        for (int from = 0; from < roles.size(); from += PAGES_PER_BATCH) {
            List<String> ids = roles.subList(from, Math.min(roles.size(), from + PAGES_PER_BATCH)).stream().map(RoleDirectory.Entry::id).toList();
            Map<String, RoleProfile> profiles = queries.profiles().profiles(run.runId(), ids);
            // rendered on every core (the pages are independent; the list keeps their order)
            List<FileBatch.Entry> pages = ids.parallelStream().map(id -> entry(runDir, SitePages.rolePage(profiles.get(id), directory, site)))
                    .toList();
            FileBatch.write(pages, "site");
            contribution.incrementWriteCount(pages.size());
        }
        List<FileBatch.Entry> rest = new ArrayList<>();
        SitePages.index(ExecutionFacts.of(queries.run(), run), directory, site).forEach(file -> rest.add(entry(runDir, file)));
        SitePages.assets().forEach(file -> rest.add(entry(runDir, file)));
        FileBatch.write(rest, "site");
        contribution.incrementWriteCount(rest.size());
        return RepeatStatus.FINISHED;
    }

    private static FileBatch.Entry entry(Path runDir, SitePages.SiteFile file) {
        return new FileBatch.Entry(runDir.resolve(file.path()), file.bytes());
    }
}
