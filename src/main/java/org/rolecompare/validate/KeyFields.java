package org.rolecompare.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of a role's twelve key fields are known: the fields a report's sections are built from.
 * A role missing many of them still gets reports, but thin ones, so the sparse-role rule points
 * such roles out before a reader wonders why a report is half empty.
 *
 * <p>The salary range counts as one field, known when both ends are; skills, responsibilities and
 * demographics are known when the role has at least one row of them.
 */
public record KeyFields(boolean hourlyRate, boolean salaryMin, boolean salaryMax, boolean growthRate, boolean jobCount,
                        boolean yearsToBecome, boolean commonDegree, boolean averageAge, boolean yearsExperience,
                        boolean description, boolean skills, boolean responsibilities, boolean demographics) {

    /** How many key fields a role has. */
    public static final int COUNT = 12;

    /** How many of the twelve are known. */
    public int known() {
        return COUNT - missing().size();
    }

    /** What is missing, in words, in the order of the report's sections, e.g. "no salary maximum". */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        add(missing, description, "no description");
        add(missing, yearsToBecome, "no years to become");
        add(missing, hourlyRate, "no hourly rate");
        if (!salaryMin || !salaryMax) {
            missing.add(!salaryMin && !salaryMax ? "no salary range" : salaryMax ? "no salary minimum" : "no salary maximum");
        }
        add(missing, growthRate, "no growth rate");
        add(missing, jobCount, "no job count");
        add(missing, commonDegree, "no common degree");
        add(missing, averageAge, "no average age");
        add(missing, yearsExperience, "no years of experience");
        add(missing, demographics, "no demographics");
        add(missing, responsibilities, "no responsibilities");
        add(missing, skills, "no skills");
        return missing;
    }

    private static void add(List<String> missing, boolean known, String words) {
        if (!known) {
            missing.add(words);
        }
    }
}
