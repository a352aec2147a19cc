package org.rolecompare.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rolecompare.report.xlsx.WorkbookWriterTests.assertNumber;
import static org.rolecompare.report.xlsx.WorkbookWriterTests.cell;
import static org.rolecompare.report.xlsx.WorkbookWriterTests.facts;
import static org.rolecompare.report.xlsx.WorkbookWriterTests.open;
import static org.rolecompare.report.xlsx.WorkbookWriterTests.rowOf;
import static org.rolecompare.report.xlsx.WorkbookWriterTests.sheetNames;
import static org.rolecompare.report.xlsx.WorkbookWriterTests.tableRef;
import static org.rolecompare.report.xlsx.WorkbookWriterTests.texts;
import static org.rolecompare.report.xlsx.WorkbookWriterTests.valueOf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.changes.RoleChange.Kind;
import org.rolecompare.changes.RoleChange.Unit;
import org.rolecompare.changes.RoleChange;

class WorkbookChangesTests {

    private static final LocalDate PREVIOUS_RUN = LocalDate.of(2026, 11, 26);
    private static final List<RoleChange> CHANGES = List.of(
            RoleChange.added("new-role", "New Role"),
            RoleChange.removed("old-role", "Old Role"),
            new RoleChange("nurse", "Nurse", Kind.CHANGED, "average salary", 50000.0, 51550.0, 3.1, Unit.PERCENT),
            new RoleChange("nurse", "Nurse", Kind.CHANGED, "gender: Female", 79.2, 81.2, 2.0, Unit.PP),
            new RoleChange("clerk", "Clerk", Kind.CHANGED, "job count", 0.0, 12.0, null, Unit.PERCENT));

    @TempDir
    Path dir;

    @Test
    void changesFollowComparisonsAsATableOfTypedRows() throws IOException {
        // given
        WorkbookSource source = source(Optional.of(PREVIOUS_RUN), CHANGES);

        // when
        try (XSSFWorkbook workbook = writeAndOpen(source)) {
            // then
            assertThat(sheetNames(workbook))
                    .containsExactly("Summary", "Comparisons", "Changes", "Roles", "Skills", "Demographics",
                            "Data quality", "Rejected rows", "Definitions");
            XSSFSheet sheet = workbook.getSheet("Changes");
            assertThat(texts(sheet.getRow(0))).containsExactly(
                    "role_id", "title", "change", "field", "old_value", "new_value", "change_value", "unit");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(texts(sheet.getRow(1))).containsExactly("new-role", "New Role", "added");
            assertThat(texts(sheet.getRow(2))).containsExactly("old-role", "Old Role", "removed");
            for (String header : List.of("field", "old_value", "new_value", "change_value", "unit")) {
                assertThat(cell(sheet, 1, header).getCellType()).as(header).isEqualTo(CellType.BLANK);
            }
            assertThat(cell(sheet, 3, "change").getStringCellValue()).isEqualTo("changed");
            assertThat(cell(sheet, 3, "field").getStringCellValue()).isEqualTo("average salary");
            assertNumber(sheet, 3, "old_value", 50000, "General");
            assertNumber(sheet, 3, "new_value", 51550, "General");
            assertNumber(sheet, 3, "change_value", 3.1, "0.0");
            assertThat(cell(sheet, 3, "unit").getStringCellValue()).isEqualTo("%");
            assertThat(cell(sheet, 4, "field").getStringCellValue()).isEqualTo("gender: Female");
            assertNumber(sheet, 4, "old_value", 79.2, "General");
            assertNumber(sheet, 4, "change_value", 2.0, "0.0");
            assertThat(cell(sheet, 4, "unit").getStringCellValue()).isEqualTo("pp");
            assertThat(cell(sheet, 5, "change_value").getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void changesSheetHasAFrozenHeaderAndAStyledTable() throws IOException {
        // given
        WorkbookSource source = source(Optional.of(PREVIOUS_RUN), CHANGES);

        // when
        try (XSSFWorkbook workbook = writeAndOpen(source)) {
            // then
            XSSFSheet sheet = workbook.getSheet("Changes");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isZero();
            assertThat(sheet.getTables()).hasSize(1);
            XSSFTable table = sheet.getTables().get(0);
            assertThat(table.getName()).isEqualTo("Changes");
            assertThat(table.getStyleName()).isEqualTo("TableStyleMedium2");
            assertThat(tableRef(workbook, "Changes")).isEqualTo("A1:H6");
            assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo("A1:H6");
            assertThat(table.getColumns()).extracting(XSSFTableColumn::getName)
                    .containsExactlyElementsOf(texts(sheet.getRow(0)));
            assertThat(sheet.getColumnWidth(3)).isEqualTo(("gender: Female".length() + 3) * 256);
        }
    }

    @Test
    void summaryCountsTheChangesAndLinksTheSheet() throws IOException {
        // given
        WorkbookSource source = source(Optional.of(PREVIOUS_RUN), CHANGES);

        // when
        try (XSSFWorkbook workbook = writeAndOpen(source)) {
            // then
            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(valueOf(summary, "Changes since 2026-11-26").getNumericCellValue()).isEqualTo(5);
            assertThat(valueOf(summary, "Changes since 2026-11-26").getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0");
            var link = rowOf(summary, "Changes").getCell(0).getHyperlink();
            assertThat(link.getType()).isEqualTo(HyperlinkType.DOCUMENT);
            assertThat(link.getAddress()).isEqualTo("'Changes'!A1");
        }
    }

    @Test
    void withoutAnEarlierRunTheSheetSaysSoBelowAnEmptyTable() throws IOException {
        // given
        WorkbookSource source = source(Optional.empty(), CHANGES);

        // when
        try (XSSFWorkbook workbook = writeAndOpen(source)) {
            // then
            XSSFSheet sheet = workbook.getSheet("Changes");
            assertThat(texts(sheet.getRow(0))).hasSize(8).startsWith("role_id");
            assertThat(sheet.getPhysicalNumberOfRows()).as("header and note; the table's row stays blank").isEqualTo(2);
            assertThat(note(sheet)).isEqualTo("No earlier completed run of this job to compare with.");
            assertThat(tableRef(workbook, "Changes")).isEqualTo("A1:H2");
            assertThat(valueOf(workbook.getSheet("Summary"), "Changes since previous run").getStringCellValue())
                    .isEqualTo("no earlier run");
        }
    }

    @Test
    void withNoChangesTheSheetSaysSinceWhen() throws IOException {
        // given
        WorkbookSource source = source(Optional.of(PREVIOUS_RUN), List.of());

        // when
        try (XSSFWorkbook workbook = writeAndOpen(source)) {
            // then
            XSSFSheet sheet = workbook.getSheet("Changes");
            assertThat(note(sheet)).isEqualTo("No changes since 2026-11-26.");
            assertThat(tableRef(workbook, "Changes")).isEqualTo("A1:H2");
            assertThat(valueOf(workbook.getSheet("Summary"), "Changes since 2026-11-26").getNumericCellValue())
                    .isZero();
        }
    }

    @Test
    void changesPastTheRowLimitContinueOnANumberedSheet() throws IOException {
        // given
        Path target = dir.resolve("comparisons.xlsx");

        // when
        WorkbookWriter.write(source(Optional.of(PREVIOUS_RUN), CHANGES), target, new Limits(3, 10));

        // then
        try (XSSFWorkbook workbook = open(target)) {
            assertThat(sheetNames(workbook)).containsSubsequence("Comparisons", "Changes", "Changes (2)", "Roles");
            assertThat(tableRef(workbook, "Changes")).isEqualTo("A1:H4");
            assertThat(tableRef(workbook, "Changes (2)")).isEqualTo("A1:H3");
            XSSFSheet second = workbook.getSheet("Changes (2)");
            assertThat(texts(second.getRow(0))).startsWith("role_id", "title");
            assertThat(second.getRow(2).getCell(0).getStringCellValue()).as("no note over data").isEqualTo("clerk");
            assertThat(second.getLastRowNum()).isEqualTo(2);
        }
    }

    private static String note(XSSFSheet sheet) {
        Row row = sheet.getRow(ChangesSheet.NOTE_ROW);
        assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
        assertThat(row.getLastCellNum()).isEqualTo((short) 1);
        return row.getCell(0).getStringCellValue();
    }

    private static WorkbookSource source(Optional<LocalDate> previousRun, List<RoleChange> changes) {
        return new WorkbookWriterTests.TestSource(facts(), List.of(), List.of(), List.of(), List.of())
                .withChanges(previousRun, changes);
    }

    private XSSFWorkbook writeAndOpen(WorkbookSource source) throws IOException {
        Path target = dir.resolve("comparisons.xlsx");
        WorkbookWriter.write(source, target);
        return open(target);
    }
}
