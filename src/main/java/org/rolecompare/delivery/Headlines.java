package org.rolecompare.delivery;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One sentence per report saying how the two roles' pay compares, for the managers who read the
 * digest: "Nurse Practitioners earn $35,540 more than Registered Nurses (41.3% more)", "Patient
 * Account Manager earns …", "Surgeons, All Other and Physicians, All Other earn the same on average
 * ($239,200)".
 *
 * <p>The numbers are those of the published {@code comparisons.csv} (salary difference right − left
 * and ratio right ÷ left), so the mail says what the reports say. The file has no average salary
 * columns; a pair that earns the same shows the amount when another pair of the run gives it (with
 * a ratio other than 1, left = difference ÷ (ratio − 1)), and leaves it out otherwise.
 */
final class Headlines {

    private final Map<String, Double> averages;

    private Headlines(Map<String, Double> averages) {
        this.averages = averages;
    }

    /** Headlines for the reports of a run; {@code all} are every report of the run, which give the averages. */
    static Headlines of(List<PublishedRun.Report> all) {
        Map<String, Double> averages = new HashMap<>();
        for (PublishedRun.Report report : all) {
            Double diff = report.salaryDiff();
            Double ratio = report.salaryRatio();
            if (diff != null && ratio != null && Math.abs(ratio - 1) > 1e-6) {
                double left = diff / (ratio - 1);
                if (left > 0 && Double.isFinite(left)) {
                    averages.putIfAbsent(report.leftRoleId(), left);
                    averages.putIfAbsent(report.rightRoleId(), left + diff);
                }
            }
        }
        return new Headlines(averages);
    }

    /** The sentence for one report, without a final full stop. */
    String of(PublishedRun.Report report) {
        String left = report.leftTitle();
        String right = report.rightTitle();
        Double diff = report.salaryDiff();
        if (diff == null) {
            return left + " and " + right + ": pay not compared, as an average salary is unknown";
        }
        if (Math.round(Math.abs(diff)) == 0) {
            Double average = averages.getOrDefault(report.leftRoleId(), averages.get(report.rightRoleId()));
            return left + " and " + right + " earn the same on average" + (average == null ? "" : " (" + money(average) + ")");
        }
        Double ratio = report.salaryRatio();
        boolean rightEarnsMore = diff > 0;
        String higher = rightEarnsMore ? right : left;
        String lower = rightEarnsMore ? left : right;
        Double share = ratio == null || ratio <= 0 ? null : (rightEarnsMore ? ratio : 1 / ratio) - 1;
        return higher + " " + TitleVerbs.verb(higher, "earns", "earn") + " " + money(Math.abs(diff)) + " more than " + lower
                + (share == null ? "" : String.format(Locale.US, " (%.1f%% more)", share * 100));
    }

    static String money(double amount) {
        return String.format(Locale.US, "$%,d", Math.round(amount));
    }
}
