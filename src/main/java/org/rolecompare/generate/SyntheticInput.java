package org.rolecompare.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rolecompare.ingest.InputFile;

/**
 * Writes a synthetic input folder in the format of {@code docs/input-format.md}, for benchmarks and
 * tests that need more data than the seed: {@code roles} realistic roles, {@code comparisons}
 * distinct pairs of them, and optionally a share of roles with one known defect each, listed in
 * {@code defects.csv} (file, line, rule, role_id) so a test can check that validation finds them.
 * With a family size, roles come in families sharing skills, responsibilities, field and education
 * (families.csv says which role is in which), for testing that related roles are found.
 * The same settings always give byte-identical files. Rows are streamed: only the role ids are kept
 * in memory, so a million comparisons of 20,000 roles need a few megabytes of heap.
 */
public final class SyntheticInput {

    /** The name of the file listing the injected defects, next to the five input files. */
    public static final String DEFECTS_FILE = "defects.csv";

    /** The name of the file giving each role's family (only with families), next to the five input files. */
    public static final String FAMILIES_FILE = "families.csv";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    private static final long DEFECT_SALT = 0x5DEECE66DL;

    /**
     * What to generate.
     *
     * @param roles       how many roles (at least 2)
     * @param comparisons how many distinct pairs, at most roles × (roles − 1) / 2
     * @param seed        the seed every value is derived from
     * @param defects     the share of roles (0 to 1) that get one defect each
     * @param familySize  0 for independent roles; else roles come in families of this many (the last
     *                    one may be smaller) that share a pool of skills, responsibilities, field and
     *                    education, listed in families.csv, so that related roles can be tested
     */
    public record Settings(int roles, long comparisons, long seed, double defects, int familySize) {

        public Settings(int roles, long comparisons, long seed, double defects) {
            this(roles, comparisons, seed, defects, 0);
        }

        public Settings {
            if (roles < 2) {
                throw new IllegalArgumentException("--roles must be at least 2, was " + roles);
            }
            if (familySize < 0 || familySize == 1) {
                throw new IllegalArgumentException("--family-size must be 0 (no families) or at least 2, was " + familySize);
            }
            if (defects < 0 || defects > 1 || Double.isNaN(defects)) {
                throw new IllegalArgumentException("--defects must be a share from 0 to 1, was " + defects);
            }
            long possible = PairSequence.possiblePairs(roles);
            if (comparisons < 0 || comparisons > possible) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "--comparisons must be from 0 to %d for %d roles (each pair once, no role with itself), was %d",
                        possible, roles, comparisons));
            }
        }

        /** How many roles get a defect. */
        public int defectiveRoles() {
            return (int) Math.round(defects * roles);
        }
    }

    /** What was written. */
    public record Summary(int roles, long comparisons, int defects, long rows) {
    }

    private SyntheticInput() {
    }

    public static Summary write(Settings settings, Path dir) throws IOException {
        Files.createDirectories(dir);
        String[] ids = new String[settings.roles()];
        Permutation defectOrder = new Permutation(settings.roles(), settings.seed() ^ DEFECT_SALT);
        int defective = settings.defectiveRoles();
        long rows = 0;
        try (CSVPrinter roles = open(dir, InputFile.ROLES, SyntheticRole.ROLES_HEADER);
             CSVPrinter distributions = open(dir, InputFile.DISTRIBUTIONS, InputFile.DISTRIBUTIONS.columns());
             CSVPrinter skills = open(dir, InputFile.SKILLS, InputFile.SKILLS.columns());
             CSVPrinter responsibilities = open(dir, InputFile.RESPONSIBILITIES, InputFile.RESPONSIBILITIES.columns());
             CSVPrinter defects = printer(dir.resolve(DEFECTS_FILE), List.of("file", "line", "rule", "role_id"));
             CSVPrinter families = settings.familySize() == 0 ? null
                     : printer(dir.resolve(FAMILIES_FILE), List.of("role_id", "family"))) {
            for (int i = 0; i < settings.roles(); i++) {
                long rank = defectOrder.apply(i);
                Defect defect = rank < defective ? Defect.values()[(int) (rank % Defect.values().length)] : null;
                int family = settings.familySize() == 0 ? -1 : i / settings.familySize();
                SyntheticRole role = SyntheticRole.create(settings.seed(), i, defect, family);
                if (families != null) {
                    families.printRecord(role.id(), family + 1);
                }
                ids[i] = role.id();
                roles.printRecord(role.rolesRow());
                distributions.printRecords(role.distributionRows());
                skills.printRecords(role.skillRows());
                responsibilities.printRecords(role.responsibilityRows());
                rows += 1 + role.distributionRows().size() + role.skillRows().size() + role.responsibilityRows().size();
                if (defect != null) {
                    defects.printRecord(InputFile.ROLES.fileName(), i + 2, defect.rule(), role.id());
                }
            }
        }
        PairSequence pairs = new PairSequence(settings.roles(), settings.comparisons(), settings.seed());
        try (CSVPrinter comparisons = open(dir, InputFile.COMPARISONS, InputFile.COMPARISONS.columns())) {
            for (long n = 0; n < pairs.count(); n++) {
                int[] pair = pairs.pair(n);
                comparisons.printRecord(ids[pair[0]], ids[pair[1]]);
            }
        }
        return new Summary(settings.roles(), settings.comparisons(), defective, rows + settings.comparisons());
    }

    private static CSVPrinter open(Path dir, InputFile file, List<String> header) throws IOException {
        return printer(dir.resolve(file.fileName()), header);
    }

    private static CSVPrinter printer(Path file, List<String> header) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(header);
        return printer;
    }
}
