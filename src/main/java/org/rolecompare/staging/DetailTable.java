package org.rolecompare.staging;

import org.rolecompare.ingest.InputFile;

/**
 * The tables whose rows belong to a role of roles.csv, with the complete statements of the
 * cross-file check that differ only by table.
 */
enum DetailTable {

    DISTRIBUTIONS(InputFile.DISTRIBUTIONS,
            "SELECT line, role_id, rejected, LOWER(dimension), FALSE FROM rc_distribution WHERE run_id = ? AND line > ?"
                    + " ORDER BY run_id, line FETCH FIRST ? ROWS ONLY",
            "UPDATE rc_distribution SET rejected = TRUE WHERE run_id = ? AND line = ?"),
    SKILLS(InputFile.SKILLS,
            "SELECT line, role_id, rejected, NULL, share IS NULL FROM rc_skill WHERE run_id = ? AND line > ?"
                    + " ORDER BY run_id, line FETCH FIRST ? ROWS ONLY",
            "UPDATE rc_skill SET rejected = TRUE WHERE run_id = ? AND line = ?"),
    RESPONSIBILITIES(InputFile.RESPONSIBILITIES,
            "SELECT line, role_id, rejected, NULL, FALSE FROM rc_responsibility WHERE run_id = ? AND line > ?"
                    + " ORDER BY run_id, line FETCH FIRST ? ROWS ONLY",
            "UPDATE rc_responsibility SET rejected = TRUE WHERE run_id = ? AND line = ?");

    final InputFile file;
    /**
     * A page of the rows, for {@link Pages}: line, role id, rejected by its own rules, the dimension
     * in lower case (breakdowns, else null) and whether the share is unknown (skills, else false).
     */
    final String rows;
    /** Rejects one line; parameters: the run id, the line. */
    final String rejectLine;

    DetailTable(InputFile file, String rows, String rejectLine) {
        this.file = file;
        this.rows = rows;
        this.rejectLine = rejectLine;
    }
}
