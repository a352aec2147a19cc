package org.rolecompare.related;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * related.csv's columns and how one {@link RelatedRole} is written in them: the score to 4 decimals,
 * skills joined by "; ". The caller passes what makes text safe to open in a spreadsheet (this
 * package writes no files of its own).
 */
public final class RelatedRows {

    public static final List<String> HEADER = List.of("role_id", "related_role_id", "rank", "score", "shared_skills", "reason");

    private RelatedRows() {
    }

    /** The row of {@code r}, each text value (ids, skills, reason) passed through {@code text}. */
    public static List<Object> row(RelatedRole r, UnaryOperator<String> text) {
        return List.of(text.apply(r.roleId()), text.apply(r.relatedRoleId()), r.rank(), score(r.score()),
                text.apply(String.join("; ", r.sharedSkills())), text.apply(r.reason()));
    }

    /** A score as it is printed: 0.7123. */
    public static String score(double score) {
        return String.format(Locale.ROOT, "%.4f", score);
    }

    /** Prints the header and the rows as CSV, text passed through {@code text}. */
    public static void print(List<RelatedRole> related, Appendable out, UnaryOperator<String> text) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get());
            for (RelatedRole r : related) {
                printer.printRecord(row(r, text));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
