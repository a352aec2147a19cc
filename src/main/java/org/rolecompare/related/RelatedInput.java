package org.rolecompare.related;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.rolecompare.compare.Role;
import org.rolecompare.compare.Skill;
import org.rolecompare.ingest.CsvFileReader;
import org.rolecompare.ingest.CsvRow;
import org.rolecompare.ingest.InputFile;
import org.rolecompare.validate.ResponsibilityRow;
import org.rolecompare.validate.RowValidators;
import org.rolecompare.validate.SkillRow;
import org.rolecompare.validate.ValidatedRow;

/**
 * Reads what related roles are found from straight from an input folder (roles.csv, skills.csv,
 * responsibilities.csv), for exploring the data without a run: each row goes through the same row
 * rules as in a run, and a row those reject is left out and counted, never silently. The run's
 * cross-file rules (duplicate ids, share sums) are not applied here; {@code role-compare validate}
 * names every finding.
 */
public final class RelatedInput {

    /** The roles read, and how many rows were left out (rejected, or of a role not accepted). */
    public record Read(List<RoleTraits> roles, long rejectedRows, long orphanRows) {
    }

    private RelatedInput() {
    }

    /** @throws org.rolecompare.ingest.InputFileException when a file is missing or unreadable (it names the file and line) */
    public static Read read(Path folder) {
        Map<String, Role> roles = new LinkedHashMap<>();
        long[] rejected = {0};
        Set<String> duplicates = new HashSet<>();
        each(folder, InputFile.ROLES, RowValidators::role, rejected, role -> {
            if (roles.putIfAbsent(role.id(), role) != null) {
                duplicates.add(role.id());
            }
        });
        duplicates.forEach(roles::remove);
        rejected[0] += duplicates.size();
        Map<String, List<Skill>> skills = new LinkedHashMap<>();
        Map<String, List<String>> duties = new LinkedHashMap<>();
        long[] orphans = {0};
        each(folder, InputFile.SKILLS, RowValidators::skill, rejected, (SkillRow s) -> {
            if (roles.containsKey(s.roleId())) {
                skills.computeIfAbsent(s.roleId(), k -> new ArrayList<>()).add(new Skill(s.skill(), s.share()));
            } else {
                orphans[0]++;
            }
        });
        each(folder, InputFile.RESPONSIBILITIES, RowValidators::responsibility, rejected, (ResponsibilityRow r) -> {
            if (roles.containsKey(r.roleId())) {
                duties.computeIfAbsent(r.roleId(), k -> new ArrayList<>()).add(r.text());
            } else {
                orphans[0]++;
            }
        });
        List<RoleTraits> traits = new ArrayList<>(roles.size());
        for (Role role : roles.values()) {
            traits.add(new RoleTraits(role.id(), skills.getOrDefault(role.id(), List.of()), duties.getOrDefault(role.id(), List.of()),
                    role.commonDegree(), role.commonMajor(), role.averageSalary()));
        }
        return new Read(traits, rejected[0], orphans[0]);
    }

    private interface Sink<T> {
        void accept(T value);
    }

    private static <T> void each(Path folder, InputFile file, Function<CsvRow, ValidatedRow<T>> rules, long[] rejected, Sink<T> sink) {
        try (CsvFileReader reader = CsvFileReader.open(folder, file)) {
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                ValidatedRow<T> checked = rules.apply(row);
                if (checked.rejected()) {
                    rejected[0]++;
                } else {
                    sink.accept(checked.value());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
