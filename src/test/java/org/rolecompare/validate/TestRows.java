package org.rolecompare.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rolecompare.compare.SeedProfiles;
import org.rolecompare.ingest.CsvHeader;
import org.rolecompare.ingest.CsvRow;
import org.rolecompare.ingest.InputFile;

/**
 * Builds {@link CsvRow}s for validator tests without touching the file system: the header is the
 * given columns in order, the row starts on the given physical line, and control characters are
 * removed from the values as reading a file does.
 */
final class TestRows {

    private TestRows() {
    }

    /** A row of {@code file} whose columns are the keys of {@code values}, in their order. */
    static CsvRow row(InputFile file, long line, Map<String, String> values) {
        List<String> names = new ArrayList<>(values.keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        return CsvRow.read(line, new ArrayList<>(values.values()), new CsvHeader(file, names, index, List.of()));
    }

    /** A row from alternating column names and values: {@code row(SKILLS, 2, "role_id", "clerk", "skill", "Filing")}. */
    static CsvRow row(InputFile file, long line, String... columnsAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            values.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row(file, line, values);
    }

    /**
     * Line 2 of the seed roles.csv (patient relations manager) with some values replaced, given as
     * alternating column names and values.
     */
    static CsvRow seedRole(String... overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("role_id", "patient-relations-manager");
        values.put("title", "Patient Relations Manager");
        values.put("description", SeedProfiles.patientRelationsManager().role().description());
        values.put("years_to_become", "2-4");
        values.put("average_salary", "43633");
        values.put("hourly_rate", "20.98");
        values.put("salary_min", "27000");
        values.put("salary_max", "68000");
        values.put("growth_rate", "-4");
        values.put("job_count", "77096");
        values.put("job_satisfaction", "-");
        values.put("common_degree", "Bachelor's Degree");
        values.put("common_degree_share", "50");
        values.put("common_major", "Business");
        values.put("common_college", "University of Pennsylvania");
        values.put("average_age", "40");
        values.put("years_experience", "4");
        values.put("lgbt_share", "7");
        values.put("highest_paying_city", "-");
        values.put("highest_paying_state", "-");
        values.put("best_paying_company", "-");
        values.put("best_paying_industry", "-");
        for (int i = 0; i < overrides.length; i += 2) {
            if (!values.containsKey(overrides[i])) {
                throw new IllegalArgumentException("not a roles.csv column: " + overrides[i]);
            }
            values.put(overrides[i], overrides[i + 1]);
        }
        return row(InputFile.ROLES, 2, values);
    }
}
