package org.rolecompare.staging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.ingest.InputFile;
import org.rolecompare.validate.FieldCoverage;
import org.rolecompare.validate.Finding;
import org.rolecompare.validate.Rule;
import org.rolecompare.validate.Severity;

/**
 * The staging store and its queries against real H2 tables, on a small input with one role
 * rejected (its salary is outside its range), a skill of an unknown role, a pair listed twice and
 * a comparison of an unknown role: what the cross-check rejects and skips, the counts, the findings
 * in file order, the reasons of rejected lines, and that runs are cleared and pruned whole.
 */
class StagingStoreTests {

    private static final long RUN = 5;
    /** The jobs' default share of key fields known (RunSettings). */
    private static final double MIN_KNOWN_FIELDS = 0.5;

    @TempDir
    Path temp;

    private final StagingDatabase db = new StagingDatabase();
    private final StagingStore store = new StagingStore(db.jdbc);
    private final StagingCounts counts = new StagingCounts(db.jdbc);
    private final FindingQueries findings = new FindingQueries(db.jdbc);
    private final ComparisonQueries comparisons = new ComparisonQueries(db.jdbc);
    private final AcceptedRows rows = new AcceptedRows(db.jdbc);
    private CrossCheck.Counts checked;

    @BeforeEach
    void stageAndCrossCheck() throws Exception {
        Path input = StagedInput.copy("salary-outside-range", temp.resolve("input"));
        StagedInput.append(input, InputFile.SKILLS, "ghost,Typing,5");
        StagedInput.append(input, InputFile.COMPARISONS, "patient-relations-manager,patient-account-manager",
                "patient-account-manager,ghost");
        StagedInput.load(store, RUN, input);
        checked = new CrossCheck(db.jdbc, store, counts).run(RUN, MIN_KNOWN_FIELDS);
    }

    @Test
    void rejectsAndSkipsWhatTheCrossFileRulesSay() {
        // given
        List<ComparisonTask> accepted = new ArrayList<>();

        // when
        comparisons.forEachAccepted(RUN, accepted::add);

        // then
        assertThat(accepted).containsExactly(new ComparisonTask(2, "patient-relations-manager", "patient-account-manager"));
        assertThat(comparisons.acceptedCount(RUN)).isEqualTo(1);
        assertThat(counts.comparisonCounts(RUN)).isEqualTo(new StagingCounts.ComparisonCounts(4, 1, 1));
        assertThat(counts.roleCount(RUN)).isEqualTo(new StagingCounts.TableCount(3, 1));
        assertThat(counts.count(RUN, InputFile.SKILLS)).isEqualTo(new StagingCounts.TableCount(13, 1));
        assertThat(counts.count(RUN, InputFile.COMPARISONS)).isEqualTo(new StagingCounts.TableCount(4, 3));
        assertThat(checked.comparisonsRejected()).isEqualTo(1);
        assertThat(checked.comparisonsSkipped()).isEqualTo(2);
        assertThat(checked.rowsRead()).isEqualTo(3 + 16 + 13 + 12 + 4);
    }

    @Test
    void savesTheCountsOfTheFactsAsTheStagedRowsWouldCountThem() {
        // given
        StagingCounts.RunCounts scanned = counts.scan(RUN);

        // when
        StagingCounts.RunCounts saved = counts.saved(RUN).orElseThrow();

        // then
        assertThat(saved).isEqualTo(scanned);
        assertThat(saved.files().get(InputFile.SKILLS)).isEqualTo(new StagingCounts.TableCount(13, 1));
        assertThat(saved.roles()).isEqualTo(new StagingCounts.TableCount(3, 1));
        assertThat(saved.comparisons()).isEqualTo(new StagingCounts.ComparisonCounts(4, 1, 1));
        assertThat(saved.coverage()).extracting(FieldCoverage::field).contains("demographics", "responsibilities", "skill_shares");
    }

    @Test
    void listsTheFindingsInFileOrderAndCountsThem() {
        // given
        List<Finding> all = new ArrayList<>();

        // when
        findings.forEachFinding(RUN, all::add);

        // then
        Set<Rule> crossFileRules = Set.of(Rule.UNKNOWN_ROLE, Rule.ROLE_REJECTED, Rule.DUPLICATE_COMPARISON);
        List<Finding> crossFile = all.stream().filter(f -> crossFileRules.contains(f.rule())).toList();
        long sparse = all.stream().filter(f -> f.rule() == Rule.SPARSE_ROLE).count();
        assertThat(crossFile).extracting(Finding::file, Finding::line, Finding::rule).containsExactly(
                tuple("skills.csv", 14L, Rule.UNKNOWN_ROLE),
                tuple("comparisons.csv", 3L, Rule.ROLE_REJECTED),
                tuple("comparisons.csv", 4L, Rule.DUPLICATE_COMPARISON),
                tuple("comparisons.csv", 5L, Rule.UNKNOWN_ROLE));
        assertThat(all.get(0).file()).isEqualTo("roles.csv");
        assertThat(checked.findings()).isEqualTo(crossFile.size() + sparse);
        Map<Severity, Long> bySeverity = findings.findingsBySeverity(RUN);
        assertThat(bySeverity.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(all.size());
        assertThat(findings.findingsByRule(RUN)).containsEntry("duplicate-comparison/warning", 1L)
                .containsEntry("unknown-role/error", 2L);
    }

    @Test
    void saysWhyEachLineWasRejected() {
        // given
        List<FindingQueries.RejectedLine> roles = new ArrayList<>();
        List<FindingQueries.RejectedLine> pairs = new ArrayList<>();

        // when
        findings.forEachRejectedLine(RUN, InputFile.ROLES, roles::add);
        findings.forEachRejectedLine(RUN, InputFile.COMPARISONS, pairs::add);

        // then
        assertThat(roles).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.reason()).startsWith("salary-range: ");
        });
        assertThat(pairs).extracting(FindingQueries.RejectedLine::line).containsExactly(3L, 4L, 5L);
        assertThat(pairs.get(0).reason()).startsWith("role-rejected: comparison skipped: role medical-receptionist was rejected"
                + " (roles.csv line 4: ");
        assertThat(pairs.get(2).reason()).isEqualTo("unknown-role: right_role_id ghost is not in roles.csv");
    }

    @Test
    void readsBackTheAcceptedRowsInFileOrder() {
        // given
        List<String> roleIds = new ArrayList<>();
        List<String> skills = new ArrayList<>();

        // when
        rows.forEachRole(RUN, r -> roleIds.add(r.id()));
        rows.forEachSkill(RUN, s -> skills.add(s.roleId() + ":" + s.skill()));
        List<FieldCoverage> coverage = counts.coverage(RUN);

        // then
        assertThat(roleIds).containsExactly("patient-relations-manager", "patient-account-manager");
        assertThat(skills).hasSize(12).first().isEqualTo("patient-relations-manager:Patients");
        assertThat(rows.dimensions(RUN)).contains("gender");
        assertThat(coverage.get(0).field()).isEqualTo("description");
        assertThat(coverage).filteredOn(c -> c.field().equals("skills")).singleElement()
                .satisfies(c -> assertThat(c.known()).isEqualTo(2));
    }

    @Test
    void clearsAndPrunesRunsWhole() {
        // given
        store.saveFileHash(RUN + 1, "roles.csv", "abc");
        store.saveFileHash(RUN + 1, "roles.csv", "def");

        // when
        int pruned = store.pruneRuns(1);

        // then
        assertThat(pruned).isEqualTo(1);
        assertThat(store.hasRun(RUN)).isFalse();
        assertThat(store.hasRun(RUN + 1)).isTrue();
        assertThat(store.fileHashes(RUN + 1)).isEqualTo(Map.of("roles.csv", "def"));
        assertThat(counts.roleCount(RUN)).isEqualTo(new StagingCounts.TableCount(0, 0));
        assertThat(db.jdbc.queryForObject("SELECT COUNT(*) FROM rc_finding WHERE run_id = ?", Long.class, RUN)).isZero();
    }
}
