package org.rolecompare.job;

import java.time.Clock;
import java.util.Locale;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.rolecompare.changes.ChangeNoteSource;
import org.rolecompare.changes.ChangeQueries;
import org.rolecompare.ingest.SourceFile;
import org.rolecompare.report.html.SiteRun;
import org.rolecompare.report.pdf.PdfReportSettings;
import org.rolecompare.staging.ComparisonQueries;
import org.rolecompare.staging.ComparisonTask;
import org.rolecompare.staging.LineRange;
import org.rolecompare.staging.PartitionQueries;
import org.rolecompare.staging.RelatedStore;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The PDF report step, partitioned: a manager step {@code pdfReports} cuts the accepted
 * comparisons into many small line ranges ({@link ReportPartitioner}) and a partition handler runs
 * the worker step {@code pdfReportsWorker} once per range, several at a time. Each worker is an
 * ordinary single-threaded chunk step (read its range, render, write files, commit) whose state
 * lives in the job repository: its range in its execution context, its position in its committed
 * chunks. So a crashed or stopped run restarts only the partitions that did not complete, each from
 * its last committed chunk.
 *
 * <p>Locally the handler is a {@link org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler}
 * that hands the partitions out in line order to {@code report.threads} threads (default: one per
 * core). A partition that starts after another failed stops at once, and the manager fails with the
 * failed partition's own error. The worker reads nothing from the manager's memory, only its partition's
 * context, the job parameters and the staging tables, so running the same worker step on other
 * machines means replacing the {@code pdfReportsPartitionHandler} bean by a message-based one, which is
 * what cluster mode does ({@code org.rolecompare.cluster}).
 */
@Configuration(proxyBeanMethods = false)
class PdfReportsConfiguration {

    static final String WORKER_STEP = ReportSteps.WORKER;
    static final int PDF_CHUNK = 50;

    @Bean
    Step pdfReportsStep(JobRepository jobRepository, ReportPartitioner pdfReportsPartitioner,
                        PartitionHandler pdfReportsPartitionHandler, ComparisonQueries comparisons, PartitionQueries queries,
                        ReportHashing reportHashing) {
        return new StepBuilder(ReportSteps.MANAGER, jobRepository)
                .partitioner(WORKER_STEP, pdfReportsPartitioner)
                .partitionHandler(pdfReportsPartitionHandler)
                .aggregator(new ReportPartitionsAggregator(new DefaultStepExecutionAggregator()))
                .listener((StepExecutionListener) StepProgressLogger.polled("reports", step -> acceptedReports(comparisons, RunSettings.of(step)),
                        step -> queries.reportsWritten(step.getJobExecution().getJobInstanceId(), WORKER_STEP), Clock.systemUTC()))
                .listener((StepExecutionListener) reportHashing)
                .build();
    }

    /** Named as the step, so a worker process finds it by the step name of a partition request. */
    @Bean(ReportSteps.WORKER)
    Step pdfReportsWorkerStep(JobRepository jobRepository, PlatformTransactionManager tm, PartitionReader pdfPartitionReader,
                              ReportProcessor pdfRenderingProcessor, ReportFileWriter reportFileWriter, GracefulStop gracefulStop,
                              PartitionQueries queries) {
        return new StepBuilder(WORKER_STEP, jobRepository).<ComparisonTask, RenderedReport>chunk(PDF_CHUNK)
                .transactionManager(tm)
                .reader(pdfPartitionReader)
                .processor(pdfRenderingProcessor)
                .writer(reportFileWriter)
                .listener(gracefulStop.listener())
                .listener(new StopAfterFailedPartition(queries, WORKER_STEP))
                .build();
    }

    @Bean
    @StepScope
    ReportPartitioner pdfReportsPartitioner(PartitionQueries queries, ComparisonQueries comparisons,
                                            @Value("#{stepExecution}") StepExecution manager) {
        RunSettings run = RunSettings.of(manager);
        return new ReportPartitioner(queries, run.runId(), acceptedReports(comparisons, run), PDF_CHUNK);
    }

    /**
     * Runs the partitions on {@code report.threads} threads, one per core when not set, but never
     * more than the connection pool can serve at once (each running partition holds one connection
     * for its chunk transaction). In cluster mode the cluster configuration's handler, which sends
     * the same partitions to worker processes, takes its place.
     */
    @Bean
    @StepScope
    @Profile("!cluster")
    LineOrderPartitionHandler pdfReportsPartitionHandler(@Qualifier(ReportSteps.WORKER) Step pdfReportsWorkerStep, DataSource dataSource,
                                                            @Value("#{stepExecution}") StepExecution manager) {
        int threads = threads(manager.getJobExecution().getJobParameters().getLong(JobParameterNames.REPORT_THREADS),
                Runtime.getRuntime().availableProcessors(), dataSource instanceof HikariDataSource h ? h.getMaximumPoolSize() : Integer.MAX_VALUE);
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("render-");
        executor.setDaemon(true);
        executor.setConcurrencyLimit(threads);
        LineOrderPartitionHandler handler = new LineOrderPartitionHandler();
        handler.setStep(pdfReportsWorkerStep);
        handler.setTaskExecutor(executor);
        handler.setGridSize(threads);
        return handler;
    }

    /** The setting (0 or absent: the cores), capped by the connection pool less one for the manager. */
    static int threads(Long setting, int cores, int poolSize) {
        int wanted = setting == null || setting <= 0 ? cores : (int) Math.min(setting, Integer.MAX_VALUE);
        return Math.max(1, Math.min(wanted, poolSize - 1));
    }

    @Bean
    @StepScope
    PartitionReader pdfPartitionReader(PartitionQueries queries, @Value("#{stepExecution}") StepExecution worker) {
        return new PartitionReader(queries, RunSettings.of(worker).runId(), ReportPartitioner.rangeOf(worker.getExecutionContext()));
    }

    @Bean
    @StepScope
    ReportProcessor pdfRenderingProcessor(ReportProfiles profiles, ChangeQueries changes, PartitionQueries partitions,
                                          RelatedStore related, ObjectProvider<ReportRenderObserver> observer,
                                          @Value("#{stepExecution}") StepExecution worker) {
        RunSettings run = RunSettings.of(worker);
        LineRange range = ReportPartitioner.rangeOf(worker.getExecutionContext());
        return new ReportProcessor(profiles.of(worker.getJobExecutionId(), run.runId()).holding(partitions.rolesIn(run.runId(), range)),
                new PdfReportSettings(pageSize(run.pageSize()), SourceFile.sourceLine(run.dataSource()),
                        run.dataAsOf() == null ? null : run.dataAsOf().toString()),
                new SiteRun(run.runDate(), run.jobName(), run.pdfReports()), run.htmlPages(), run.runId(),
                ChangeNoteSource.forPartition(changes, run.runId(), range, ChangesConfiguration.previousRunDate(worker)),
                RelatedNotes.forPartition(related, run.runId(), range, PairSettings.of(worker.getJobParameters())),
                observer.getIfAvailable(() -> ReportRenderObserver.NONE));
    }

    @Bean
    @StepScope
    ReportFileWriter reportFileWriter(@Value("#{stepExecution}") StepExecution worker) {
        RunSettings run = RunSettings.of(worker);
        return new ReportFileWriter(run.stagingDir(), "s" + worker.getId(), run.staging()::requireOwned);
    }

    /** Reports the run renders: its accepted comparisons, or none when it makes neither PDFs nor web pages. */
    static long acceptedReports(ComparisonQueries comparisons, RunSettings run) {
        return run.pdfReports() || run.htmlPages() ? comparisons.acceptedCount(run.runId()) : 0;
    }

    static PdfReportSettings.PageSizeOption pageSize(String value) {
        return value == null || value.isBlank() ? PdfReportSettings.PageSizeOption.LETTER
                : PdfReportSettings.PageSizeOption.valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
