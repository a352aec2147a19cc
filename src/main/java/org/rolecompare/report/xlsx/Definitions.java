package org.rolecompare.report.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rolecompare.compare.MetricPrecision;

/**
 * What the workbook's columns mean, for the Definitions sheet and the header comments of the
 * Comparisons and Roles sheets:
 * every Comparisons column (whose headers stay the machine names analysts filter on and
 * {@code comparisons.csv} uses) in plain words, with its formula, unit, the decimals it is rounded
 * to ({@link MetricPrecision}) and the input it comes from; the Roles columns that are not
 * self-explanatory; and the terms used throughout ("pp", empty cells).
 */
final class Definitions {

    static final String NAME = "Definitions";
    static final String COMPARISONS = "Comparisons";
    static final String ROLES = "Roles";
    static final String RELATED = "Related";
    static final String ALL = "(all)";

    private static final String ROLES_CSV = "roles.csv ";
    private static final String MONEY = "US dollars a year";
    private static final String PP = "pp (percentage points)";
    private static final String RATIO = "ratio (1 = equal)";
    private static final String SHARE_0_1 = "share from 0 to 1";

    private Definitions() {
    }

    /** The sheet's columns: all wrapped and aligned to the top, so a row's cells start on one line. */
    static List<Column<Definition>> columns() {
        return List.of(
                new Column<>("sheet", Format.WRAPPED, Definition::sheet),
                new Column<>("column", Format.WRAPPED, Definition::column),
                new Column<>("meaning", Format.WRAPPED, Definition::meaning),
                new Column<>("formula", Format.WRAPPED, Definition::formula),
                new Column<>("unit", Format.WRAPPED, Definition::unit),
                new Column<>("decimals", Format.WRAPPED, Definition::decimals),
                new Column<>("source", Format.WRAPPED, Definition::source));
    }

    /**
     * Every definition in sheet order: each Comparisons column in column order, the less obvious
     * Roles columns, the Related columns when the workbook has that sheet, then the terms.
     *
     * @throws IllegalStateException when a Comparisons column has no definition
     */
    static List<Definition> all(List<String> dimensions, boolean related) {
        List<Definition> all = new ArrayList<>(comparisons(dimensions).values());
        all.addAll(roles());
        if (related) {
            all.addAll(related());
        }
        all.addAll(terms());
        return all;
    }

    /** The one-line meaning of each Comparisons column, by header, for the header cells' comments. */
    static Map<String, String> comparisonNotes(List<String> dimensions) {
        Map<String, String> notes = new LinkedHashMap<>();
        comparisons(dimensions).forEach((header, definition) -> notes.put(header, definition.meaning()));
        return notes;
    }

    /** The one-line meaning of the Related columns that are not self-explanatory, by header. */
    static Map<String, String> relatedNotes() {
        Map<String, String> notes = new LinkedHashMap<>();
        related().forEach(definition -> notes.put(definition.column(), definition.meaning()));
        return notes;
    }

    /**
     * The Related columns that are not self-explanatory, for a workbook with a Related sheet: the
     * score above all, which nobody can look up elsewhere.
     */
    static List<Definition> related() {
        return List.of(
                new Definition(RELATED, "rank", "Place of the related role among the role's most related roles: 1 = the most"
                        + " related.", "order by score (highest first), ties by related_role_id", "rank", null, null),
                new Definition(RELATED, "score", "How alike the two roles are, from 0 (nothing in common) to 1 (the same"
                        + " skills, responsibilities, education and pay). The same either way round. Mostly skills, then"
                        + " responsibilities, then education; pay only tips the balance between otherwise alike roles.",
                        "(0.55 × skills + 0.30 × responsibilities + 0.15 × education) ÷ (sum of the weights of the parts known"
                                + " for both roles) × (0.8 + 0.2 × salary closeness); skills and responsibilities are cosine"
                                + " similarities of rarity-weighted vectors, salary closeness is 1 − |ln(R ÷ L average salary)|"
                                + " ÷ ln 3, at least 0", SHARE_0_1, 4, "skills.csv, responsibilities.csv, roles.csv common_degree,"
                                + " common_major, average_salary"),
                new Definition(RELATED, "shared_skills", "The skills both roles list (case and a plural s ignored), the"
                        + " weightiest first, as the role spells them; the reports name the first three.", null, "text", null,
                        "skills.csv skill"),
                new Definition(RELATED, "reason", "What the two roles have in common, in words: shared skills, words their"
                        + " responsibilities share, education, how far apart their salaries are.", null, "text", null, null));
    }

    /** The one-line meaning of the Roles columns that are not self-explanatory, by header. */
    static Map<String, String> roleNotes() {
        Map<String, String> notes = new LinkedHashMap<>();
        roles().forEach(definition -> notes.put(definition.column(), definition.meaning()));
        return notes;
    }

    /** A definition of every Comparisons column, by header, in column order. */
    private static Map<String, Definition> comparisons(List<String> dimensions) {
        Map<String, Definition> byHeader = new LinkedHashMap<>();
        for (Column<ComparisonRow> column : Columns.comparisons(dimensions)) {
            byHeader.put(column.header(), comparison(column.header()));
        }
        return byHeader;
    }

    private static Definition comparison(String header) {
        if (header.endsWith("_distance_pp")) {
            String dimension = header.substring(0, header.length() - "_distance_pp".length());
            return metric(header, "How differently the two roles' workers split by " + dimension
                            + ": 0 = the same split, 100 = no category in common.",
                    "½ × Σ |L share − R share| over the categories of either role (a category one role lacks counts as 0)",
                    PP, "distributions.csv share of dimension " + dimension);
        }
        return switch (header) {
            case "left_title", "right_title" -> text(header, "Name of the " + side(header)
                            + " role: its short title when roles.csv gives one, else its title.",
                    "short_title, else title", ROLES_CSV + "short_title, title");
            case "left_role_id", "right_role_id" -> text(header, "Id of the " + side(header)
                    + " role, as in comparisons.csv and roles.csv.", null, "comparisons.csv " + header);
            case "salary_diff" -> metric(header, "How much more a year the right role pays on average (negative: less).",
                    "R average_salary − L average_salary", MONEY, ROLES_CSV + "average_salary");
            case "salary_ratio" -> metric(header,
                    "The right role's average salary as a multiple of the left's: 1.25 = 25% more, 0.8 = 20% less.",
                    "R average_salary ÷ L average_salary", RATIO, ROLES_CSV + "average_salary");
            case "higher_paid" -> text(header, "Id of the role with the higher average salary, or \"equal\".",
                    "compare L and R average_salary", ROLES_CSV + "average_salary");
            case "hourly_diff" -> metric(header, "How much more an hour the right role pays (negative: less).",
                    "R hourly_rate − L hourly_rate", "US dollars an hour", ROLES_CSV + "hourly_rate");
            case "salary_range_overlap" -> metric(header,
                    "How much the two salary ranges overlap: 1 = one lies inside the other, 0 = they do not meet. "
                            + "Empty when a range's top is unknown (top-coded salaries).",
                    "length of the ranges' intersection ÷ length of the shorter range (1 when the shorter has length 0 "
                            + "and lies inside the other)", SHARE_0_1, ROLES_CSV + "salary_min, salary_max");
            case "growth_diff_pp" -> metric(header, "How much faster the right role's job count is projected to grow.",
                    "R growth_rate − L growth_rate", PP, ROLES_CSV + "growth_rate");
            case "job_count_ratio" -> metric(header, "The right role's number of jobs as a multiple of the left's.",
                    "R job_count ÷ L job_count (empty when L is 0)", RATIO, ROLES_CSV + "job_count");
            case "left_years_to_become", "right_years_to_become" -> text(header, "Years of education and training it takes to "
                    + "become the " + side(header) + " role, as a range such as 2-4.", null, ROLES_CSV + "years_to_become");
            case "longer_to_become" -> text(header,
                    "Id of the role that takes longer to become, by the middle of its years range, or \"equal\".",
                    "compare the midpoints of L and R years_to_become", ROLES_CSV + "years_to_become");
            case "experience_diff" -> metric(header, "How many more years of experience the right role's workers have on average.",
                    "R years_experience − L years_experience", "years", ROLES_CSV + "years_experience");
            case "age_diff" -> metric(header, "How many years older the right role's workers are on average.",
                    "R average_age − L average_age", "years", ROLES_CSV + "average_age");
            case "same_degree" -> same(header, "degree", "common_degree");
            case "same_major" -> same(header, "major", "common_major");
            case "same_college" -> same(header, "college", "common_college");
            case "female_share_diff_pp" -> metric(header, "How much larger the share of women is in the right role.",
                    "R female share − L female share", PP, "distributions.csv share of gender Female");
            case "lgbt_share_diff_pp" -> metric(header, "How much larger the share of LGBT workers is in the right role.",
                    "R lgbt_share − L lgbt_share", PP, ROLES_CSV + "lgbt_share");
            case "shared_skills" -> text(header, "The skills both roles list (ignoring case), in the left role's order.",
                    "skills in both L and R", "skills.csv skill");
            case "skill_jaccard" -> metric(header,
                    "Share of all skills listed for either role that both list: 1 = the same skills, 0 = none shared.",
                    "number of shared skills ÷ number of skills of either role", SHARE_0_1, "skills.csv skill");
            case "skill_weighted_overlap" -> metric(header,
                    "How much of both roles' work the shared skills make up. Empty when a shared skill's share is unknown.",
                    "Σ over shared skills of min(L share, R share)", "percent (0-100)", "skills.csv share");
            case "report" -> text(header, "Link to the pair's PDF report, next to this workbook.",
                    "pdf/LEFT-vs-RIGHT.pdf", "comparisons.csv left_role_id, right_role_id");
            case "page" -> text(header, "Link to the pair's web page, next to this workbook; empty when the run publishes no web pages.",
                    "html/compare/LEFT-vs-RIGHT.html", "comparisons.csv left_role_id, right_role_id");
            default -> throw new IllegalStateException("no definition of Comparisons column " + header);
        };
    }

    private static List<Definition> roles() {
        return List.of(
                role("short_title", "A shorter name for headings, when the official title is long; the Comparisons "
                        + "titles use it.", "text"),
                role("singular_title", "The singular noun the reports' sentences use, e.g. \"registered nurse\".", "text"),
                role("years_to_become", "Years of education and training it takes to become one, as a range.", "years"),
                role("hourly_rate", "Average pay an hour.", "US dollars an hour"),
                role("salary_min", "Low end of the salary range.", MONEY),
                role("salary_max", "High end of the salary range; empty when the source top-codes it (unknown).", MONEY),
                role("growth_rate", "Projected growth of the number of jobs, in percent.", "percent"),
                role("job_satisfaction", "Job satisfaction rating as the source gives it.", "rating"),
                role("common_degree_share", "Share of workers who hold the most common degree.", "percent (0-100)"),
                role("lgbt_share", "Share of workers who are LGBT.", "percent (0-100)"));
    }

    private static List<Definition> terms() {
        return List.of(
                new Definition(ALL, "pp", "Percentage points: the difference between two percentages. From 40% to 45% "
                        + "is +5 pp (an increase of 12.5%).", "R % − L %", PP, null, null),
                new Definition(ALL, "L, R", "The left and right role of a comparison, as comparisons.csv pairs them; "
                        + "differences are R − L, ratios R ÷ L.", null, null, null, "comparisons.csv"),
                new Definition(ALL, "(empty cell)", "Unknown: an input the value needs is missing. Never zero.",
                        null, null, null, null),
                new Definition(ALL, "decimals", "Numbers are rounded half up to this many decimals when computed, "
                        + "so comparisons.csv holds the same values; the sheet may show fewer.", null, null, null, null));
    }

    private static Definition metric(String header, String meaning, String formula, String unit, String source) {
        return new Definition(COMPARISONS, header, meaning, formula, unit, MetricPrecision.of(header), source);
    }

    private static Definition text(String header, String meaning, String formula, String source) {
        return new Definition(COMPARISONS, header, meaning, formula, "text", null, source);
    }

    private static Definition same(String header, String what, String input) {
        return new Definition(COMPARISONS, header, "Whether both roles' most common " + what
                + " is the same (ignoring case).", "L " + input + " = R " + input, "TRUE or FALSE", null,
                ROLES_CSV + input);
    }

    private static Definition role(String column, String meaning, String unit) {
        return new Definition(ROLES, column, meaning, null, unit, null, ROLES_CSV + column);
    }

    private static String side(String header) {
        return header.startsWith("left") ? "left" : "right";
    }
}
