package org.rolecompare.report.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
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
import org.rolecompare.compare.RoleNames;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.Skill;

/**
 * Writes the sections of one comparison report into an open document, in the order of the seed
 * page: title, narrative, key differences and what the data lacks, overview, what each role does,
 * salary, education, demographics, responsibilities, skills, and a short "About these numbers".
 *
 * <p>Made to read right on real data, which is sparse: a table row unknown for both roles is left
 * out and named in one note under its table; consecutive sections with no data for either role
 * collapse into one line; a salary range known at one end is shown open-ended. Section headings
 * repeat the pair title as the seed page does, unless the pair title is long, when they are just
 * "Overview", "Salary", ... (the full title stays at the top and in the running header). Roles are
 * named through {@link RoleNames}. Every section gets an outline entry, a collapsed one too.
 * One instance per render; it holds no state beyond that render.
 */
final class ComparisonDocument {

    /** Pair titles longer than this get short section headings; the seed's (52 characters) keeps the long form. */
    static final int LONG_PAIR_TITLE = 55;

    /** Space a heading needs below it for at least a line or two of its section. */
    private static final float KEEP_WITH_NEXT = 60f;

    /** Height of a one-line section heading with its spacing. */
    private static final float HEADING_SPACE = 40f;

    /** Space around a chart for its spacing and a one-line note. */
    private static final float CHART_EXTRAS = 26f;

    /** Most rows a chart shows, so that it always fits on one page. */
    private static final int MAX_CHART_ROWS = 20;

    /** Fewest rows of a split table on the page it ends on. */
    private static final int MIN_LAST_ROWS = 2;

    private final Document document;
    private final PdfWriter writer;
    private final ReportStyles styles;
    private final RoleProfile left;
    private final RoleProfile right;
    private final ComparisonMetrics metrics;
    private final RoleNames leftNames;
    private final RoleNames rightNames;
    private final String versus;
    private final boolean shortHeadings;
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
        this.leftNames = RoleNames.of(left.role());
        this.rightNames = RoleNames.of(right.role());
        this.versus = title(left, right);
        this.shortHeadings = versus.length() > LONG_PAIR_TITLE;
        this.width = document.right() - document.left();
    }

    /** The report's title, "L vs R", also used for the running header and metadata. */
    static String title(RoleProfile left, RoleProfile right) {
        return ReportStyles.printable(left.role().title().trim() + " vs " + right.role().title().trim());
    }

    /**
     * Writes the report; {@code narrative} holds the paragraphs of {@link Narrative#paragraphs} for
     * the pair, {@code dataSource} and {@code dataAsOf} may be {@code null}.
     */
    void write(String reportDate, String dataSource, String dataAsOf, String changeNote, List<String> narrative)
            throws DocumentException {
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
        String coverage = coverage();
        if (coverage != null) {
            Paragraph note = styles.note(coverage);
            note.setSpacingBefore(2f);
            document.add(note);
        }
        overview();
        descriptions();
        salary();
        writeSections(List.of(education(), demographics(), responsibilities(), skills()));
        about(dataSource, dataAsOf);
    }

    /** A section of the report: its short name, whether neither role has data for it, and how to write it. */
    private record Section(String name, boolean empty, Body body) {
    }

    @FunctionalInterface
    private interface Body {
        void write() throws DocumentException;
    }

    /** Writes the sections in order; each run of sections without data for either role becomes one line. */
    private void writeSections(List<Section> sections) throws DocumentException {
        List<Section> absent = new ArrayList<>();
        for (Section section : sections) {
            if (section.empty()) {
                absent.add(section);
                continue;
            }
            absent(absent);
            absent.clear();
            section.body().write();
        }
        absent(absent);
    }

    /** "No education, demographics or skills data for either role.", with each section's outline entry pointing at it. */
    private void absent(List<Section> sections) throws DocumentException {
        if (sections.isEmpty()) {
            return;
        }
        List<String> names = sections.stream().map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
        keepSpace(HEADING_SPACE);
        document.add(styles.absent("No " + list(names, "or") + " data for either role.",
                anchor(sections.stream().map(Section::name).toArray(String[]::new))));
    }

    /** The heading of a section: "L vs R overview" as on the seed page, or just "Overview" for a long pair title. */
    private String headingOf(String name) {
        return shortHeadings ? name : versus + " " + name.toLowerCase(Locale.ROOT);
    }

    /**
     * One muted line naming what the data lacks for which role, e.g. "Not in the data: demographics
     * and skill shares for Physicians, All Other; salary maximum for Chief Executives.", or
     * {@code null} when nothing is missing.
     */
    private String coverage() {
        List<String> leftMissing = missing(left);
        List<String> rightMissing = missing(right);
        List<String> both = leftMissing.stream().filter(rightMissing::contains).toList();
        List<String> parts = new ArrayList<>();
        if (!both.isEmpty()) {
            parts.add(list(both, "and") + " for either role");
        }
        addMissing(parts, leftMissing, both, leftNames);
        addMissing(parts, rightMissing, both, rightNames);
        return parts.isEmpty() ? null : "Not in the data: " + String.join("; ", parts) + ".";
    }

    private static void addMissing(List<String> parts, List<String> missing, List<String> both, RoleNames names) {
        List<String> own = missing.stream().filter(m -> !both.contains(m)).toList();
        if (!own.isEmpty()) {
            parts.add(list(own, "and") + " for " + names.display());
        }
    }

    /** What the data lacks for one role, in the order of the report's sections. */
    private static List<String> missing(RoleProfile profile) {
        Role role = profile.role();
        List<String> missing = new ArrayList<>();
        if (blank(role.description())) {
            missing.add("description");
        }
        if (!known(role.salaryMin()) && !known(role.salaryMax())) {
            missing.add("salary range");
        } else if (!known(role.salaryMax())) {
            missing.add("salary maximum");
        } else if (!known(role.salaryMin())) {
            missing.add("salary minimum");
        }
        if (blank(role.commonDegree()) && blank(role.commonMajor()) && blank(role.commonCollege())) {
            missing.add("education");
        }
        if (profile.breakdowns().stream().allMatch(b -> b.categories().isEmpty())) {
            missing.add("demographics");
        }
        if (profile.responsibilities().isEmpty()) {
            missing.add("responsibilities");
        }
        if (profile.skills().isEmpty()) {
            missing.add("skills");
        } else if (!profile.skills().stream().allMatch(s -> known(s.share()))) {
            missing.add("skill shares");
        }
        return missing;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean known(Double value) {
        return value != null && Double.isFinite(value);
    }

    /** "a", "a and b", "a, b and c" (or with "or"). */
    private static String list(List<String> items, String conjunction) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + items.get(items.size() - 1);
    }

    private void overview() throws DocumentException {
        Role l = left.role();
        Role r = right.role();
        int decimals = DisplayFormat.percentDecimals(Arrays.asList(l.growthRate(), r.growthRate(),
                degreeShare(l), degreeShare(r)));
        Rows rows = new Rows();
        rows.add("Yearly salary", DisplayFormat.money(l.averageSalary()), DisplayFormat.money(r.averageSalary()));
        rows.add("Hourly rate", DisplayFormat.hourly(l.hourlyRate()), DisplayFormat.hourly(r.hourlyRate()));
        rows.add("Growth rate", DisplayFormat.percent(l.growthRate(), decimals), DisplayFormat.percent(r.growthRate(), decimals));
        rows.add("Number of jobs", DisplayFormat.count(l.jobCount()), DisplayFormat.count(r.jobCount()));
        rows.add("Job satisfaction", DisplayFormat.number(l.jobSatisfaction()), DisplayFormat.number(r.jobSatisfaction()));
        addDegree(rows, l, r, decimals);
        addAge(rows, l, r);
        rows.add("Years of experience", DisplayFormat.number(l.yearsExperience()), DisplayFormat.number(r.yearsExperience()));
        rows.add("Years to become", DisplayFormat.years(l.yearsToBecome()), DisplayFormat.years(r.yearsToBecome()));
        headedTable("Overview", rows, 0f);
    }

    /** What each role does; when neither has a description, one line says so. */
    private void descriptions() throws DocumentException {
        if (blank(left.role().description()) && blank(right.role().description())) {
            keepSpace(HEADING_SPACE);
            document.add(styles.absent("No description of either role.",
                    anchor(leftNames.whatDoesHeading(), rightNames.whatDoesHeading())));
            return;
        }
        description(left.role(), leftNames);
        description(right.role(), rightNames);
    }

    private void description(Role role, RoleNames names) throws DocumentException {
        String heading = names.whatDoesHeading();
        heading(heading, heading);
        String text = role.description();
        document.add(styles.body(blank(text) ? "No description available." : text.trim()));
    }

    private void salary() throws DocumentException {
        Role l = left.role();
        Role r = right.role();
        Rows rows = new Rows();
        rows.add("Average salary", DisplayFormat.money(l.averageSalary()), DisplayFormat.money(r.averageSalary()));
        rows.add("Hourly rate", DisplayFormat.hourly(l.hourlyRate()), DisplayFormat.hourly(r.hourlyRate()));
        rows.add("Salary range", DisplayFormat.openMoneyRange(l.salaryMin(), l.salaryMax()),
                DisplayFormat.openMoneyRange(r.salaryMin(), r.salaryMax()));
        rows.add("Highest paying city", DisplayFormat.text(l.highestPayingCity()), DisplayFormat.text(r.highestPayingCity()));
        rows.add("Highest paying state", DisplayFormat.text(l.highestPayingState()), DisplayFormat.text(r.highestPayingState()));
        rows.add("Best paying company", DisplayFormat.text(l.bestPayingCompany()), DisplayFormat.text(r.bestPayingCompany()));
        rows.add("Best paying industry", DisplayFormat.text(l.bestPayingIndustry()), DisplayFormat.text(r.bestPayingIndustry()));
        Image chart = new SalaryRangeChart(styles.fontInUse()).draw(writer.getDirectContent(), width, l, r,
                leftNames.display(), rightNames.display());
        headedTable("Salary", rows, chart == null ? 0f : chart.getScaledHeight() + CHART_EXTRAS + 12f);
        if (chart != null) {
            addChart(null, chart, joined("Bars span each role's salary range; the black mark with its label is the average salary.",
                    openEnds()));
        }
    }

    /** A note naming the roles whose range the chart draws open-ended, or {@code null} when none. */
    private String openEnds() {
        List<String> noMax = new ArrayList<>();
        List<String> noMin = new ArrayList<>();
        for (RoleProfile profile : List.of(left, right)) {
            Role role = profile.role();
            if (known(role.salaryMin()) && !known(role.salaryMax())) {
                noMax.add(namesOf(profile).display());
            } else if (!known(role.salaryMin()) && known(role.salaryMax())) {
                noMin.add(namesOf(profile).display());
            }
        }
        return joined(openEnd(noMax, "maximum", "fade out to the right"), openEnd(noMin, "minimum", "fade in from the left"));
    }

    private static String openEnd(List<String> names, String end, String drawn) {
        if (names.isEmpty()) {
            return null;
        }
        return names.size() == 1
                ? "The " + end + " salary of " + names.get(0) + " is not published; its bar " + drawn.replace("fade", "fades") + "."
                : "The " + end + " salaries of " + list(names, "and") + " are not published; their bars " + drawn + ".";
    }

    private Section education() {
        Role l = left.role();
        Role r = right.role();
        int decimals = DisplayFormat.percentDecimals(Arrays.asList(degreeShare(l), degreeShare(r)));
        Rows rows = new Rows();
        addDegree(rows, l, r, decimals);
        rows.add("Most common major", DisplayFormat.text(l.commonMajor()), DisplayFormat.text(r.commonMajor()));
        rows.add("Most common college", DisplayFormat.text(l.commonCollege()), DisplayFormat.text(r.commonCollege()));
        return new Section("Education", rows.isEmpty(), () -> headedTable("Education", rows, 0f));
    }

    private Section demographics() {
        Role l = left.role();
        Role r = right.role();
        List<String> dimensions = dimensions();
        List<Double> shares = new ArrayList<>(Arrays.asList(l.lgbtShare(), r.lgbtShare()));
        for (String dimension : dimensions) {
            categoriesOf(left.breakdown(dimension)).forEach(c -> shares.add(c.share()));
            categoriesOf(right.breakdown(dimension)).forEach(c -> shares.add(c.share()));
        }
        int decimals = DisplayFormat.percentDecimals(shares);
        Rows rows = new Rows();
        addAge(rows, l, r);
        for (String dimension : dimensions) {
            rows.add(Narrative.capitalise(dimension.trim()) + " ratio",
                    categories(left.breakdown(dimension), decimals), categories(right.breakdown(dimension), decimals));
        }
        rows.add("LGBT percentage", DisplayFormat.percent(l.lgbtShare(), decimals), DisplayFormat.percent(r.lgbtShare(), decimals));
        return new Section("Demographics", rows.isEmpty(), () -> {
            headedTable("Demographics", rows, 0f);
            PairedBarChart chart = new PairedBarChart(styles.fontInUse());
            for (String dimension : dimensions) {
                List<PairedBarChart.Row> bars = pairedRows(categoriesOf(left.breakdown(dimension)),
                        categoriesOf(right.breakdown(dimension)), CategoryShare::category, CategoryShare::share, Set.of());
                addChart(Narrative.capitalise(dimension.trim()),
                        chart.draw(writer.getDirectContent(), width, leftNames.display(), rightNames.display(), largest(bars), null,
                                decimals),
                        joined(missing(dimension), shownNote(bars.size(), "categories", "the table above lists all")));
            }
        });
    }

    /** A note naming the role without a breakdown of the dimension, or {@code null} when both have one. */
    private String missing(String dimension) {
        for (RoleProfile profile : List.of(left, right)) {
            Breakdown b = profile.breakdown(dimension);
            if (b == null || b.categories().isEmpty()) {
                return "No " + dimension.trim().toLowerCase(Locale.ROOT) + " data for " + namesOf(profile).display() + ".";
            }
        }
        return null;
    }

    private RoleNames namesOf(RoleProfile profile) {
        return profile == left ? leftNames : rightNames;
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

    private static String categories(Breakdown breakdown, int decimals) {
        if (breakdown == null || breakdown.categories().isEmpty()) {
            return DisplayFormat.UNKNOWN;
        }
        return breakdown.categories().stream()
                .map(c -> DisplayFormat.labelled(c.category(), c.share(), decimals))
                .collect(Collectors.joining("\n"));
    }

    private Section responsibilities() {
        boolean empty = left.responsibilities().isEmpty() && right.responsibilities().isEmpty();
        return new Section("Responsibilities", empty, () -> {
            heading(headingOf("Responsibilities"), "Responsibilities");
            for (RoleProfile profile : List.of(left, right)) {
                RoleNames names = namesOf(profile);
                subheading(names.responsibilitiesHeading());
                if (profile.responsibilities().isEmpty()) {
                    document.add(styles.body("No responsibilities data for " + names.display() + "."));
                }
                for (String responsibility : profile.responsibilities()) {
                    document.add(styles.bullet(styles.text(responsibility, ReportStyles.BODY_SIZE, ReportStyles.TEXT)));
                }
            }
        });
    }

    private Section skills() {
        return new Section("Skills", left.skills().isEmpty() && right.skills().isEmpty(), this::writeSkills);
    }

    private void writeSkills() throws DocumentException {
        Set<String> shared = metrics.sharedSkills().stream().map(ComparisonDocument::key).collect(Collectors.toSet());
        String heading = headingOf("Skills");
        List<Double> shares = new ArrayList<>();
        List.of(left, right).forEach(p -> p.skills().forEach(s -> shares.add(s.share())));
        int decimals = DisplayFormat.percentDecimals(shares);
        if (allSharesKnown()) {
            List<PairedBarChart.Row> rows = pairedRows(left.skills(), right.skills(), Skill::name, Skill::share, shared);
            Image chart = new PairedBarChart(styles.fontInUse()).draw(writer.getDirectContent(), width,
                    leftNames.display(), rightNames.display(), largest(rows), shared.isEmpty() ? null : "skill both roles list", decimals);
            keepSpace(headingHeight(heading) + chart.getScaledHeight() + CHART_EXTRAS);
            document.add(styles.heading(heading, anchor("Skills")));
            addChart(null, chart, joined("Share of job postings naming each skill.",
                    shownNote(rows.size(), "skills", "the lists below give all")));
        }
        PdfPTable lists = new PdfPTable(2);
        lists.setTotalWidth(width);
        lists.setLockedWidth(true);
        lists.setHeaderRows(1);
        lists.setSpacingBefore(8f);
        lists.addCell(styles.headerCell(leftNames.skillsHeading()));
        lists.addCell(styles.headerCell(rightNames.skillsHeading()));
        lists.addCell(styles.listCell(rankedSkills(left, shared, decimals)));
        lists.addCell(styles.listCell(rankedSkills(right, shared, decimals)));
        float together = lists.getTotalHeight() + 30f;
        if (allSharesKnown()) {
            keepTogether(together);
        } else {
            keepTogether(headingHeight(heading) + together);
            document.add(styles.heading(heading, anchor("Skills")));
        }
        document.add(lists);
        String legend = metrics.sharedSkills().isEmpty() ? "none" : String.join(", ", metrics.sharedSkills());
        Paragraph line = styles.paragraph(14f, ReportStyles.BODY_SIZE);
        line.setSpacingBefore(6f);
        line.addAll(styles.bold("Shared skills: ", ReportStyles.BODY_SIZE, ReportStyles.TEXT));
        line.addAll(styles.text(legend, ReportStyles.BODY_SIZE, ReportStyles.TEXT));
        document.add(line);
    }

    /**
     * The closing "About these numbers" block in small type, kept together: what the figures mean,
     * and the source and as-of date of the data where known (nothing about the source when it is not).
     */
    private void about(String dataSource, String dataAsOf) throws DocumentException {
        StringBuilder text = new StringBuilder()
                .append("Growth rate: the projected change in jobs over the source's projection period (typically ten")
                .append(" years), as given in the data. pp: percentage points, the difference between two percentages.")
                .append(" Salaries: yearly averages (not medians) in US dollars; hourly: per hour. Unknown values are left out.");
        String origin = dataSource == null ? null : dataSource.trim().replaceAll("[.\\s]+$", "");
        if (origin != null) {
            text.append(' ').append(origin).append(dataAsOf == null ? "." : "; data as of " + dataAsOf + ".");
        } else if (dataAsOf != null) {
            text.append(" Data as of ").append(dataAsOf).append('.');
        }
        Paragraph body = styles.note(text.toString());
        keepSpace(height(styles.smallHeading("About these numbers", null)) + height(body));
        document.add(styles.smallHeading("About these numbers", anchor("About these numbers")));
        document.add(body);
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
        return List.of(left, right).stream().flatMap(p -> p.skills().stream()).allMatch(s -> known(s.share()));
    }

    /** The role's skills as a numbered list in rank order, shared ones in bold and tagged. */
    private List<Paragraph> rankedSkills(RoleProfile profile, Set<String> shared, int decimals) {
        List<Paragraph> lines = new ArrayList<>();
        if (profile.skills().isEmpty()) {
            lines.add(styles.listLine(styles.text("No skills data for " + namesOf(profile).display() + ".",
                    ReportStyles.CELL_SIZE, ReportStyles.MUTED)));
        }
        int rank = 1;
        for (Skill skill : profile.skills()) {
            String text = rank++ + ". " + DisplayFormat.labelled(skill.name(), skill.share(), decimals);
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

    /** The share of the most common degree, when the degree itself is known (else it is not printed). */
    private static Double degreeShare(Role role) {
        return blank(role.commonDegree()) ? null : role.commonDegreeShare();
    }

    private static void addDegree(Rows rows, Role l, Role r, int decimals) {
        rows.add("Most common degree", DisplayFormat.labelled(l.commonDegree(), l.commonDegreeShare(), decimals),
                DisplayFormat.labelled(r.commonDegree(), r.commonDegreeShare(), decimals));
    }

    private static void addAge(Rows rows, Role l, Role r) {
        rows.add("Average age", DisplayFormat.number(l.averageAge()), DisplayFormat.number(r.averageAge()));
    }

    /** The rows of one table: those known for at least one role, and the labels of those known for neither. */
    private static final class Rows {

        private final List<String[]> known = new ArrayList<>();
        private final List<String> unknown = new ArrayList<>();

        void add(String label, String leftValue, String rightValue) {
            if (DisplayFormat.UNKNOWN.equals(leftValue) && DisplayFormat.UNKNOWN.equals(rightValue)) {
                unknown.add(label);
            } else {
                known.add(new String[] {label, leftValue, rightValue});
            }
        }

        boolean isEmpty() {
            return known.isEmpty();
        }

        /** Whether every row is unknown for the role in column {@code side} (1 left, 2 right). */
        boolean noneKnown(int side) {
            return known.stream().allMatch(row -> DisplayFormat.UNKNOWN.equals(row[side]));
        }
    }

    /**
     * The note under a table: the role a table has no values for, and the rows left out because
     * neither role has them ("Not known for either role: job satisfaction, average age."); {@code null}
     * when there is nothing to say.
     */
    private String tableNote(String name, Rows rows) {
        List<String> parts = new ArrayList<>();
        for (int side = 1; side <= 2; side++) {
            if (rows.noneKnown(side)) {
                parts.add("No " + name.toLowerCase(Locale.ROOT) + " data for " + (side == 1 ? leftNames : rightNames).display() + ".");
            }
        }
        if (!rows.unknown.isEmpty()) {
            parts.add("Not known for either role: "
                    + rows.unknown.stream().map(ComparisonDocument::inSentence).collect(Collectors.joining(", ")) + ".");
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** A row label inside a sentence: "Job satisfaction" becomes "job satisfaction", "LGBT percentage" stays. */
    private static String inSentence(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
            return label;
        }
        return label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }

    /** A section heading with its outline entry; kept with room for a subheading and the first lines under it. */
    private void heading(String text, String outline) throws DocumentException {
        keepSpace(headingHeight(text) + HEADING_SPACE + KEEP_WITH_NEXT);
        document.add(styles.heading(text, anchor(outline)));
    }

    /** A new destination name with an outline entry for each title pointing at it. */
    private String anchor(String... outlines) {
        String name = "section-" + ++anchors;
        for (String outline : outlines) {
            new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(name, false), "")
                    .put(PdfName.TITLE, ReportStyles.pdfText(outline));
        }
        return name;
    }

    private void subheading(String text) throws DocumentException {
        keepSpace(HEADING_SPACE + KEEP_WITH_NEXT);
        document.add(styles.subheading(text));
    }

    /** A chart with an optional caption above and note below, kept together on one page. */
    private void addChart(String caption, Image chart, String note) throws DocumentException {
        Paragraph notePara = note == null ? null : styles.note(note);
        keepSpace(chart.getScaledHeight() + (caption == null ? 12f : HEADING_SPACE) + (notePara == null ? 0f : height(notePara)));
        if (caption != null) {
            document.add(styles.subheading(caption));
        }
        chart.setSpacingBefore(caption == null ? 10f : 2f);
        chart.setAlignment(Element.ALIGN_LEFT);
        document.add(chart);
        if (notePara != null) {
            document.add(notePara);
        }
    }

    /**
     * A section heading, its table and the table's note. Kept on one page when they fit on a page,
     * with the {@code following} height of what comes right after (such as a chart) when all of it
     * fits; a longer table starts under its heading with at least its first rows, repeats its header
     * row on each page and leaves at least {@value #MIN_LAST_ROWS} rows for the page it ends on.
     * The outline entry is the section's short {@code name}.
     */
    private void headedTable(String name, Rows rows, float following) throws DocumentException {
        String text = headingOf(name);
        PdfPTable table = table(rows.known);
        String note = tableNote(name, rows);
        Paragraph notePara = note == null ? null : styles.note(note);
        float heading = headingHeight(text);
        float after = notePara == null ? 0f : height(notePara);
        placeTable(table, heading, after, following);
        document.add(styles.heading(text, anchor(name)));
        document.add(table);
        if (notePara != null) {
            document.add(notePara);
        }
    }

    /** Starts a new page where a heading and table of these heights would otherwise be parted badly. */
    private void placeTable(PdfPTable table, float heading, float note, float following) {
        float page = page();
        float tableHeight = table.spacingBefore() + table.getTotalHeight() + table.spacingAfter();
        if (heading + tableHeight + note + following <= page) {
            keepSpace(heading + tableHeight + note + following);
            return;
        }
        if (heading + tableHeight + note <= page) {
            keepSpace(heading + tableHeight + note);
            return;
        }
        float top = heading + table.spacingBefore();
        int firstRows = Math.min(MIN_LAST_ROWS, table.size() - table.getHeaderRows());
        float start = top + table.getHeaderHeight();
        for (int i = 0; i < firstRows; i++) {
            start += table.getRowHeight(table.getHeaderRows() + i);
        }
        float space = space();
        if (space < Math.min(start, page) || (rowsOnLastPage(table, space - top, page) < MIN_LAST_ROWS
                && rowsOnLastPage(table, page - top, page) >= MIN_LAST_ROWS)) {
            document.newPage();
        }
    }

    /**
     * How many rows a table would put on the page it ends on when it starts with {@code space} left
     * on this page; a row that does not fit moves to the next page, unless it is taller than a page.
     */
    private static int rowsOnLastPage(PdfPTable table, float space, float page) {
        float header = table.getHeaderHeight();
        float left = space - header;
        int onPage = 0;
        for (int i = table.getHeaderRows(); i < table.size(); i++) {
            float row = table.getRowHeight(i);
            if (row > left && onPage > 0) {
                left = page - header;
                onPage = 0;
            }
            while (row > left) {
                row -= left;
                left = page - header;
                onPage = 0;
            }
            left -= row;
            onPage++;
        }
        return onPage;
    }

    /** The height of a section heading with its spacing, however many lines it wraps to. */
    private float headingHeight(String text) {
        return height(styles.heading(text, null));
    }

    /** The height a paragraph takes in the text column, with its spacing. */
    private float height(Paragraph paragraph) {
        float top = 10_000f;
        ColumnText column = new ColumnText(null);
        column.setSimpleColumn(0, 0, width, top);
        column.addElement(paragraph);
        try {
            column.go(true);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not measure a paragraph", e);
        }
        return top - column.getYLine() + paragraph.getSpacingBefore() + paragraph.getSpacingAfter();
    }

    /**
     * Keeps content of the given height on one page when it fits on a page at all; taller content
     * only needs room for its first lines.
     */
    private void keepTogether(float height) {
        keepSpace(height < page() ? height : HEADING_SPACE + KEEP_WITH_NEXT);
    }

    /** Starts a new page unless the given height still fits on this one. */
    private void keepSpace(float height) {
        if (space() < height) {
            document.newPage();
        }
    }

    /** The height left on this page. */
    private float space() {
        return writer.getVerticalPosition(false) - document.bottom();
    }

    /** The height of a page's text area. */
    private float page() {
        return document.top() - document.bottom();
    }

    /** A label column and one column per role, headed by the roles' display titles; the header repeats on each page. */
    private PdfPTable table(List<String[]> rows) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {28f, 36f, 36f});
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        table.setHeaderRows(1);
        table.setSplitLate(false);
        table.setSpacingBefore(2f);
        table.setSpacingAfter(4f);
        table.addCell(styles.headerCell(""));
        table.addCell(styles.headerCell(leftNames.display()));
        table.addCell(styles.headerCell(rightNames.display()));
        for (String[] row : rows) {
            table.addCell(styles.labelCell(row[0]));
            table.addCell(styles.valueCell(row[1]));
            table.addCell(styles.valueCell(row[2]));
        }
        return table;
    }
}
