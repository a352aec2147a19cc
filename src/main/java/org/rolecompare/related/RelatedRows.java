package org.rolecompare.related;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** related.csv's columns and how one {@link RelatedRole} is written in them: the score to 4 decimals, skills joined by "; ". */
public final class RelatedRows {

    public static final List<String> HEADER = List.of("role_id", "related_role_id", "rank", "score", "shared_skills", "reason");

    private RelatedRows() {
    }

    public static List<Object> row(RelatedRole r) {
        return List.of(r.roleId(), r.relatedRoleId(), r.rank(), score(r.score()), String.join("; ", r.sharedSkills()), r.reason());
    }

    /** A score as it is printed: 0.7123. */
    public static String score(double score) {
        return String.format(Locale.ROOT, "%.4f", score);
    }

    /** Prints the header and the rows as CSV. */
    public static void print(List<RelatedRole> related, Appendable out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get());
            for (RelatedRole r : related) {
                printer.printRecord(row(r));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
