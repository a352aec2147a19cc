package org.rolecompare.delivery;

import java.util.List;
import java.util.Locale;

/**
 * One sentence per report saying how the two roles' pay compares, for the managers who read the
 * digest: "Nurse Practitioners earn $35,540 more than Registered Nurses (41.3% more)", "Patient
 * Account Manager earns …", "Surgeons, All Other and Physicians, All Other earn the same on average".
 *
 * <p>The numbers are those of the published {@code comparisons.csv} (salary difference right − left
 * and ratio right ÷ left), so the mail says what the reports say. The amount of an equal pay is not
 * given: the file has no average salary columns, and working it back from the rounded ratio would
 * print a wrong figure; the attached report has it.
 */
final class Headlines {

    private Headlines() {
    }

    /** Headlines for the reports of a run. */
    static Headlines of(List<PublishedRun.Report> all) {
        return new Headlines();
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
            return left + " and " + right + " earn the same on average";
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
