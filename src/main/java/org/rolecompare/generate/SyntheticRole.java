package org.rolecompare.generate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * One generated role with the rows it contributes to roles.csv, distributions.csv, skills.csv and
 * responsibilities.csv, all as the text written to the files. It is derived from the seed and the
 * role's number alone (its own {@link Random}), so the same arguments always give the same role,
 * whatever the other roles are.
 */
record SyntheticRole(String id, List<String> rolesRow, List<List<String>> distributionRows,
                     List<List<String>> skillRows, List<List<String>> responsibilityRows) {

    static final List<String> ROLES_HEADER = List.of("role_id", "title", "description", "years_to_become",
            "average_salary", "hourly_rate", "salary_min", "salary_max", "growth_rate", "job_count", "job_satisfaction",
            "common_degree", "common_degree_share", "common_major", "common_college", "average_age", "years_experience",
            "lgbt_share", "highest_paying_city", "highest_paying_state", "best_paying_company", "best_paying_industry");
    static final int SKILLS_PER_ROLE = 6;
    static final int RESPONSIBILITIES_PER_ROLE = 6;
    private static final String UNKNOWN = "-";
    private static final int TENTHS_IN_100 = 1000;

    private static final long FAMILY_SALT = 0x2545F4914F6CDD1DL;
    private static final int FAMILY_POOL = 8;
    private static final int FAMILY_SKILLS_PER_ROLE = 5;
    private static final int FAMILY_EDUCATION_PERCENT = 70;

    static SyntheticRole create(long seed, int index, Defect defect) {
        return create(seed, index, defect, -1);
    }

    /**
     * @param family the role's family (0, 1, ...), or -1 for an independent role: a family is derived
     *               from the seed and its number alone, so its roles agree whatever else is generated
     */
    static SyntheticRole create(long seed, int index, Defect defect, int family) {
        Random random = new Random(Permutation.mix(seed ^ Permutation.mix(index + 1L)));
        Family kin = family < 0 ? null : Family.of(seed, family);
        String field = kin == null ? pick(random, Vocabulary.FIELDS) : kin.field();
        String function = pick(random, Vocabulary.FUNCTIONS);
        String title = title(random, field, function);
        String id = slug(title) + "-" + (index + 1);
        if (defect == Defect.UPPERCASE_ROLE_ID) {
            id = id.toUpperCase(Locale.ROOT);
        }
        List<String> row = rolesRow(random, id, title, field, defect);
        if (kin != null) {
            row = kin.educate(random, row);
            return new SyntheticRole(id, row, distributions(random, id), kin.skills(random, id), kin.responsibilities(random, id));
        }
        return new SyntheticRole(id, row, distributions(random, id), skills(random, id),
                responsibilities(random, id, field));
    }

    /**
     * What the roles of one family share: a field, a pool of {@value #FAMILY_POOL} skills (two-word
     * phrases such as "Claims Auditing") of which each role lists {@value #FAMILY_SKILLS_PER_ROLE}, the
     * subjects of their responsibilities, and most often ({@value #FAMILY_EDUCATION_PERCENT}%) a degree
     * and a major. Each role also lists one skill common to all families, as real roles list
     * "Customer Service" whatever they do.
     */
    private record Family(String field, List<String> pool, String degree, String major) {

        static Family of(long seed, int family) {
            Random random = new Random(Permutation.mix(seed ^ FAMILY_SALT ^ Permutation.mix(family + 1L)));
            String field = pick(random, Vocabulary.FIELDS);
            int phrases = Vocabulary.SKILL_DOMAINS.size() * Vocabulary.SKILL_ACTIVITIES.size();
            List<String> pool = new ArrayList<>();
            for (int phrase : distinct(random, phrases, FAMILY_POOL)) {
                pool.add(Vocabulary.SKILL_DOMAINS.get(phrase / Vocabulary.SKILL_ACTIVITIES.size()) + " "
                        + Vocabulary.SKILL_ACTIVITIES.get(phrase % Vocabulary.SKILL_ACTIVITIES.size()));
            }
            return new Family(field, pool, pick(random, Vocabulary.DEGREES), pick(random, Vocabulary.MAJORS));
        }

        /** The roles.csv row with the family's degree and major, most of the time. */
        List<String> educate(Random random, List<String> row) {
            if (random.nextInt(100) >= FAMILY_EDUCATION_PERCENT) {
                return row;
            }
            List<String> educated = new ArrayList<>(row);
            educated.set(ROLES_HEADER.indexOf("common_degree"), degree);
            educated.set(ROLES_HEADER.indexOf("common_major"), major);
            return List.copyOf(educated);
        }

        List<List<String>> skills(Random random, String id) {
            int[] chosen = distinct(random, pool.size(), FAMILY_SKILLS_PER_ROLE);
            int[] shares = split(random, FAMILY_SKILLS_PER_ROLE + 1, 300 + random.nextInt(TENTHS_IN_100 - 300 + 1));
            Arrays.sort(shares);
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < FAMILY_SKILLS_PER_ROLE; i++) {
                rows.add(List.of(id, pool.get(chosen[i]), tenths(shares[FAMILY_SKILLS_PER_ROLE - i])));
            }
            rows.add(List.of(id, pick(random, Vocabulary.SKILLS), tenths(shares[0])));
            return rows;
        }

        List<List<String>> responsibilities(Random random, String id) {
            int[] chosen = distinct(random, Vocabulary.RESPONSIBILITIES.size(), RESPONSIBILITIES_PER_ROLE);
            List<List<String>> rows = new ArrayList<>();
            for (int i : chosen) {
                String subject = pool.get(random.nextInt(pool.size())).toLowerCase(Locale.ROOT);
                rows.add(List.of(id, String.format(Locale.ROOT, Vocabulary.RESPONSIBILITIES.get(i), subject)));
            }
            return rows;
        }
    }

    private static String title(Random random, String field, String function) {
        if (random.nextInt(40) == 0) {
            return "Señor Niño " + function + " — " + pick(random, Vocabulary.ACCENTED_CITIES);
        }
        String seniority = pick(random, Vocabulary.SENIORITY);
        return (seniority.isEmpty() ? "" : seniority + " ") + field + " " + function;
    }

    /** An ASCII slug of the title: accents dropped, runs of other characters turned into one dash. */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static List<String> rolesRow(Random random, String id, String title, String field, Defect defect) {
        int min = 28_000 + 100 * random.nextInt(900);
        int max = min + 10_000 + 100 * random.nextInt(700);
        int average = min + random.nextInt(max - min + 1);
        if (defect == Defect.SALARY_OUTSIDE_RANGE) {
            average = max + 1_000 + random.nextInt(9_000);
        }
        String averageText = defect == Defect.NON_NUMERIC_SALARY ? "about " + average / 1000 + "k" : money(random, average);
        String hourly = String.format(Locale.ROOT, "%.2f", Math.round(average * 100.0 / 2080) / 100.0);
        int fromYears = random.nextInt(6);
        int toYears = fromYears + random.nextInt(5);
        String years = fromYears == toYears ? Integer.toString(fromYears) : fromYears + "-" + toYears;
        if (defect == Defect.REVERSED_YEARS) {
            years = (fromYears + 1 + random.nextInt(5)) + "-" + fromYears;
        }
        String growth = (random.nextInt(41) - 10) + (random.nextBoolean() ? "%" : "");
        String jobs = String.format(Locale.US, "%,d", 500 + random.nextInt(400_000));
        String satisfaction = random.nextInt(3) == 0 ? tenths(25 + random.nextInt(24)) : UNKNOWN;
        String degreeShare = defect == Defect.SHARE_ABOVE_100 ? tenths(1_005 + random.nextInt(400))
                : tenths(200 + random.nextInt(600));
        String description = "Plans, runs and reviews day-to-day " + field.toLowerCase(Locale.ROOT)
                + " work; the " + title + " reports to the head of " + field.toLowerCase(Locale.ROOT) + ".";
        return List.of(id, title, description, years, averageText, hourly, money(random, min), money(random, max),
                growth, jobs, satisfaction, pick(random, Vocabulary.DEGREES), degreeShare,
                pick(random, Vocabulary.MAJORS), pick(random, Vocabulary.COLLEGES), tenths(250 + random.nextInt(301)),
                Integer.toString(1 + random.nextInt(20)), tenths(20 + random.nextInt(100)),
                sometimes(random, Vocabulary.CITIES), sometimes(random, Vocabulary.STATES),
                sometimes(random, Vocabulary.COMPANIES), sometimes(random, Vocabulary.INDUSTRIES));
    }

    /** Money in one of the spellings the input format accepts: 43633, 43,633, $43,633 or 43633.00. */
    private static String money(Random random, int amount) {
        return switch (random.nextInt(4)) {
            case 0 -> Integer.toString(amount);
            case 1 -> String.format(Locale.US, "%,d", amount);
            case 2 -> String.format(Locale.US, "$%,d", amount);
            default -> amount + ".00";
        };
    }

    private static List<List<String>> distributions(Random random, String id) {
        List<List<String>> rows = new ArrayList<>();
        addBreakdown(rows, id, "gender", Vocabulary.GENDERS, split(random, Vocabulary.GENDERS.size(), TENTHS_IN_100));
        addBreakdown(rows, id, "race", Vocabulary.RACES, split(random, Vocabulary.RACES.size(), TENTHS_IN_100));
        return rows;
    }

    private static void addBreakdown(List<List<String>> rows, String id, String dimension, List<String> categories,
                                     int[] shares) {
        for (int i = 0; i < categories.size(); i++) {
            rows.add(List.of(id, dimension, categories.get(i), tenths(shares[i])));
        }
    }

    /**
     * Splits {@code total} tenths into {@code parts} random non-negative parts; the last part takes
     * the remainder, so the parts add up to exactly the total.
     */
    static int[] split(Random random, int parts, int total) {
        double[] weights = new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) {
            weights[i] = 0.05 + random.nextDouble();
            sum += weights[i];
        }
        int[] shares = new int[parts];
        int used = 0;
        for (int i = 0; i < parts - 1; i++) {
            shares[i] = (int) Math.floor(total * weights[i] / sum);
            used += shares[i];
        }
        shares[parts - 1] = total - used;
        return shares;
    }

    private static List<List<String>> skills(Random random, String id) {
        int[] chosen = distinct(random, Vocabulary.SKILLS.size(), SKILLS_PER_ROLE);
        int[] shares = split(random, SKILLS_PER_ROLE, 300 + random.nextInt(TENTHS_IN_100 - 300 + 1));
        Arrays.sort(shares);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < SKILLS_PER_ROLE; i++) {
            rows.add(List.of(id, Vocabulary.SKILLS.get(chosen[i]), tenths(shares[SKILLS_PER_ROLE - 1 - i])));
        }
        return rows;
    }

    private static List<List<String>> responsibilities(Random random, String id, String field) {
        int[] chosen = distinct(random, Vocabulary.RESPONSIBILITIES.size(), RESPONSIBILITIES_PER_ROLE);
        List<List<String>> rows = new ArrayList<>();
        for (int i : chosen) {
            rows.add(List.of(id, String.format(Locale.ROOT, Vocabulary.RESPONSIBILITIES.get(i), field.toLowerCase(Locale.ROOT))));
        }
        return rows;
    }

    /** {@code count} distinct indexes below {@code size}, in random order (a partial Fisher–Yates shuffle). */
    private static int[] distinct(Random random, int size, int count) {
        int[] all = new int[size];
        for (int i = 0; i < size; i++) {
            all[i] = i;
        }
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(size - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        return Arrays.copyOf(all, count);
    }

    private static String tenths(int tenths) {
        return (tenths / 10) + "." + (tenths % 10);
    }

    private static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    private static String sometimes(Random random, List<String> words) {
        return random.nextInt(3) == 0 ? pick(random, words) : UNKNOWN;
    }
}
