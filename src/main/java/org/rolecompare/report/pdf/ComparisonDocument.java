package org.rolecompare.report.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.rolecompare.compare.Breakdown;
import org.rolecompare.compare.CategoryShare;
import org.rolecompare.compare.ComparisonMetrics;
import org.rolecompare.compare.DisplayFormat;
import org.rolecompare.compare.Narrative;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.Skill;

/**
 * Writes the sections of one comparison report into an open document, in the order of the seed
 * page: title, narrative and key differences, overview, what each role does, salary, education,
 * demographics, responsibilities and skills. Every section heading gets an outline entry. A
 * section whose data is entirely unknown says "No data" instead of showing an empty table or chart.
 * One instance per render; it holds no state beyond that render.
 */
final class ComparisonDocument {

    /** Space a heading needs below it for at least a line or two of its section. */
    private static final float KEEP_WITH_NEXT = 60f;

    /** Height of a section heading with its spacing. */
    private static final float HEADING_SPACE = 40f;

    private static final String NO_DATA = "No data";

    /** Space around a chart for its spacing and a one-line note. */
    private static final float CHART_EXTRAS = 26f;

    /** Most rows a chart shows, so that it always fits on one page. */
    private static final int MAX_CHART_ROWS = 20;

    private final Document document;
    private final PdfWriter writer;
    private final ReportStyles styles;
    private final RoleProfile left;
    private final RoleProfile right;
    private final ComparisonMetrics metrics;
    private final String leftTitle;
    private final String rightTitle;
    private final String versus;
    private final float width;
    private int anchors;

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
        this.width = document.right() - document.left();
    }

    /** The report's title, "L vs R", also used for the running header and metadata. */
    static String title(RoleProfile left, RoleProfile right) {
        return ReportStyles.printable(left.role().title().trim() + " vs " + right.role().title().trim());
    }

    /** Writes the report; {@code narrative} holds the paragraphs of {@link Narrative#paragraphs} for the pair. */
    void write(String reportDate, String dataSource, String changeNote, List<String> narrative) throws DocumentException {
        document.add(styles.title(versus, anchor("Summary")));
        Paragraph subtitle = styles.note("Report date: " + reportDate + (dataSource == null ? "" : "  \u00b7  " + dataSource));
        subtitle.setSpacingAfter(changeNote == null ? 10f : 2f);
        document.add(subtitle);
        if (changeNote != null) {
            Paragraph note = styles.note(changeNote);
            note.setSpacingAfter(10f);
            document.add(note);
        }
        for (String paragraph : narrative) {
            document.add(styles.body(paragraph));
        }
        List<String> facts = KeyDifferences.facts(left, right, metrics);
        if (!facts.isEmpty()) {
            document.add(styles.box("Key differences", facts, width));
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
        headedTable(versus + " overview", "Overview", List.of(
                row("Yearly salary", DisplayFormat.money(l.averageSalary()), DisplayFormat.money(r.averageSalary())),
                row("Hourly rate", DisplayFormat.hourly(l.hourlyRate()), DisplayFormat.hourly(r.hourlyRate())),
                row("Growth rate", DisplayFormat.percent(l.growthRate()), DisplayFormat.percent(r.growthRate())),
                row("Number of jobs", DisplayFormat.count(l.jobCount()), DisplayFormat.count(r.jobCount())),
                row("Job satisfaction", DisplayFormat.number(l.jobSatisfaction()), DisplayFormat.number(r.jobSatisfaction())),
                degreeRow(l, r),
                ageRow(l, r),
                row("Years of experience", DisplayFormat.number(l.yearsExperience()), DisplayFormat.number(r.yearsExperience())),
                row("Years to become", DisplayFormat.years(l.yearsToBecome()), DisplayFormat.years(r.yearsToBecome()))), 0f);
    }

    private void description(Role role) throws DocumentException {
        String heading = "What does " + Narrative.withArticle(Narrative.inProse(role.title())) + " do?";
        heading(heading, heading);
        String text = role.description();
        document.add(styles.body(text == null || text.isBlank() ? "No description available." : text.trim()));
    }

    private void salary() throws DocumentException {
        Role l = left.role();
        Role r = right.role();
        List<String[]> rows = new ArrayList<>(List.of(
                row("Average salary", DisplayFormat.money(l.averageSalary()), DisplayFormat.money(r.averageSalary())),
                row("Hourly rate", DisplayFormat.hourly(l.hourlyRate()), DisplayFormat.hourly(r.hourlyRate())),
                row("Salary range", DisplayFormat.moneyRange(l.salaryMin(), l.salaryMax()), DisplayFormat.moneyRange(r.salaryMin(), r.salaryMax()))));
        addIfKnown(rows, row("Highest paying city", DisplayFormat.text(l.highestPayingCity()), DisplayFormat.text(r.highestPayingCity())));
        addIfKnown(rows, row("Highest paying state", DisplayFormat.text(l.highestPayingState()), DisplayFormat.text(r.highestPayingState())));
        addIfKnown(rows, row("Best paying company", DisplayFormat.text(l.bestPayingCompany()), DisplayFormat.text(r.bestPayingCompany())));
        addIfKnown(rows, row("Best paying industry", DisplayFormat.text(l.bestPayingIndustry()), DisplayFormat.text(r.bestPayingIndustry())));
        Image chart = new SalaryRangeChart(styles.fontInUse()).draw(writer.getDirectContent(), width, l, r);
        headedTable(versus + " salary", "Salary", rows, chart == null ? 0f : chart.getScaledHeight() + CHART_EXTRAS);
        if (chart != null) {
            addChart(null, chart, "Bars span each role's salary range; the black mark with its label is the average salary.");
        }
    }

    private void education() throws DocumentException {
        Role l = left.role();
        Role r = right.role();
        List<String[]> rows = new ArrayList<>();
        addIfKnown(rows, degreeRow(l, r));
        addIfKnown(rows, row("Most common major", DisplayFormat.text(l.commonMajor()), DisplayFormat.text(r.commonMajor())));
        addIfKnown(rows, row("Most common college", DisplayFormat.text(l.commonCollege()), DisplayFormat.text(r.commonCollege())));
        headedTable(versus + " education", "Education", rows, 0f);
    }

    private void demographics() throws DocumentException {
        Role l = left.role();
        Role r = right.role();
        List<String> dimensions = dimensions();
        List<String[]> rows = new ArrayList<>();
        addIfKnown(rows, ageRow(l, r));
        for (String dimension : dimensions) {
            rows.add(row(Narrative.capitalise(dimension.trim()) + " ratio",
                    categories(left.breakdown(dimension)), categories(right.breakdown(dimension))));
        }
        addIfKnown(rows, row("LGBT percentage", DisplayFormat.percent(l.lgbtShare()), DisplayFormat.percent(r.lgbtShare())));
        headedTable(versus + " demographics", "Demographics", rows, 0f);
        PairedBarChart chart = new PairedBarChart(styles.fontInUse());
        for (String dimension : dimensions) {
            List<PairedBarChart.Row> bars = pairedRows(categoriesOf(left.breakdown(dimension)),
                    categoriesOf(right.breakdown(dimension)), CategoryShare::category, CategoryShare::share, Set.of());
            addChart(Narrative.capitalise(dimension.trim()),
                    chart.draw(writer.getDirectContent(), width, leftTitle, rightTitle, largest(bars), null),
                    joined(missing(dimension), shownNote(bars.size(), "categories", "the table above lists all")));
        }
    }

    /** A note naming the role without a breakdown of the dimension, or {@code null} when both have one. */
    private String missing(String dimension) {
        for (RoleProfile profile : List.of(left, right)) {
            Breakdown b = profile.breakdown(dimension);
            if (b == null || b.categories().isEmpty()) {
                return "No " + dimension.trim().toLowerCase(Locale.ROOT) + " data for " + profile.role().title().trim() + ".";
            }
        }
        return null;
    }

    private static String joined(String first, String second) {
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        return first + " " + second;
    }

    /** Dimensions present in either role, the left role's first, each once whatever its case. */
    private List<String> dimensions() {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (RoleProfile profile : List.of(left, right)) {
            for (Breakdown b : profile.breakdowns()) {
                if (!b.categories().isEmpty()) {
                    byKey.putIfAbsent(key(b.dimension()), b.dimension());
                }
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static List<CategoryShare> categoriesOf(Breakdown breakdown) {
        return breakdown == null ? List.of() : breakdown.categories();
    }

    /**
     * One chart row per item (category or skill) of either role, matched ignoring case, the left
     * role's order first; rows whose key is in {@code marked} are marked.
     */
    private static <T> List<PairedBarChart.Row> pairedRows(List<T> leftItems, List<T> rightItems,
            Function<T, String> name, Function<T, Double> share, Set<String> marked) {
        Map<String, String> labels = new LinkedHashMap<>();
        List<Map<String, Double>> shares = new ArrayList<>();
        for (List<T> items : List.of(leftItems, rightItems)) {
            Map<String, Double> byKey = new LinkedHashMap<>();
            for (T item : items) {
                labels.putIfAbsent(key(name.apply(item)), name.apply(item).trim());
                byKey.putIfAbsent(key(name.apply(item)), share.apply(item));
            }
            shares.add(byKey);
        }
        List<PairedBarChart.Row> rows = new ArrayList<>();
        labels.forEach((key, label) ->
                rows.add(new PairedBarChart.Row(label, shares.get(0).get(key), shares.get(1).get(key), marked.contains(key))));
        return rows;
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
        if (left.responsibilities().isEmpty() && right.responsibilities().isEmpty()) {
            noData(versus + " responsibilities", "Responsibilities");
            return;
        }
        heading(versus + " responsibilities", "Responsibilities");
        for (RoleProfile profile : List.of(left, right)) {
            subheading(Narrative.capitalise(Narrative.inProse(profile.role().title())) + " example responsibilities");
            if (profile.responsibilities().isEmpty()) {
                document.add(styles.body(NO_DATA));
            }
            for (String responsibility : profile.responsibilities()) {
                document.add(styles.bullet(styles.text(responsibility, ReportStyles.BODY_SIZE, ReportStyles.TEXT)));
            }
        }
    }

    private void skills() throws DocumentException {
        if (left.skills().isEmpty() && right.skills().isEmpty()) {
            noData(versus + " skills", "Skills");
            return;
        }
        Set<String> shared = metrics.sharedSkills().stream().map(ComparisonDocument::key).collect(Collectors.toSet());
        if (allSharesKnown()) {
            List<PairedBarChart.Row> rows = pairedRows(left.skills(), right.skills(), Skill::name, Skill::share, shared);
            Image chart = new PairedBarChart(styles.fontInUse()).draw(writer.getDirectContent(), width, leftTitle, rightTitle,
                    largest(rows), shared.isEmpty() ? null : "skill both roles list");
            keepSpace(HEADING_SPACE + chart.getScaledHeight() + CHART_EXTRAS);
            heading(versus + " skills", "Skills");
            addChart(null, chart, joined("Share of job postings naming each skill.",
                    shownNote(rows.size(), "skills", "the lists below give all")));
        } else {
            heading(versus + " skills", "Skills");
        }
        PdfPTable lists = new PdfPTable(2);
        lists.setTotalWidth(width);
        lists.setLockedWidth(true);
        lists.setHeaderRows(1);
        lists.setSpacingBefore(8f);
        lists.addCell(styles.headerCell("Common " + Narrative.inProse(leftTitle) + " skills"));
        lists.addCell(styles.headerCell("Common " + Narrative.inProse(rightTitle) + " skills"));
        lists.addCell(styles.listCell(rankedSkills(left, shared)));
        lists.addCell(styles.listCell(rankedSkills(right, shared)));
        float together = lists.getTotalHeight() + 30f;
        keepTogether(together);
        document.add(lists);
        String legend = metrics.sharedSkills().isEmpty() ? "none" : String.join(", ", metrics.sharedSkills());
        Paragraph line = styles.paragraph(14f, ReportStyles.BODY_SIZE);
        line.setSpacingBefore(6f);
        line.addAll(styles.bold("Shared skills: ", ReportStyles.BODY_SIZE, ReportStyles.TEXT));
        line.addAll(styles.text(legend, ReportStyles.BODY_SIZE, ReportStyles.TEXT));
        document.add(line);
    }

    /** The rows with the {@value #MAX_CHART_ROWS} largest shares, in their original order. */
    private static List<PairedBarChart.Row> largest(List<PairedBarChart.Row> rows) {
        if (rows.size() <= MAX_CHART_ROWS) {
            return rows;
        }
        Set<PairedBarChart.Row> kept = rows.stream()
                .sorted(Comparator.comparingDouble(ComparisonDocument::largerShare).reversed())
                .limit(MAX_CHART_ROWS)
                .collect(Collectors.toSet());
        return rows.stream().filter(kept::contains).toList();
    }

    private static double largerShare(PairedBarChart.Row row) {
        return Math.max(row.left() == null ? 0 : row.left(), row.right() == null ? 0 : row.right());
    }

    /** A note saying the chart shows only the largest rows, or {@code null} when it shows all. */
    private static String shownNote(int rows, String what, String where) {
        return rows <= MAX_CHART_ROWS ? null
                : "The chart shows the " + MAX_CHART_ROWS + " largest of " + rows + " " + what + "; " + where + ".";
    }

    private boolean allSharesKnown() {
        return List.of(left, right).stream().flatMap(p -> p.skills().stream())
                .allMatch(s -> s.share() != null && Double.isFinite(s.share()));
    }

    /** The role's skills as a numbered list in rank order, shared ones in bold and tagged. */
    private List<Paragraph> rankedSkills(RoleProfile profile, Set<String> shared) {
        List<Paragraph> lines = new ArrayList<>();
        if (profile.skills().isEmpty()) {
            lines.add(styles.listLine(styles.text(NO_DATA, ReportStyles.CELL_SIZE, ReportStyles.MUTED)));
        }
        int rank = 1;
        for (Skill skill : profile.skills()) {
            String text = rank++ + ". " + DisplayFormat.labelled(skill.name(), skill.share());
            if (shared.contains(key(skill.name()))) {
                lines.add(styles.listLine(styles.bold(text, ReportStyles.CELL_SIZE, ReportStyles.TEXT),
                        styles.text("  shared", ReportStyles.SMALL_SIZE, ReportStyles.MUTED)));
            } else {
                lines.add(styles.listLine(styles.text(text, ReportStyles.CELL_SIZE, ReportStyles.TEXT)));
            }
        }
        return lines;
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
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

    /** Adds the row unless both roles' values are unknown. */
    private static void addIfKnown(List<String[]> rows, String[] row) {
        if (!Objects.equals(row[1], DisplayFormat.UNKNOWN) || !Objects.equals(row[2], DisplayFormat.UNKNOWN)) {
            rows.add(row);
        }
    }

    /** A section heading with its outline entry; kept with room for a subheading and the first lines under it. */
    private void heading(String text, String outline) throws DocumentException {
        keepSpace(2 * HEADING_SPACE + KEEP_WITH_NEXT);
        document.add(styles.heading(text, anchor(outline)));
    }

    /** A section whose data is entirely unknown: its heading and one "No data" line, kept together. */
    private void noData(String text, String outline) throws DocumentException {
        keepSpace(HEADING_SPACE + 24f);
        document.add(styles.heading(text, anchor(outline)));
        document.add(styles.body(NO_DATA));
    }

    /** A new destination name with an outline entry pointing at it. */
    private String anchor(String outline) {
        String name = "section-" + ++anchors;
        new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(name, false), "")
                .put(PdfName.TITLE, ReportStyles.pdfText(outline));
        return name;
    }

    private void subheading(String text) throws DocumentException {
        keepSpace(HEADING_SPACE + KEEP_WITH_NEXT);
        document.add(styles.subheading(text));
    }

    /** A chart with an optional caption above and note below, kept together on one page. */
    private void addChart(String caption, Image chart, String note) throws DocumentException {
        keepSpace(chart.getScaledHeight() + (caption == null ? 12f : HEADING_SPACE) + (note == null ? 0f : 14f));
        if (caption != null) {
            document.add(styles.subheading(caption));
        }
        chart.setSpacingBefore(caption == null ? 10f : 2f);
        chart.setAlignment(Element.ALIGN_LEFT);
        document.add(chart);
        if (note != null) {
            document.add(styles.note(note));
        }
    }

    /**
     * A heading and its table, kept on one page when the table fits on a page; a longer table starts
     * under its heading and splits, repeating its header row. The {@code following} height of what
     * comes right after the table (such as its chart) is kept with it too when all of it fits on a
     * page. Without rows the section says "No data".
     */
    private void headedTable(String heading, String outline, List<String[]> rows, float following) throws DocumentException {
        if (rows.isEmpty()) {
            noData(heading, outline);
            return;
        }
        PdfPTable table = table(rows);
        float together = HEADING_SPACE + table.getTotalHeight() + following;
        keepTogether(together);
        document.add(styles.heading(heading, anchor(outline)));
        document.add(table);
    }

    /**
     * Keeps content of the given height on one page when it fits on a page at all; taller content
     * only needs room for its first lines.
     */
    private void keepTogether(float height) {
        keepSpace(height < document.top() - document.bottom() ? height : HEADING_SPACE + KEEP_WITH_NEXT);
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
        table.setTotalWidth(width);
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
