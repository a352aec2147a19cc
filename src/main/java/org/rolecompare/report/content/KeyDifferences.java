package org.rolecompare.report.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.rolecompare.compare.ComparisonMetrics;
import org.rolecompare.compare.DisplayFormat;
import org.rolecompare.compare.RoleNames;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.Skill;
import org.rolecompare.compare.YearsRange;

/**
 * The short facts of a report's "Key differences" box, drawn from the metrics: who pays more, whose
 * growth is higher, which takes longer to become, how many top skills are shared, and so on.
 *
 * <p>A manager reading on a phone may stop after this box, so each fact names the role it is about
 * and stands on its own. A fact whose inputs are unknown is left out; at most {@link #MAX} facts
 * are given, in a fixed order of importance.
 */
final class KeyDifferences {

    static final int MAX = 5;

    private final RoleNames leftName;
    private final RoleNames rightName;

    private KeyDifferences(RoleNames leftName, RoleNames rightName) {
        this.leftName = leftName;
        this.rightName = rightName;
    }

    static List<String> facts(RoleProfile left, RoleProfile right, ComparisonMetrics metrics) {
        return facts(left, right, metrics, RoleNames.of(left.role()), RoleNames.of(right.role()));
    }

    /** As {@link #facts(RoleProfile, RoleProfile, ComparisonMetrics)}, with the report's names of the two roles. */
    static List<String> facts(RoleProfile left, RoleProfile right, ComparisonMetrics metrics, RoleNames leftNames, RoleNames rightNames) {
        KeyDifferences k = new KeyDifferences(leftNames, rightNames);
        List<String> facts = new ArrayList<>();
        add(facts, k.pay(left.role().averageSalary(), right.role().averageSalary(), metrics));
        add(facts, k.growth(left.role().growthRate(), right.role().growthRate(), metrics.growthDiffPp()));
        add(facts, k.yearsToBecome(metrics.leftYearsToBecome(), metrics.rightYearsToBecome()));
        add(facts, sharedSkills(left, right, metrics));
        add(facts, k.jobs(metrics.jobCountRatio()));
        add(facts, k.experience(metrics.experienceDiff()));
        add(facts, k.lgbt(metrics.lgbtShareDiffPp()));
        return facts.size() > MAX ? List.copyOf(facts.subList(0, MAX)) : List.copyOf(facts);
    }

    private static void add(List<String> facts, String fact) {
        if (fact != null) {
            facts.add(fact);
        }
    }

    private String pay(double leftSalary, double rightSalary, ComparisonMetrics metrics) {
        String leftPay = DisplayFormat.money(leftSalary);
        if (leftPay.equals(DisplayFormat.money(rightSalary))) {
            return "Both pay " + leftPay + " a year on average";
        }
        boolean rightHigher = rightSalary > leftSalary;
        Double ratio = metrics.salaryRatio();
        String gap = DisplayFormat.money(Math.abs(rightSalary - leftSalary));
        if (ratio == null || ratio <= 0 || !Double.isFinite(ratio)) {
            return said(rightHigher, "pays", "pay") + " " + gap + " more a year";
        }
        double more = (rightHigher ? ratio : 1 / ratio) * 100 - 100;
        return said(rightHigher, "pays", "pay") + " " + DisplayFormat.percent(more) + " more (" + gap + " a year)";
    }

    /**
     * Growth in words that stay true whatever the signs: "Growth 32 pp higher for …" when both grow,
     * "… shrinks 1.4 pp less (-9.5% vs -10.9%)" when both shrink, "… grows (3%) while … shrinks (-2.3%)"
     * when one grows and the other shrinks.
     */
    private String growth(Double leftRate, Double rightRate, Double diffPp) {
        if (diffPp == null || leftRate == null || rightRate == null) {
            return null;
        }
        String gap = DisplayFormat.number(Math.abs(diffPp));
        if (gap.equals("0")) {
            return leftRate < 0 ? "Both shrink at the same rate" : "Both grow at the same rate";
        }
        boolean rightBetter = diffPp > 0;
        if (leftRate < 0 && rightRate < 0) {
            return said(rightBetter, "shrinks", "shrink") + " " + gap + " pp less ("
                    + DisplayFormat.percent(rightBetter ? rightRate : leftRate) + " vs "
                    + DisplayFormat.percent(rightBetter ? leftRate : rightRate) + ")";
        }
        if (leftRate < 0 || rightRate < 0) {
            boolean rightGrows = rightRate >= 0;
            double growing = rightGrows ? rightRate : leftRate;
            double shrinking = rightGrows ? leftRate : rightRate;
            return said(rightGrows, "grows", "grow") + " (" + DisplayFormat.percent(growing) + ") while "
                    + who(!rightGrows) + " " + (rightGrows ? leftName : rightName).displayVerb("shrinks", "shrink")
                    + " (" + DisplayFormat.percent(shrinking) + ")";
        }
        return "Growth " + gap + " pp higher for " + who(rightBetter);
    }

    private String yearsToBecome(YearsRange l, YearsRange r) {
        if (l == null || r == null) {
            return null;
        }
        double diff = r.midpoint() - l.midpoint();
        if (diff == 0) {
            return l.equals(r) ? "Both take " + DisplayFormat.years(l) + " years to become" : null;
        }
        String years = DisplayFormat.number(Math.abs(diff));
        return said(diff > 0, "takes", "take") + " " + years + " more " + (Math.abs(diff) == 1 ? "year" : "years") + " to become";
    }

    private static String sharedSkills(RoleProfile left, RoleProfile right, ComparisonMetrics metrics) {
        if (left.skills().isEmpty() || right.skills().isEmpty()) {
            return null;
        }
        Set<String> union = new LinkedHashSet<>();
        for (RoleProfile p : List.of(left, right)) {
            for (Skill s : p.skills()) {
                union.add(s.name().trim().toLowerCase(Locale.ROOT));
            }
        }
        return metrics.sharedSkills().size() + " of " + union.size() + " top skills shared";
    }

    private String jobs(Double ratio) {
        if (ratio == null || ratio <= 0 || !Double.isFinite(ratio)) {
            return null;
        }
        boolean rightMore = ratio >= 1;
        double factor = rightMore ? ratio : 1 / ratio;
        if (DisplayFormat.number(factor).equals("1")) {
            return "About as many jobs for both";
        }
        if (factor >= 2) {
            return said(rightMore, "has", "have") + " " + DisplayFormat.number(Math.round(factor * 10) / 10.0) + " times as many jobs";
        }
        return said(rightMore, "has", "have") + " " + DisplayFormat.percent(factor * 100 - 100) + " more jobs";
    }

    private String experience(Double diff) {
        if (diff == null || DisplayFormat.number(Math.abs(diff)).equals("0")) {
            return null;
        }
        String years = DisplayFormat.number(Math.abs(diff));
        return said(diff > 0, "asks", "ask") + " for " + years + " more " + (years.equals("1") ? "year" : "years") + " of experience";
    }

    private String lgbt(Double diffPp) {
        if (diffPp == null || DisplayFormat.number(Math.abs(diffPp)).equals("0")) {
            return null;
        }
        return "LGBT share " + DisplayFormat.number(Math.abs(diffPp)) + " pp higher for " + who(diffPp > 0);
    }

    private String who(boolean right) {
        return (right ? rightName : leftName).display();
    }

    /** The role's display title with a verb that agrees with it: "Registered Nurses pay", "Patient Account Manager pays". */
    private String said(boolean right, String singularVerb, String pluralVerb) {
        RoleNames name = right ? rightName : leftName;
        return name.display() + " " + name.displayVerb(singularVerb, pluralVerb);
    }
}
