package org.rolecompare.report.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.lowagie.text.DocumentException;

import org.rolecompare.compare.Breakdown;
import org.rolecompare.compare.CategoryShare;
import org.rolecompare.compare.DisplayFormat;
import org.rolecompare.compare.Narrative;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.RoleProfile;

/**
 * The report's sections that compare figures side by side: overview, salary (with its range
 * chart), education and demographics (with a chart per dimension), each a {@link ComparisonTable}
 * under its heading.
 *
 * <p>Percentages within one table share their number of decimals, so that "12%" and "12.5%" are not
 * mixed in a column; rows unknown for both roles are named under the table instead of drawn.
 */
final class TableSections {

    private final ReportPair pair;
    private final ReportLayout layout;
    private final ReportStyles styles;

    TableSections(ReportPair pair, ReportLayout layout, ReportStyles styles) {
        this.pair = pair;
        this.layout = layout;
        this.styles = styles;
    }

    void overview() throws DocumentException {
        Role l = pair.left().role();
        Role r = pair.right().role();
        int decimals = DisplayFormat.percentDecimals(Arrays.asList(l.growthRate(), r.growthRate(),
                degreeShare(l), degreeShare(r)));
        ComparisonTable rows = new ComparisonTable();
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

    void salary() throws DocumentException {
        Role l = pair.left().role();
        Role r = pair.right().role();
        ComparisonTable rows = new ComparisonTable();
        rows.add("Average salary", DisplayFormat.money(l.averageSalary()), DisplayFormat.money(r.averageSalary()));
        rows.add("Hourly rate", DisplayFormat.hourly(l.hourlyRate()), DisplayFormat.hourly(r.hourlyRate()));
        rows.add("Salary range", DisplayFormat.openMoneyRange(l.salaryMin(), l.salaryMax()),
                DisplayFormat.openMoneyRange(r.salaryMin(), r.salaryMax()));
        rows.add("Highest paying city", DisplayFormat.text(l.highestPayingCity()), DisplayFormat.text(r.highestPayingCity()));
        rows.add("Highest paying state", DisplayFormat.text(l.highestPayingState()), DisplayFormat.text(r.highestPayingState()));
        rows.add("Best paying company", DisplayFormat.text(l.bestPayingCompany()), DisplayFormat.text(r.bestPayingCompany()));
        rows.add("Best paying industry", DisplayFormat.text(l.bestPayingIndustry()), DisplayFormat.text(r.bestPayingIndustry()));
        ChartCanvas chart = new SalaryRangeChart(styles.fontInUse()).draw(layout.width(), l, r,
                pair.leftNames().display(), pair.rightNames().display());
        headedTable("Salary", rows, chart == null ? 0f : chart.height() + ReportLayout.CHART_EXTRAS + 12f);
        if (chart != null) {
            layout.addChart(null, chart, Wording.joined(
                    "Bars span each role's salary range; the black mark with its label is the average salary.",
                    DataGaps.openEnds(pair)));
        }
    }

    ReportSection education() {
        Role l = pair.left().role();
        Role r = pair.right().role();
        int decimals = DisplayFormat.percentDecimals(Arrays.asList(degreeShare(l), degreeShare(r)));
        ComparisonTable rows = new ComparisonTable();
        addDegree(rows, l, r, decimals);
        rows.add("Most common major", DisplayFormat.text(l.commonMajor()), DisplayFormat.text(r.commonMajor()));
        rows.add("Most common college", DisplayFormat.text(l.commonCollege()), DisplayFormat.text(r.commonCollege()));
        return new ReportSection("Education", rows.isEmpty(), () -> headedTable("Education", rows, 0f));
    }

    ReportSection demographics() {
        RoleProfile left = pair.left();
        RoleProfile right = pair.right();
        Role l = left.role();
        Role r = right.role();
        List<String> dimensions = dimensions();
        List<Double> shares = new ArrayList<>(Arrays.asList(l.lgbtShare(), r.lgbtShare()));
        for (String dimension : dimensions) {
            categoriesOf(left.breakdown(dimension)).forEach(c -> shares.add(c.share()));
            categoriesOf(right.breakdown(dimension)).forEach(c -> shares.add(c.share()));
        }
        int decimals = DisplayFormat.percentDecimals(shares);
        ComparisonTable rows = new ComparisonTable();
        addAge(rows, l, r);
        for (String dimension : dimensions) {
            rows.add(Narrative.capitalise(dimension.trim()) + " ratio",
                    categories(left.breakdown(dimension), decimals), categories(right.breakdown(dimension), decimals));
        }
        rows.add("LGBT percentage", DisplayFormat.percent(l.lgbtShare(), decimals), DisplayFormat.percent(r.lgbtShare(), decimals));
        return new ReportSection("Demographics", rows.isEmpty(), () -> {
            headedTable("Demographics", rows, 0f);
            PairedBarChart chart = new PairedBarChart(styles.fontInUse());
            for (String dimension : dimensions) {
                List<PairedBarChart.Row> bars = ChartRows.pairedRows(categoriesOf(left.breakdown(dimension)),
                        categoriesOf(right.breakdown(dimension)), CategoryShare::category, CategoryShare::share, Set.of());
                layout.addChart(Narrative.capitalise(dimension.trim()),
                        chart.draw(layout.width(), pair.leftNames().display(), pair.rightNames().display(),
                                ChartRows.largest(bars), null, decimals),
                        Wording.joined(DataGaps.missing(pair, dimension),
                                ChartRows.shownNote(bars.size(), "categories", "the table above lists all")));
            }
        });
    }

    /** The section's heading, table and note; see {@link ReportLayout#headedTable}. */
    private void headedTable(String name, ComparisonTable rows, float following) throws DocumentException {
        layout.headedTable(pair.headingOf(name), name,
                rows.table(styles, layout.width(), pair.leftNames(), pair.rightNames()),
                rows.note(name, pair.leftNames(), pair.rightNames()), following);
    }

    /** Dimensions present in either role, the left role's first, each once whatever its case. */
    private List<String> dimensions() {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (RoleProfile profile : pair.both()) {
            for (Breakdown b : profile.breakdowns()) {
                if (!b.categories().isEmpty()) {
                    byKey.putIfAbsent(Wording.key(b.dimension()), b.dimension());
                }
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static List<CategoryShare> categoriesOf(Breakdown breakdown) {
        return breakdown == null ? List.of() : breakdown.categories();
    }

    private static String categories(Breakdown breakdown, int decimals) {
        if (breakdown == null || breakdown.categories().isEmpty()) {
            return DisplayFormat.UNKNOWN;
        }
        return breakdown.categories().stream()
                .map(c -> DisplayFormat.labelled(c.category(), c.share(), decimals))
                .collect(Collectors.joining("\n"));
    }

    /** The share of the most common degree, when the degree itself is known (else it is not printed). */
    private static Double degreeShare(Role role) {
        return Wording.blank(role.commonDegree()) ? null : role.commonDegreeShare();
    }

    private static void addDegree(ComparisonTable rows, Role l, Role r, int decimals) {
        rows.add("Most common degree", DisplayFormat.labelled(l.commonDegree(), l.commonDegreeShare(), decimals),
                DisplayFormat.labelled(r.commonDegree(), r.commonDegreeShare(), decimals));
    }

    private static void addAge(ComparisonTable rows, Role l, Role r) {
        rows.add("Average age", DisplayFormat.number(l.averageAge()), DisplayFormat.number(r.averageAge()));
    }
}
