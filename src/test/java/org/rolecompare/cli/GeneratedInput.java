package org.rolecompare.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a small valid input with many comparisons, for tests that need a report step long enough
 * to interrupt: {@code roles} roles with breakdowns and skills, and the first {@code comparisons}
 * pairs of them.
 */
final class GeneratedInput {

    private GeneratedInput() {
    }

    static void write(Path dir, int roles, int comparisons) throws IOException {
        Files.createDirectories(dir);
        StringBuilder r = new StringBuilder("role_id,title,years_to_become,average_salary,hourly_rate,salary_min,salary_max,growth_rate,job_count\n");
        StringBuilder d = new StringBuilder("role_id,dimension,category,share\n");
        StringBuilder s = new StringBuilder("role_id,skill,share\n");
        for (int i = 0; i < roles; i++) {
            int salary = 40_000 + 1_000 * i;
            r.append(String.format(Locale.ROOT, "role-%d,Analyst %d,%d-%d,%d,%.2f,%d,%d,%d,%d%n", i, i, i % 5, i % 5 + 2, salary,
                    salary / 2080.0, salary - 10_000, salary + 20_000, i % 9 - 2, 1_000 + 37 * i));
            d.append(String.format(Locale.ROOT, "role-%d,gender,Female,%d%nrole-%d,gender,Male,%d%n", i, 40 + i % 20, i, 60 - i % 20));
            for (int k = 0; k < 3; k++) {
                s.append(String.format(Locale.ROOT, "role-%d,Skill %d,%d%n", i, (i + k) % 7, 10 + k));
            }
        }
        StringBuilder c = new StringBuilder("left_role_id,right_role_id\n");
        int written = 0;
        for (int a = 0; a < roles && written < comparisons; a++) {
            for (int b = a + 1; b < roles && written < comparisons; b++) {
                c.append("role-").append(a).append(",role-").append(b).append('\n');
                written++;
            }
        }
        Files.writeString(dir.resolve("roles.csv"), r, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("distributions.csv"), d, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("skills.csv"), s, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("responsibilities.csv"), "role_id,responsibility\nrole-0,Analyses things.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("comparisons.csv"), c, StandardCharsets.UTF_8);
    }
}
