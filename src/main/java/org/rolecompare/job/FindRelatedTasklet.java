package org.rolecompare.job;

import java.util.List;
import java.util.Locale;

import org.rolecompare.files.ReportFiles;
import org.rolecompare.related.RelatedFinder;
import org.rolecompare.related.RelatedPairs;
import org.rolecompare.related.RelatedRole;
import org.rolecompare.related.RoleTraits;
import org.rolecompare.staging.RelatedStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The step {@code findRelated}, in a run whose pairs come from related roles too: finds each
 * accepted role's most related roles ({@link RelatedFinder}, on all cores), stores them, and adds the
 * pairs they make to the run's comparisons ({@link RelatedPairs}: each pair once, none already
 * listed), so the report step renders them like listed pairs. Idempotent: it replaces what an
 * earlier attempt stored, in the step's one transaction, so a run restarted after a crash finds the
 * same pairs under the same lines.
 *
 * <p>Counts: roles read, related roles written; the line after the step's says how many pairs were
 * added and why the others were not.
 */
class FindRelatedTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger("role-compare");

    private final RelatedStore store;

    FindRelatedTasklet(RelatedStore store) {
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunSettings run = RunSettings.of(contribution.getStepExecution());
        PairSettings pairs = PairSettings.of(contribution.getStepExecution().getJobParameters());
        List<RoleTraits> roles = store.traits(run.runId());
        List<RelatedRole> related = RelatedFinder.of(roles, pairs.perRole(), pairs.minScore())
                .find(Runtime.getRuntime().availableProcessors());
        List<RelatedPairs.Pair> listed = store.listedPairs(run.runId());
        RelatedPairs.Chosen chosen = RelatedPairs.choose(related, listed, ReportFiles::baseName);
        if (listed.isEmpty() && chosen.added().isEmpty()) {
            throw new NothingToCompareException(String.format(Locale.US, "no pair to report on: %sno related roles were found"
                    + " among %,d roles at pairs.related.min-score %s; check the feed, or lower the min-score",
                    pairs.readsListed() ? "comparisons.csv lists none that was accepted and " : "", roles.size(), pairs.minScore()));
        }
        store.replace(run.runId(), related, chosen.added());
        StepCounts.read(contribution, roles.size());
        contribution.incrementWriteCount(related.size());
        log.info(String.format(Locale.US, "findRelated: %,d %s of related roles added to the reports (%,d found both ways,"
                + " %,d listed in comparisons.csv already%s)", chosen.added().size(), chosen.added().size() == 1 ? "pair" : "pairs",
                chosen.foundBothWays(), chosen.alreadyListed(),
                chosen.nameTaken() == 0 ? "" : String.format(Locale.US, ", %,d whose report name a listed pair uses", chosen.nameTaken())));
        return RepeatStatus.FINISHED;
    }
}
