package org.rolecompare.job;

import java.io.IOException;
import java.time.LocalDate;

import org.rolecompare.report.csv.ComparisonsCsv;
import org.rolecompare.report.xlsx.WorkbookWriter;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes {@code comparisons.xlsx} and {@code comparisons.csv} into the run's staging folder. One
 * pass over the comparisons feeds both files, and the CSV is written on a second core, so a large
 * run reads its comparisons from the database once.
 */
class WorkbookTasklet implements Tasklet {

    static final String WORKBOOK_FILE = "comparisons.xlsx";

    private final JdbcWorkbookSource.Queries queries;

    WorkbookTasklet(JdbcWorkbookSource.Queries queries) {
        this.queries = queries;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        RunSettings run = RunSettings.of(contribution.getStepExecution());
        run.staging().requireOwned();
        LocalDate previousRunDate = ChangesConfiguration.previousRunDate(contribution.getStepExecution());
        try (ComparisonsCsv.Background csv = ComparisonsCsv.inBackground(run.stagingDir().resolve(ComparisonsCsv.FILE_NAME),
                queries.rows().dimensions(run.runId()))) {
            WorkbookWriter.write(new JdbcWorkbookSource(queries, run, previousRunDate, csv), run.stagingDir().resolve(WORKBOOK_FILE));
            csv.finish();
        }
        return RepeatStatus.FINISHED;
    }
}
