package org.rolecompare.compare;

/**
 * One accepted row of {@code roles.csv}, parsed into typed values.
 *
 * <p>Every optional field is {@code null} when the source said it is unknown ({@code -}, {@code N/A}
 * or empty); unknown is never zero, so nothing downstream may treat a {@code null} as 0. Shares and
 * percentages are in percent (0–100), money in US dollars.
 *
 * <p>{@code shortTitle} and {@code singularTitle} are the optional {@code short_title} and
 * {@code singular_title} columns: a shorter name for headings ("Press Machine Operators" for a long
 * official title) and the singular noun the prose uses ("registered nurse" for "Registered Nurses").
 * Either is {@code null} when not given; the reports then derive what they need from the title.
 */
public record Role(
        String id,
        String title,
        String description,
        YearsRange yearsToBecome,
        double averageSalary,
        Double hourlyRate,
        Double salaryMin,
        Double salaryMax,
        Double growthRate,
        Long jobCount,
        Double jobSatisfaction,
        String commonDegree,
        Double commonDegreeShare,
        String commonMajor,
        String commonCollege,
        Double averageAge,
        Double yearsExperience,
        Double lgbtShare,
        String highestPayingCity,
        String highestPayingState,
        String bestPayingCompany,
        String bestPayingIndustry,
        String shortTitle,
        String singularTitle) {

    /** The title used in headings and table columns: {@code short_title} when given, else the title. */
    public String displayTitle() {
        return displayTitle(title, shortTitle);
    }

    /** The display title of a role known by its {@code title} and {@code short_title} (which may be null). */
    public static String displayTitle(String title, String shortTitle) {
        return shortTitle != null && !shortTitle.isBlank() ? shortTitle.trim() : title.trim();
    }
}
