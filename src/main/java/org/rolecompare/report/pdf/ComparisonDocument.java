package org.rolecompare.report.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.rolecompare.compare.Breakdown;
import org.rolecompare.compare.ComparisonMetrics;
import org.rolecompare.compare.DisplayFormat;
import org.rolecompare.compare.Narrative;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.Skill;

/**
 * Writes the sections of one comparison report into an open document, in the order of the seed
 * page: title, narrative, overview, what each role does, salary, education, demographics,
 * responsibilities and skills. One instance per render; it holds no state beyond that render.
 */
final class ComparisonDocument {

    /** Space a heading needs below it for at least a line or two of its section. */
    private static final float KEEP_WITH_NEXT = 60f;

    /** Height of a section heading with its spacing. */
    private static final float HEADING_SPACE = 40f;

    private final Document document;
    private final PdfWriter writer;
    private final ReportStyles styles;
    private final RoleProfile left;
    private final RoleProfile right;
    private final ComparisonMetrics metrics;
    private final String leftTitle;
    private final String rightTitle;
    private final String versus;

    ComparisonDocument(Document document, PdfWriter writer, ReportStyles styles,
                       RoleProfile left, RoleProfile right, ComparisonMetrics metrics) {
        this.document = document;
        this.writer = writer;
        this.styles = styles;
        this.left = left;
        this.right = right;
        this.metrics = metrics;
        this.leftTitle = left.role().title().trim();
        this.rightTitle = right.role().title().trim();
        this.versus = title(left, right);
    }

    /** The report's title, "L vs R", also used for the running header and metadata. */
    static String title(RoleProfile left, RoleProfile right) {
        return left.role().title().trim() + " vs " + right.role().title().trim();
    }

    void write(String reportDate, String dataSource) throws DocumentException {
        document.add(styles.title(versus));
        document.add(styles.note("Report date: " + reportDate));
        if (dataSource != null) {
            document.add(styles.note(dataSource));
        }
        for (String paragraph : Narrative.paragraphs(left, right)) {
            document.add(styles.body(paragraph));
        }
        overview();
        description(left.role());
        description(right.role());
        salary();
        education();
        demographics();
        responsibilities();
        skills();
    }

    private void overview() throws DocumentException {
        Role l = left.role();
        Role r = right.role();
        headedTable(versus + " overview", List.of(
                row("Yearly salary", DisplayFormat.money(l.averageSalary()), DisplayFormat.money(r.averageSalary())),
                row("Hourly rate", DisplayFormat.hourly(l.hourlyRate()), DisplayFormat.hourly(r.hourlyRate())),
                row("Growth rate", DisplayFormat.percent(l.growthRate()), DisplayFormat.percent(r.growthRate())),
                row("Number of jobs", DisplayFormat.count(l.jobCount()), DisplayFormat.count(r.jobCount())),
                row("Job satisfaction", DisplayFormat.number(l.jobSatisfaction()), DisplayFormat.number(r.jobSatisfaction())),
                degreeRow(l, r),
                ageRow(l, r),
                row("Years of experience", DisplayFormat.number(l.yearsExperience()), DisplayFormat.number(r.yearsExperience()))));
    }

    private void description(Role role) throws DocumentException {
        heading("What does " + Narrative.withArticle(Narrative.inProse(role.title())) + " do?");
        String text = role.description();
        document.add(styles.body(text == null || text.isBlank() ? "No description available." : text.trim()));
    }

    private void salary() throws DocumentException {
        Role l = left.role();
        Role r = right.role();
        headedTable(versus + " salary", List.of(
                row("Average salary", DisplayFormat.money(l.averageSalary()), DisplayFormat.money(r.averageSalary())),
                row("Salary range", DisplayFormat.moneyRange(l.salaryMin(), l.salaryMax()), DisplayFormat.moneyRange(r.salaryMin(), r.salaryMax())),
                row("Highest paying city", DisplayFormat.text(l.highestPayingCity()), DisplayFormat.text(r.highestPayingCity())),
                row("Highest paying state", DisplayFormat.text(l.highestPayingState()), DisplayFormat.text(r.highestPayingState())),
                row("Best paying company", DisplayFormat.text(l.bestPayingCompany()), DisplayFormat.text(r.bestPayingCompany())),
                row("Best paying industry", DisplayFormat.text(l.bestPayingIndustry()), DisplayFormat.text(r.bestPayingIndustry()))));
        Image chart = new SalaryRangeChart(styles.base()).draw(writer.getDirectContent(), document.right() - document.left(), l, r);
        if (chart != null) {
            keepSpace(chart.getScaledHeight() + 30f);
            chart.setSpacingBefore(10f);
            chart.setAlignment(Element.ALIGN_LEFT);
            document.add(chart);
            document.add(styles.note("Bars show each role's salary range; the dark mark is its average salary."));
        }
    }

    private void education() throws DocumentException {
        Role l = left.role();
        Role r = right.role();
        headedTable(versus + " education", List.of(
                degreeRow(l, r),
                row("Most common major", DisplayFormat.text(l.commonMajor()), DisplayFormat.text(r.commonMajor())),
                row("Most common college", DisplayFormat.text(l.commonCollege()), DisplayFormat.text(r.commonCollege()))));
    }

    private void demographics() throws DocumentException {
        Role l = left.role();
        Role r = right.role();
        List<String[]> rows = new ArrayList<>();
        rows.add(ageRow(l, r));
        for (String dimension : dimensions()) {
            rows.add(row(Narrative.capitalise(dimension.trim()) + " ratio",
                    categories(left.breakdown(dimension)), categories(right.breakdown(dimension))));
        }
        rows.add(row("LGBT percentage", DisplayFormat.percent(l.lgbtShare()), DisplayFormat.percent(r.lgbtShare())));
        headedTable(versus + " demographics", rows);
    }

    /** Dimensions present in either role, the left role's first, each once whatever its case. */
    private List<String> dimensions() {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (RoleProfile profile : List.of(left, right)) {
            for (Breakdown b : profile.breakdowns()) {
                byKey.putIfAbsent(b.dimension().trim().toLowerCase(Locale.ROOT), b.dimension());
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static String categories(Breakdown breakdown) {
        if (breakdown == null || breakdown.categories().isEmpty()) {
            return DisplayFormat.UNKNOWN;
        }
        return breakdown.categories().stream()
                .map(c -> DisplayFormat.labelled(c.category(), c.share()))
                .collect(Collectors.joining("\n"));
    }

    private void responsibilities() throws DocumentException {
        heading(versus + " responsibilities");
        for (RoleProfile profile : List.of(left, right)) {
            subheading(Narrative.capitalise(Narrative.inProse(profile.role().title())) + " example responsibilities");
            if (profile.responsibilities().isEmpty()) {
                document.add(styles.body("No data"));
            }
            for (String responsibility : profile.responsibilities()) {
                document.add(styles.bullet(styles.text(responsibility, ReportStyles.BODY_SIZE, ReportStyles.TEXT)));
            }
        }
    }

    private void skills() throws DocumentException {
        heading(versus + " skills");
        List<String> shared = metrics.sharedSkills().stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
        for (RoleProfile profile : List.of(left, right)) {
            subheading("Common " + Narrative.inProse(profile.role().title()) + " skills");
            if (profile.skills().isEmpty()) {
                document.add(styles.body("No data"));
            }
            for (Skill skill : profile.skills()) {
                String text = DisplayFormat.labelled(skill.name(), skill.share());
                if (shared.contains(skill.name().trim().toLowerCase(Locale.ROOT))) {
                    document.add(styles.bullet(styles.bold(text, ReportStyles.BODY_SIZE, ReportStyles.TEXT),
                            styles.text("  shared", ReportStyles.SMALL_SIZE, ReportStyles.MUTED)));
                } else {
                    document.add(styles.bullet(styles.text(text, ReportStyles.BODY_SIZE, ReportStyles.TEXT)));
                }
            }
        }
        String legend = metrics.sharedSkills().isEmpty() ? "none" : String.join(", ", metrics.sharedSkills());
        Paragraph line = styles.paragraph(14f, ReportStyles.BODY_SIZE);
        line.setSpacingBefore(6f);
        line.add(styles.bold("Shared skills: ", ReportStyles.BODY_SIZE, ReportStyles.TEXT));
        line.add(styles.text(legend, ReportStyles.BODY_SIZE, ReportStyles.TEXT));
        document.add(line);
    }

    private static String[] degreeRow(Role l, Role r) {
        return row("Most common degree", DisplayFormat.labelled(l.commonDegree(), l.commonDegreeShare()),
                DisplayFormat.labelled(r.commonDegree(), r.commonDegreeShare()));
    }

    private static String[] ageRow(Role l, Role r) {
        return row("Average age", DisplayFormat.number(l.averageAge()), DisplayFormat.number(r.averageAge()));
    }

    private static String[] row(String label, String leftValue, String rightValue) {
        return new String[] {label, leftValue, rightValue};
    }

    /** A section heading; kept with room for a subheading and the first lines under it. */
    private void heading(String text) throws DocumentException {
        keepSpace(2 * HEADING_SPACE + KEEP_WITH_NEXT);
        document.add(styles.heading(text));
    }

    private void subheading(String text) throws DocumentException {
        keepSpace(HEADING_SPACE + KEEP_WITH_NEXT);
        document.add(styles.subheading(text));
    }

    /**
     * A heading and its table, kept on one page when the table fits on a page; a longer table starts
     * under its heading and splits, repeating its header row.
     */
    private void headedTable(String heading, List<String[]> rows) throws DocumentException {
        PdfPTable table = table(rows);
        float together = HEADING_SPACE + table.getTotalHeight();
        keepSpace(together < document.top() - document.bottom() ? together : HEADING_SPACE + KEEP_WITH_NEXT);
        document.add(styles.heading(heading));
        document.add(table);
    }

    /** Starts a new page unless the given height still fits on this one. */
    private void keepSpace(float height) {
        if (writer.getVerticalPosition(false) - document.bottom() < height) {
            document.newPage();
        }
    }

    /** A label column and one column per role, headed by the role titles; the header repeats on each page. */
    private PdfPTable table(List<String[]> rows) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {28f, 36f, 36f});
        table.setTotalWidth(document.right() - document.left());
        table.setLockedWidth(true);
        table.setHeaderRows(1);
        table.setSplitLate(false);
        table.setSpacingBefore(2f);
        table.setSpacingAfter(4f);
        table.addCell(styles.headerCell(""));
        table.addCell(styles.headerCell(leftTitle));
        table.addCell(styles.headerCell(rightTitle));
        for (String[] row : rows) {
            table.addCell(styles.labelCell(row[0]));
            table.addCell(styles.valueCell(row[1]));
            table.addCell(styles.valueCell(row[2]));
        }
        return table;
    }
}
