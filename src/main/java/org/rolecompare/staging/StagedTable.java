package org.rolecompare.staging;

import org.rolecompare.ingest.InputFile;

/**
 * The staging table of each input file, with the complete statements that differ only by table:
 * written out in full rather than pieced together from a table name, so every statement the store
 * runs can be read (and searched for) as it is.
 */
enum StagedTable {

    ROLES(InputFile.ROLES,
            "SELECT COUNT(*), COUNT(CASE WHEN rejected THEN 1 END) FROM rc_role WHERE k BETWEEN ? AND ?",
            "SELECT c.line, " + Sql.OWN_REASONS + ", c.role_id, " + Sql.FIRST_ERROR_OF_ROW
                    + " FROM rc_role c WHERE c.k BETWEEN ? AND ? AND c.rejected ORDER BY c.k"),
    DISTRIBUTIONS(InputFile.DISTRIBUTIONS,
            "SELECT COUNT(*), COUNT(CASE WHEN rejected THEN 1 END) FROM rc_distribution WHERE k BETWEEN ? AND ?",
            "SELECT c.line, " + Sql.OWN_REASONS + ", c.role_id, " + Sql.FIRST_ERROR_OF_ROW
                    + " FROM rc_distribution c WHERE c.k BETWEEN ? AND ? AND c.rejected ORDER BY c.k"),
    SKILLS(InputFile.SKILLS,
            "SELECT COUNT(*), COUNT(CASE WHEN rejected THEN 1 END) FROM rc_skill WHERE k BETWEEN ? AND ?",
            "SELECT c.line, " + Sql.OWN_REASONS + ", c.role_id, " + Sql.FIRST_ERROR_OF_ROW
                    + " FROM rc_skill c WHERE c.k BETWEEN ? AND ? AND c.rejected ORDER BY c.k"),
    RESPONSIBILITIES(InputFile.RESPONSIBILITIES,
            "SELECT COUNT(*), COUNT(CASE WHEN rejected THEN 1 END) FROM rc_responsibility WHERE k BETWEEN ? AND ?",
            "SELECT c.line, " + Sql.OWN_REASONS + ", c.role_id, " + Sql.FIRST_ERROR_OF_ROW
                    + " FROM rc_responsibility c WHERE c.k BETWEEN ? AND ? AND c.rejected ORDER BY c.k"),
    COMPARISONS(InputFile.COMPARISONS,
            "SELECT COUNT(*), COUNT(CASE WHEN status <> 'ACCEPTED' THEN 1 END) FROM rc_comparison WHERE k BETWEEN ? AND ?",
            "SELECT c.line, " + Sql.OWN_REASONS + ", NULL, NULL"
                    + " FROM rc_comparison c WHERE c.k BETWEEN ? AND ? AND c.status <> 'ACCEPTED' ORDER BY c.k");

    private final InputFile file;
    /** Rows read and rejected; parameters: the run's first and last key ({@link StagingKey}). */
    final String count;
    /**
     * Each rejected line: its line, its own findings joined, its role id and the first error of that
     * role; parameters: the file name, the run's first and last key.
     */
    final String rejectedLines;

    StagedTable(InputFile file, String count, String rejectedLines) {
        this.file = file;
        this.count = count;
        this.rejectedLines = rejectedLines;
    }

    static StagedTable of(InputFile file) {
        for (StagedTable table : values()) {
            if (table.file == file) {
                return table;
            }
        }
        throw new IllegalArgumentException("no staging table for " + file);
    }

    /** Fragments the statements above share; each is a compile-time constant. */
    static final class Sql {

        /** Findings and rejected rows are listed in the order of the input format. */
        static final String FINDING_ORDER = "CASE f.file WHEN 'roles.csv' THEN 1 WHEN 'distributions.csv' THEN 2"
                + " WHEN 'skills.csv' THEN 3 WHEN 'responsibilities.csv' THEN 4 ELSE 5 END";

        /** The findings of row {@code c} itself, joined; parameter: the file name. */
        static final String OWN_REASONS = "(SELECT STRING_AGG(f.rule || ': ' || f.message, ' | ' ORDER BY f.col, f.rule)"
                + " FROM rc_finding f WHERE f.run_id = c.run_id AND f.file = ? AND f.line = c.line)";

        /** The first error that rejected the role of row {@code c}, as "FILE line N: message". */
        static final String FIRST_ERROR_OF_ROW = "(SELECT f.file || ' line ' || f.line || ': ' || f.message FROM rc_finding f"
                + " WHERE f.run_id = c.run_id AND f.role_id = c.role_id AND f.severity = 'error' AND f.file <> 'comparisons.csv'"
                + " ORDER BY " + FINDING_ORDER + ", f.line FETCH FIRST 1 ROWS ONLY)";

        /** The first error that rejected a role, as "FILE line N: message"; parameters: the run id, the role id. */
        static final String FIRST_ERROR_OF_ROLE = "SELECT (SELECT f.file || ' line ' || f.line || ': ' || f.message FROM rc_finding f"
                + " WHERE f.run_id = ? AND f.role_id = ? AND f.severity = 'error' AND f.file <> 'comparisons.csv'"
                + " ORDER BY " + FINDING_ORDER + ", f.line FETCH FIRST 1 ROWS ONLY)";

        private Sql() {
        }
    }
}
