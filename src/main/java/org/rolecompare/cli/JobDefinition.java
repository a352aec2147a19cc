package org.rolecompare.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.rolecompare.cluster.ClusterSettings;
import org.rolecompare.delivery.MailSettings;
import org.rolecompare.job.PairSource;
import org.rolecompare.jobfile.Accepts;
import org.rolecompare.jobfile.JobFile;
import org.rolecompare.jobfile.JobFileException;
import org.rolecompare.jobfile.Share;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * A job file from {@code jobs/}: which input to read, where to write, the thresholds, where the pairs
 * come from, and whom to mail. Bound by {@link JobFile}, which refuses unknown keys and bad values with the key's name,
 * because a typo in a nightly job must stop the run rather than be silently ignored. The components
 * are the file's sections; the accessors below them give the values the commands use.
 *
 * @param name    job name, shown in the outputs and logs; the file's name without extension when left out
 * @param mail    the {@code mail} section, or null when there is none (then nothing is mailed)
 * @param cluster the {@code cluster} section, or null when there is none (then the job runs on the H2 file)
 */
record JobDefinition(String name, @DefaultValue("input") Path input, @DefaultValue("output") Path output,
                     @DefaultValue("data/role-compare") Path database, @DefaultValue Thresholds thresholds,
                     @DefaultValue Report report, @DefaultValue Pairs pairs, @DefaultValue Schedule schedule,
                     @DefaultValue Retention retention, MailSettings mail, ClusterSettings cluster) {

    /** Run folders (and staged data) kept when the job file does not say. */
    static final int DEFAULT_KEEP_RUNS = 30;

    static final Path DEFAULT_JOB = Path.of("jobs", "nightly.yml");

    /**
     * The job of a command given no {@code --job} where there is no {@code jobs/nightly.yml}: the
     * values of the shipped {@code jobs/nightly.yml}, which are the defaults but for its name and
     * schedule (JobDefinitionTests holds the two equal), so the jar runs on its documented defaults
     * from any folder.
     */
    private static final String BUILT_IN = """
            name: nightly
            schedule:
              cron: "0 30 2 * * *"
              time-zone: UTC
            """;

    JobDefinition {
        if (cluster != null) {
            cluster = cluster.forJob(name);
        }
    }

    /**
     * @param maxRejectedShare when more than this share of the roles is rejected the run fails
     * @param minKnownFields   share (0–1) of its key fields a role needs known to get no sparse-role finding
     */
    record Thresholds(@DefaultValue("50%") Share maxRejectedShare, @DefaultValue("50%") Share minKnownFields) {
    }

    /**
     * @param dataSource the source line when neither {@code --data-source} nor the input's source.txt names one
     * @param html       whether the run publishes its web pages, {@code html/}
     * @param threads    threads rendering PDF reports and pages; 0 (left out) for one per core
     */
    record Report(@DefaultValue("letter") PageSize pageSize, String dataSource, @DefaultValue("true") boolean pdf,
                  @DefaultValue("true") boolean html, @Accepts(value = "a whole number of at least 1", min = 1) int threads) {
    }

    /** The page sizes of the reports. */
    enum PageSize { LETTER, A4 }

    /**
     * The {@code pairs} section: where the pairs to report on come from, and how related roles are
     * found when they come from related roles too.
     */
    record Pairs(@DefaultValue("listed") PairSource from, @DefaultValue Related related) {
    }

    /**
     * @param perRole  the most related roles kept per role; at most 50, as the search scores only the
     *                 best 64 candidates of each role
     * @param minScore the lowest score kept, 0 to 1
     */
    record Related(@DefaultValue("5") @Accepts(value = PER_ROLE_ACCEPTS, min = 1, max = MAX_PER_ROLE) int perRole,
                   @DefaultValue("0.2") @Accepts(MIN_SCORE_ACCEPTS) double minScore) {

        Related {
            if (!(minScore >= 0 && minScore <= 1)) { // also refuses NaN
                throw new JobFileException("pairs.related.min-score must be " + MIN_SCORE_ACCEPTS + ", not '" + minScore + "'");
            }
        }
    }

    /** The most related roles {@code pairs.related.per-role} (and {@code related --per-role}) may keep per role. */
    static final int MAX_PER_ROLE = 50;

    /** What {@code pairs.related.per-role} accepts, in the words of a refusal. */
    static final String PER_ROLE_ACCEPTS = "a whole number from 1 to " + MAX_PER_ROLE;

    /** What {@code pairs.related.min-score} accepts, in the words of a refusal. */
    static final String MIN_SCORE_ACCEPTS = "a number from 0 to 1, such as 0.2";

    /** @param timeZone time zone of the cron times and the run date; the machine's when left out */
    record Schedule(CronExpression cron, ZoneId timeZone) {
    }

    record Retention(@DefaultValue("" + DEFAULT_KEEP_RUNS) @Accepts(value = "a whole number of at least 1", min = 1) int keepRuns) {
    }

    static JobDefinition load(Path file) {
        try {
            return bind(file, JobFile.load(file));
        } catch (JobFileException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The built-in job: what {@link #DEFAULT_JOB} as shipped says (see {@link #BUILT_IN}). */
    static JobDefinition builtIn() {
        return bind(DEFAULT_JOB, JobFile.of(DEFAULT_JOB, BUILT_IN));
    }

    private static JobDefinition bind(Path file, JobFile jobFile) {
        String base = file.getFileName().toString();
        int dot = base.lastIndexOf('.');
        return jobFile.bind("", JobDefinition.class, Map.of("name", dot > 0 ? base.substring(0, dot) : base));
    }

    double maxRejectedShare() {
        return thresholds.maxRejectedShare().value();
    }

    double minKnownFields() {
        return thresholds.minKnownFields().value();
    }

    /** {@code letter} or {@code a4}. */
    String pageSize() {
        return report.pageSize().name().toLowerCase(Locale.ROOT);
    }

    /** {@code report.data-source}, or null when absent. */
    String dataSource() {
        return report.dataSource();
    }

    boolean pdfReports() {
        return report.pdf();
    }

    /** {@code report.html}: whether the run publishes its web pages (true when left out). */
    boolean htmlPages() {
        return report.html();
    }

    /** {@code report.threads}, or 0 (one per core) when absent. */
    int reportThreads() {
        return report.threads();
    }

    /** {@code schedule.cron}, or null when absent. */
    CronExpression cron() {
        return schedule.cron();
    }

    ZoneId timeZone() {
        return schedule.timeZone() == null ? ZoneId.systemDefault() : schedule.timeZone();
    }

    int keepRuns() {
        return retention.keepRuns();
    }

    /** {@code pairs.from}, unless {@code override} (the run's {@code --pairs}) says otherwise. */
    PairSource pairsFrom(PairSource override) {
        return override == null ? pairs.from() : override;
    }

    int relatedPerRole() {
        return pairs.related().perRole();
    }

    double relatedMinScore() {
        return pairs.related().minScore();
    }
}
