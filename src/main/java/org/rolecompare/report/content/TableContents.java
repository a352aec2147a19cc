package org.rolecompare.report.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.rolecompare.compare.Breakdown;
import org.rolecompare.compare.CategoryShare;
import org.rolecompare.compare.DisplayFormat;
import org.rolecompare.compare.Narrative;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.RoleProfile;

/**
 * The report's sections that compare figures side by side: overview, salary (with its range
 * chart), education and demographics (with a chart per dimension), each a table under its heading.
 *
 * <p>Percentages within one table share their number of decimals, so that "12%" and "12.5%" are not
 * mixed in a column, and its charts show them with the same decimals; rows unknown for both roles
 * are named under the table instead of shown.
 */
final class TableContents {

    private final ReportPair pair;

    TableContents(ReportPair pair) {
        this.pair = pair;
    }

    SectionDraft overview() {
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
        return table("Overview", rows, List.of());
    }

    SectionDraft salary() {
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
        if (!hasEnd(l) && !hasEnd(r)) {
            return table("Salary", rows, List.of());
        }
        SalaryRange chart = new SalaryRange(null, range(l), range(r), Wording.joined(
                "Bars span each role's salary range; the black mark with its label is the average salary.",
                DataGaps.openEnds(pair)));
        return table("Salary", rows, List.of(chart));
    }

    SectionDraft education() {
        Role l = pair.left().role();
        Role r = pair.right().role();
        int decimals = DisplayFormat.percentDecimals(Arrays.asList(degreeShare(l), degreeShare(r)));
        ComparisonTable rows = new ComparisonTable();
        addDegree(rows, l, r, decimals);
        rows.add("Most common major", DisplayFormat.text(l.commonMajor()), DisplayFormat.text(r.commonMajor()));
        rows.add("Most common college", DisplayFormat.text(l.commonCollege()), DisplayFormat.text(r.commonCollege()));
        return table("Education", rows, List.of());
    }

    SectionDraft demographics() {
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
        List<Chart> charts = new ArrayList<>();
        for (String dimension : dimensions) {
            List<PairedBars.Bar> bars = ChartRows.pairedRows(categoriesOf(left.breakdown(dimension)),
                    categoriesOf(right.breakdown(dimension)), CategoryShare::category, CategoryShare::share, Set.of(), decimals);
            charts.add(new PairedBars(Narrative.capitalise(dimension.trim()), ChartRows.largest(bars), null,
                    Wording.joined(DataGaps.missing(pair, dimension),
                            ChartRows.shownNote(bars.size(), "categories", "the table above lists all"))));
        }
        return table("Demographics", rows, charts);
    }

    /** The section of a table under the heading of {@code name}; empty when no row is known for either role. */
    private SectionDraft table(String name, ComparisonTable rows, List<Chart> charts) {
        String heading = pair.headingOf(name);
        String note = rows.note(name, pair);
        return new SectionDraft(name, rows.isEmpty(), id -> new TableSection(id, name, heading, rows.rows(), note, charts));
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

    /**
     * One role's salary range as the chart shows it: open-ended ("$73,710+", "up to $68,000") when
     * only one end is published.
     */
    private static SalaryRange.Range range(Role role) {
        Double min = Wording.known(role.salaryMin()) ? role.salaryMin() : null;
        Double max = Wording.known(role.salaryMax()) ? role.salaryMax() : null;
        String minText = min == null ? null : DisplayFormat.money(min) + (max == null ? "+" : "");
        String maxText = max == null ? null : (min == null ? "up to " : "") + DisplayFormat.money(max);
        return new SalaryRange.Range(min, role.averageSalary(), max, minText, "avg " + DisplayFormat.money(role.averageSalary()),
                maxText);
    }

    private static boolean hasEnd(Role role) {
        return Wording.known(role.salaryMin()) || Wording.known(role.salaryMax());
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
