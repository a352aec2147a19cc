package org.rolecompare.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.rolecompare.compare.Role;
import org.rolecompare.files.AtomicFiles;
import org.rolecompare.files.RunFacts;
import org.rolecompare.validate.Finding;

/**
 * Writes the analysts' Excel workbook: sheets Summary (facts, links to the other sheets, a chart of
 * salary ratios), Comparisons, Changes (since the previous completed run of the job), Roles, Related
 * (each role's most related roles, in a run that finds them), Skills, Demographics, Data quality,
 * Rejected rows and Definitions (what every Comparisons column means;
 * the Comparisons header cells carry the same meaning as comments). Every data sheet is an Excel
 * table with a frozen header; numbers are numeric cells and unknown values empty cells, so
 * filters, sums and pivot tables work. Every sheet prints landscape, one page wide, with its header
 * row on every page ({@link PageSetup}).
 *
 * <p>Rows are streamed ({@link SXSSFWorkbook}, 100 rows in memory, plain temporary files) so a
 * run with a million comparisons fits in a small heap. The workbook is written to a temporary file
 * next to the target and then moved over it in one step, so readers never see a half-written
 * workbook, and a failed run leaves the previous one in place; POI's own temporary files are
 * disposed of whether the run succeeds or fails. A table longer than a sheet continues on
 * {@code "<name> (2)"}.
 *
 * <p><b>Report links.</b> Even when streaming, POI keeps every real hyperlink in memory until the
 * workbook is written (an {@code SXSSFCell}'s link goes to the backing sheet's list, with an
 * XML bean and a package relationship each), and Excel's specification allows only about 66,000
 * links a sheet. So only the first {@link Limits#fileLinks()} report links (10,000) are real file
 * hyperlinks; later ones are {@code HYPERLINK} formulas with the same relative path and label,
 * which stream, click the same way in Excel and LibreOffice, and keep memory flat. These formulas
 * are the only formulas in the workbook and are built from our own paths and labels (quoted),
 * never from input text.
 */
public final class WorkbookWriter {

    static final String DATA_QUALITY = "Data quality";
    /** What an empty Data quality sheet says, in A3: below the header and the table's blank row, outside the table. */
    static final String NO_FINDINGS = "No findings: every row of every input file passed every rule.";
    static final int NOTE_ROW = 2;

    private WorkbookWriter() {
    }

    public static WorkbookResult write(WorkbookSource source, Path target) throws IOException {
        return write(source, target, Limits.EXCEL);
    }

    /** As {@link #write(WorkbookSource, Path)}, with other limits so tests can reach them. */
    static WorkbookResult write(WorkbookSource source, Path target, Limits limits) throws IOException {
        return write(source, target, limits, true);
    }

    /** As {@link #write(WorkbookSource, Path, Limits)}; {@code directRows} false writes every row through POI's objects. */
    static WorkbookResult write(WorkbookSource source, Path target, Limits limits, boolean directRows) throws IOException {
        WorkbookWarmUp.awaitDone();
        return write(source, limits, directRows, workbook -> AtomicFiles.write(target, workbook::write));
    }

    /** As {@link #write(WorkbookSource, Path)}, to a stream: the warm-up's throwaway workbook. */
    static WorkbookResult write(WorkbookSource source, OutputStream out) throws IOException {
        return write(source, Limits.EXCEL, true, workbook -> workbook.write(out));
    }

    private static WorkbookResult write(WorkbookSource source, Limits limits, boolean directRows, Output output) throws IOException {
        try (SXSSFWorkbook workbook = new FastZipWorkbook(directRows)) {
            try {
                WorkbookResult result = fill(workbook, source, limits);
                output.write(workbook);
                return result;
            } finally {
                workbook.dispose();
            }
        }
    }

    /** Where a filled workbook goes. */
    private interface Output {
        void write(SXSSFWorkbook workbook) throws IOException;
    }

    private static WorkbookResult fill(SXSSFWorkbook workbook, WorkbookSource source, Limits limits) {
        RunFacts facts = source.facts();
        describe(workbook, facts);
        Styles styles = new Styles(workbook);
        CellText text = new CellText();
        CellWriter cells = new CellWriter(styles, text, workbook.getCreationHelper(), limits.fileLinks());
        Sheet summary = workbook.createSheet(SummarySheet.NAME);
        List<String> sheets = new ArrayList<>();

        SalaryRatioHistogram histogram = new SalaryRatioHistogram();
        List<String> dimensions = source.dimensions();
        TableWriter<ComparisonRow> comparisons = new TableWriter<>(workbook, cells, "Comparisons",
                Columns.comparisons(dimensions), Columns.COMPARISON_FROZEN_COLUMNS, (sheet, range) -> { },
                limits.dataRowsPerSheet(), Definitions.comparisonNotes(dimensions));
        source.comparisons(row -> {
            histogram.add(row.metrics().salaryRatio());
            comparisons.append(row);
        });
        long comparisonRows = comparisons.finish();
        sheets.addAll(comparisons.sheetNames());

        ChangesSheet changes = ChangesSheet.write(workbook, cells, source, limits);
        sheets.addAll(changes.sheetNames());

        TableWriter<Role> roles = new TableWriter<>(workbook, cells, Definitions.ROLES, Columns.roles(), 0,
                (sheet, range) -> { }, limits.dataRowsPerSheet(), Definitions.roleNotes());
        source.roles(roles::append);
        roles.finish();
        sheets.addAll(roles.sheetNames());
        if (source.findsRelated()) {
            TableWriter<RelatedEntry> related = new TableWriter<>(workbook, cells, Definitions.RELATED, Columns.related(), 0,
                    (sheet, range) -> { }, limits.dataRowsPerSheet(), Definitions.relatedNotes());
            source.related(related::append);
            related.finish();
            sheets.addAll(related.sheetNames());
        }
        sheets.addAll(table(workbook, cells, "Skills", Columns.skills(), source::skills, limits));
        sheets.addAll(table(workbook, cells, "Demographics", Columns.demographics(), source::demographics, limits));

        TableWriter<Finding> findings = new TableWriter<>(workbook, cells, DATA_QUALITY,
                Columns.findings(), 0, WorkbookWriter::colourBySeverity, limits.dataRowsPerSheet());
        source.findings(findings::append);
        if (findings.finish() == 0) {
            cells.put(workbook.getSheet(DATA_QUALITY).createRow(NOTE_ROW), 0, NO_FINDINGS, Format.GENERAL);
        }
        sheets.addAll(findings.sheetNames());
        sheets.addAll(table(workbook, cells, "Rejected rows", Columns.rejectedRows(), source::rejectedRows, limits));
        List<Definition> definitions = Definitions.all(dimensions, source.findsRelated());
        sheets.addAll(table(workbook, cells, Definitions.NAME, Definitions.columns(), definitions::forEach, Limits.EXCEL));

        SummarySheet.write(workbook, summary, cells, styles, facts, changes, sheets, histogram);
        return new WorkbookResult(comparisonRows, text.truncatedCells());
    }

    /** Streams a plain table (no frozen columns, no conditional formats); returns its sheet names. */
    private static <T> List<String> table(SXSSFWorkbook workbook, CellWriter cells, String name, List<Column<T>> columns,
                                          Consumer<Consumer<T>> source, Limits limits) {
        TableWriter<T> writer = TableWriter.plain(workbook, cells, name, columns, limits.dataRowsPerSheet());
        source.accept(writer::append);
        writer.finish();
        return writer.sheetNames();
    }

    private static void describe(SXSSFWorkbook workbook, RunFacts facts) {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setTitle("role-compare comparisons " + facts.runDate());
        core.setCreator("role-compare");
        core.setCreated(Optional.of(Date.from(facts.runDate().atStartOfDay(ZoneOffset.UTC).toInstant())));
    }

    /** Error rows get a red fill and warning rows a yellow one, and keep them when sorted or filtered. */
    private static void colourBySeverity(Sheet sheet, CellRangeAddress data) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        String severity = "$" + CellReference.convertNumToColString(Columns.SEVERITY_COLUMN) + (data.getFirstRow() + 1);
        ConditionalFormattingRule error = rule(formatting, severity, "error", IndexedColors.ROSE);
        ConditionalFormattingRule warning = rule(formatting, severity, "warning", IndexedColors.LIGHT_YELLOW);
        formatting.addConditionalFormatting(new CellRangeAddress[] {data}, error, warning);
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting formatting, String cell, String value,
                                                  IndexedColors colour) {
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(cell + "=\"" + value + "\"");
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(colour.getIndex());
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        return rule;
    }
}
