package org.rolecompare.staging;

import org.rolecompare.ingest.InputFile;

/**
 * The tables whose rows belong to a role of roles.csv, with the complete statements of the
 * cross-file check that differ only by table.
 */
enum DetailTable {

    DISTRIBUTIONS(InputFile.DISTRIBUTIONS,
            "SELECT line, role_id, rejected, dimension, LOWER(dimension), share FROM rc_distribution WHERE k BETWEEN ? AND ?"
                    + " ORDER BY k FETCH FIRST ? ROWS ONLY",
            "SELECT line, role_id FROM rc_distribution WHERE k BETWEEN ? AND ? AND NOT rejected"
                    + " ORDER BY k FETCH FIRST ? ROWS ONLY",
            "UPDATE rc_distribution SET rejected = TRUE WHERE k = ?"),
    SKILLS(InputFile.SKILLS,
            "SELECT line, role_id, rejected, NULL, NULL, share FROM rc_skill WHERE k BETWEEN ? AND ?"
                    + " ORDER BY k FETCH FIRST ? ROWS ONLY",
            "SELECT line, role_id FROM rc_skill WHERE k BETWEEN ? AND ? AND NOT rejected"
                    + " ORDER BY k FETCH FIRST ? ROWS ONLY",
            "UPDATE rc_skill SET rejected = TRUE WHERE k = ?"),
    RESPONSIBILITIES(InputFile.RESPONSIBILITIES,
            "SELECT line, role_id, rejected, NULL, NULL, NULL FROM rc_responsibility WHERE k BETWEEN ? AND ?"
                    + " ORDER BY k FETCH FIRST ? ROWS ONLY",
            "SELECT line, role_id FROM rc_responsibility WHERE k BETWEEN ? AND ? AND NOT rejected"
                    + " ORDER BY k FETCH FIRST ? ROWS ONLY",
            "UPDATE rc_responsibility SET rejected = TRUE WHERE k = ?");

    final InputFile file;
    /**
     * A page of the rows, for {@link Pages}: line, role id, rejected by its own rules, the dimension
     * as spelled and in lower case (breakdowns, else null) and the share (else null).
     */
    final String rows;
    /** A page of the accepted rows (line, role id), for {@link Pages}. */
    final String acceptedRows;
    /** Rejects one line; parameter: its key ({@link StagingKey}). */
    final String rejectLine;

    DetailTable(InputFile file, String rows, String acceptedRows, String rejectLine) {
        this.file = file;
        this.rows = rows;
        this.acceptedRows = acceptedRows;
        this.rejectLine = rejectLine;
    }
}
