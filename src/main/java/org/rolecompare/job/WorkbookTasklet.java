package org.rolecompare.job;

import java.io.IOException;
import java.time.LocalDate;

import org.rolecompare.files.CsvOutput;
import org.rolecompare.files.CsvText;
import org.rolecompare.related.RelatedRows;
import org.rolecompare.report.csv.ComparisonsCsv;
import org.rolecompare.report.xlsx.WorkbookWriter;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes {@code comparisons.xlsx} and {@code comparisons.csv} into the run's staging folder, and
 * {@code related.csv} when the run finds related roles. One pass over the comparisons feeds both
 * comparison files, and the CSV is written on a second core, so a large run reads its comparisons
 * from the database once.
 */
class WorkbookTasklet implements Tasklet {

    static final String WORKBOOK_FILE = "comparisons.xlsx";
    static final String RELATED_FILE = "related.csv";

    private final JdbcWorkbookSource.Queries queries;

    WorkbookTasklet(JdbcWorkbookSource.Queries queries) {
        this.queries = queries;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        RunSettings run = RunSettings.of(contribution.getStepExecution());
        PairSettings pairs = PairSettings.of(contribution.getStepExecution().getJobParameters());
        run.staging().requireOwned();
        LocalDate previousRunDate = ChangesConfiguration.previousRunDate(contribution.getStepExecution());
        try (ComparisonsCsv.Background csv = ComparisonsCsv.inBackground(run.stagingDir().resolve(ComparisonsCsv.FILE_NAME),
                queries.rows().dimensions(run.runId()))) {
            WorkbookWriter.write(new JdbcWorkbookSource(queries, run, pairs, previousRunDate, csv),
                    run.stagingDir().resolve(WORKBOOK_FILE));
            csv.finish();
        }
        if (pairs.findsRelated()) {
            writeRelated(run);
        }
        return RepeatStatus.FINISHED;
    }

    /** related.csv: each role's related roles by role id then rank, text made safe for spreadsheets, written whole or not at all. */
    private void writeRelated(RunSettings run) throws IOException {
        CsvOutput.write(run.stagingDir().resolve(RELATED_FILE), RelatedRows.HEADER, sink -> queries.related()
                .forEachRelated(run.runId(), r -> sink.accept(RelatedRows.row(r.related(), CsvText::safe))));
    }
}
