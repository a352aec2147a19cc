package org.rolecompare.validate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.rolecompare.ingest.InputFile;

/**
 * Settles which roles and rows the cross-file rules reject: a role id listed twice, a row naming
 * no role of roles.csv, and a role with an error in any of its files, which takes all its rows
 * with it. The rows are streamed in, file by file in line order, and the decisions come back as
 * plain values for the store to apply; nothing here knows about the database.
 *
 * <p>In order: every roles.csv row with a role id ({@link #role}), then the accepted rows of the
 * other role files ({@link #detailRow}), then {@link #settle} with the roles that have an error;
 * then, only for a file with rows of a role not accepted ({@link #rowsOfRolesNotAccepted}), its
 * accepted rows again ({@link #rowOfRoleNotAccepted}), so that the store rejects by line
 * ({@link #detailLinesToReject}) and the staging tables need no index by role while they are
 * loaded and checked; last {@link #comparisons} to check comparisons.csv against the settled roles.
 */
public final class RoleSettlement {

    /**
     * What {@link #settle} decided: the accepted roles to reject now, with their roles.csv lines,
     * and every role id not accepted.
     */
    public record Settlement(List<String> rolesToReject, List<Long> roleLinesToReject, List<String> rolesNotAccepted) {
    }

    /**
     * Every role id read, numbered 0, 1, … in the order first read, and the ids by number: the one
     * copy of each id the settlement keeps ({@link #id}). A role id's lines are found in {@link #rows}
     * when needed, which only ids listed twice and rejected roles need: one list of lines per role
     * cost the cross-check of 150,000 roles tens of megabytes of a small heap.
     */
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    /** By number: the role ids listed more than once. */
    private final BitSet listedTwice = new BitSet();
    private final List<RoleLine> rows = new ArrayList<>();
    private final Set<String> rejected = new HashSet<>();
    private final Set<String> accepted = new HashSet<>();
    private final Map<InputFile, List<Long>> toReject = new EnumMap<>(InputFile.class);
    private final Map<InputFile, BitSet> withRows = new EnumMap<>(InputFile.class);
    private final BitSet notAcceptedNumbers = new BitSet();
    private boolean rolesRead;
    private boolean settled;

    /** A line of roles.csv and its role id. */
    private record RoleLine(long line, String roleId) {
    }

    /** A roles.csv row with a role id, in line order, as loaded ({@code rejected} by its own rules or not). */
    public void role(long line, String roleId, boolean rejected) {
        if (rolesRead) {
            throw new IllegalStateException("the roles were read already");
        }
        rows.add(new RoleLine(line, roleId));
        Integer number = numbers.putIfAbsent(roleId, numbers.size());
        if (number == null) {
            ids.add(roleId);
        } else {
            listedTwice.set(number);
        }
        (rejected ? this.rejected : accepted).add(roleId);
    }

    /** A finding (rule unique-role) for each line of a role id listed more than once, in line order. */
    public List<Finding> duplicateRoles() {
        List<Finding> findings = new ArrayList<>();
        if (listedTwice.isEmpty()) {
            return findings;
        }
        Map<String, List<Long>> lines = new HashMap<>();
        for (RoleLine row : rows) {
            if (listedTwice.get(numbers.get(row.roleId()))) {
                lines.computeIfAbsent(row.roleId(), id -> new ArrayList<>()).add(row.line());
            }
        }
        for (RoleLine row : rows) {
            List<Long> all = lines.get(row.roleId());
            if (all != null) {
                findings.add(CrossFileRules.duplicateRole(row.roleId(), row.line(), all));
            }
        }
        return findings;
    }

    /**
     * Says that every roles.csv row is read: fixes the role numbers and makes room for the rows of
     * each other file, so that from then on {@link #detailRow} may be called for different files
     * from different threads at once (each file's rows still from one thread, in line order). Without
     * it, the first {@link #detailRow} fixes the numbers and the rows must come from one thread.
     */
    public void rolesRead() {
        rolesRead = true;
        for (InputFile file : InputFile.values()) {
            withRows.computeIfAbsent(file, f -> new BitSet());
            toReject.computeIfAbsent(file, f -> new ArrayList<>());
        }
    }

    /**
     * An accepted row of distributions, skills or responsibilities, in line order per file, before
     * the roles are settled. A row naming no role of roles.csv is an orphan, to be rejected
     * ({@link #detailLinesToReject}); when it names one that does not exist, the finding (rule
     * unknown-role) says so.
     */
    public Optional<Finding> detailRow(InputFile file, long line, String roleId) {
        return detailRow(file, line, roleId, number(roleId));
    }

    /**
     * As {@link #detailRow(InputFile, long, String)}, with the role's {@link #number} already known:
     * a file's rows come role by role, so a pass looks a role id up once for a run of rows, not once
     * per row (a look-up in a map of 150,000 roles misses the processor's caches).
     */
    public Optional<Finding> detailRow(InputFile file, long line, String roleId, int number) {
        if (settled) {
            throw new IllegalStateException("the roles are settled already");
        }
        if (number >= 0) {
            withRows.computeIfAbsent(file, f -> new BitSet()).set(number);
            return Optional.empty();
        }
        toReject.computeIfAbsent(file, f -> new ArrayList<>()).add(line);
        return roleId == null ? Optional.empty() : Optional.of(CrossFileRules.unknownRole(file, line, "role_id", roleId));
    }

    /** The number of role id {@code roleId} (0, 1, … in the order first read in roles.csv), or -1 when roles.csv has no such id. */
    public int number(String roleId) {
        Integer number = roleId == null ? null : known().get(roleId);
        return number == null ? -1 : number;
    }

    /**
     * The settlement's own copy of role id {@code roleId} when roles.csv has it, else {@code roleId}
     * itself: for whatever keeps role ids as long as the settlement does, so that it keeps no copies.
     */
    public String id(String roleId) {
        return id(roleId, number(roleId));
    }

    /** As {@link #id(String)}, with the role's {@link #number} already known. */
    public String id(String roleId, int number) {
        return number < 0 ? roleId : ids.get(number);
    }

    /**
     * A role with an error in any of its files ({@code rolesWithErrors}: as the findings say, with
     * the cross-file findings of roles.csv and of the sums) is rejected as a whole, with every line
     * of its id; the rows of the other files that belong to a role not accepted go with it
     * ({@link #rowsOfRolesNotAccepted}, {@link #rowOfRoleNotAccepted}).
     */
    public Settlement settle(Collection<String> rolesWithErrors) {
        if (settled) {
            throw new IllegalStateException("the roles are settled already");
        }
        known();
        List<String> rejectNow = new ArrayList<>(new LinkedHashSet<>(rolesWithErrors));
        rejectNow.retainAll(accepted);
        accepted.removeAll(rejectNow);
        rejected.addAll(rejectNow);
        List<Long> roleLines = new ArrayList<>();
        if (!rejectNow.isEmpty()) {
            Set<String> rejecting = new HashSet<>(rejectNow);
            rows.stream().filter(row -> rejecting.contains(row.roleId())).forEach(row -> roleLines.add(row.line()));
        }
        roleLines.sort(null);
        List<String> notAccepted = ids.stream().filter(id -> !accepted.contains(id)).toList();
        notAccepted.forEach(id -> notAcceptedNumbers.set(known().get(id)));
        settled = true;
        return new Settlement(List.copyOf(rejectNow), List.copyOf(roleLines), notAccepted);
    }

    /** Whether {@link #detailRow} saw rows of {@code file} that belong to a role not accepted once settled. */
    public boolean rowsOfRolesNotAccepted(InputFile file) {
        requireSettled();
        BitSet roles = withRows.get(file);
        return roles != null && roles.intersects(notAcceptedNumbers);
    }

    /**
     * An accepted row of {@code file} read again once the roles are settled: when it belongs to a
     * role of roles.csv that is not accepted, it goes with its role ({@link #detailLinesToReject}).
     */
    public void rowOfRoleNotAccepted(InputFile file, long line, String roleId) {
        requireSettled();
        int number = number(roleId);
        if (number >= 0 && notAcceptedNumbers.get(number)) {
            toReject.computeIfAbsent(file, f -> new ArrayList<>()).add(line);
        }
    }

    /** The lines of each file to reject: orphans, and rows of roles not accepted, in line order. */
    public Map<InputFile, List<Long>> detailLinesToReject() {
        Map<InputFile, List<Long>> copy = new EnumMap<>(InputFile.class);
        toReject.forEach((file, list) -> {
            if (!list.isEmpty()) {
                copy.put(file, list.stream().sorted().toList());
            }
        });
        return copy;
    }

    /**
     * The number of the settled, accepted role {@code roleId} (role ids are numbered 0, 1, … in the
     * order first read), or -1 when {@code roleId} is not an accepted role.
     */
    public int acceptedNumber(String roleId) {
        requireSettled();
        Integer number = roleId == null || !accepted.contains(roleId) ? null : known().get(roleId);
        return number == null ? -1 : number;
    }

    /** Whether the role numbered {@code number} ({@link #number}) is accepted once settled. */
    public boolean accepted(int number) {
        requireSettled();
        return number >= 0 && number < known().size() && !notAcceptedNumbers.get(number);
    }

    /**
     * Whether the settled, accepted role {@code roleId} has accepted rows in {@code file}: the rows
     * of an accepted role that passed their own rules stay accepted, so these are the ones that came
     * through {@link #detailRow}. Answered from memory, where SQL would look each role up in each file.
     */
    public boolean hasRows(InputFile file, String roleId) {
        requireSettled();
        Integer number = known().get(roleId);
        BitSet roles = withRows.get(file);
        return number != null && roles != null && roles.get(number);
    }

    /**
     * The check of comparisons.csv against the settled roles; {@code errorLines} are the comparison
     * lines with an error of their own, {@code firstError} finds the error that rejected a role.
     */
    public ComparisonCheck comparisons(Set<Long> errorLines, Function<String, String> firstError) {
        requireSettled();
        return new ComparisonCheck(known(), Set.copyOf(rejected), errorLines, firstError);
    }

    private void requireSettled() {
        if (!settled) {
            throw new IllegalStateException("settle the roles first");
        }
    }

    /** Every role id read, numbered in the order first read; fixed once the first detail row comes. */
    private Map<String, Integer> known() {
        if (!rolesRead) {
            rolesRead = true;
        }
        return numbers;
    }
}
