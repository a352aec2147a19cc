package org.rolecompare.report.xlsx;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.rolecompare.changes.RoleChange;
import org.rolecompare.compare.Role;
import org.rolecompare.files.RunFacts;
import org.rolecompare.validate.Finding;

/**
 * Everything the analysts' workbook shows, handed over through callbacks.
 *
 * <p>Callbacks instead of lists so that a run with a million comparisons streams them straight into
 * the workbook without ever holding them in memory. Each callback is called once, in sheet order.
 */
public interface WorkbookSource {

    /** The run's numbers, shown on the Summary sheet. */
    RunFacts facts();

    /** Demographic dimensions that get a {@code <dimension>_distance_pp} column, in column order. */
    List<String> dimensions();

    /** Every comparison written, in report order. */
    void comparisons(Consumer<ComparisonRow> sink);

    /**
     * The run date of the previous completed run of the same job that {@link #changes} compares
     * against, or empty when there is none. The default has none, so sources that know nothing of
     * earlier runs need not change.
     */
    default Optional<LocalDate> previousRunDate() {
        return Optional.empty();
    }

    /**
     * Every change since the previous completed run: roles added and removed first, then changed
     * values, already in report order. Only called when {@link #previousRunDate()} is present.
     */
    default void changes(Consumer<RoleChange> sink) {
    }

    /**
     * Whether the run found related roles (its pairs come from them too): then the workbook has a
     * Related sheet, even when none was found. The default finds none, so other sources need not change.
     */
    default boolean findsRelated() {
        return false;
    }

    /** Every related role found, by role id then rank. Only called when {@link #findsRelated()}. */
    default void related(Consumer<RelatedEntry> sink) {
    }

    /** Every accepted role. */
    void roles(Consumer<Role> sink);

    /** Every skill of every accepted role, in {@code skills.csv} order. */
    void skills(Consumer<SkillEntry> sink);

    /** Every breakdown category of every accepted role, in {@code distributions.csv} order. */
    void demographics(Consumer<DemographicEntry> sink);

    /** Every finding, ordered by file, then line. */
    void findings(Consumer<Finding> sink);

    /** Streams every rejected input row, ordered by file and line; none by default. */
    default void rejectedRows(Consumer<RejectedRow> sink) {
    }
}
