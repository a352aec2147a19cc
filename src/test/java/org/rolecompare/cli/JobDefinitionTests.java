package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.job.PairSource;

/**
 * Loading a job file: the shipped {@code jobs/nightly.yml} gives the documented values, defaults
 * fill what a file leaves out, and every typo or bad value stops the run with a message that names
 * the key, since a nightly job must not silently ignore a misspelt threshold; and the built-in job
 * (no job file) has the shipped file's values.
 */
class JobDefinitionTests {

    @TempDir
    Path folder;

    @Test
    void loadsTheNightlyJob() {
        // given // when
        JobDefinition job = JobDefinition.load(JobDefinition.DEFAULT_JOB);

        // then
        assertThat(job.name()).isEqualTo("nightly");
        assertThat(job.input()).isEqualTo(Path.of("input"));
        assertThat(job.output()).isEqualTo(Path.of("output"));
        assertThat(job.database()).isEqualTo(Path.of("data", "role-compare"));
        assertThat(job.maxRejectedShare()).isEqualTo(0.5);
        assertThat(job.pageSize()).isEqualTo("letter");
        assertThat(job.dataSource()).as("the seed's source is input/source.txt, not the job's").isNull();
        assertThat(job.minKnownFields()).isEqualTo(0.5);
    }

    @Test
    void fillsDefaultsForAnEmptyFile() throws IOException {
        // given
        Path file = job("weekly.yml", "");

        // when
        JobDefinition job = JobDefinition.load(file);

        // then
        assertThat(job.name()).isEqualTo("weekly");
        assertThat(job.input()).isEqualTo(Path.of("input"));
        assertThat(job.database()).isEqualTo(Path.of("data", "role-compare"));
        assertThat(job.maxRejectedShare()).isEqualTo(0.5);
        assertThat(job.pageSize()).isEqualTo("letter");
        assertThat(job.dataSource()).isNull();
        assertThat(job.minKnownFields()).isEqualTo(0.5);
    }

    @Test
    void readsTheMinimumShareOfKnownKeyFieldsAndRefusesABadOne() throws IOException {
        // given
        Path file = job("sparse.yml", "thresholds:\n  min-known-fields: 75%\n");

        // when // then
        assertThat(JobDefinition.load(file).minKnownFields()).isEqualTo(0.75);
        assertRefused("thresholds:\n  min-known-fields: most\n")
                .hasMessageContaining("thresholds.min-known-fields must be a share such as 50% or 0.5, not 'most'");
        assertRefused("thresholds:\n  min-known-fields: 120%\n")
                .hasMessageContaining("thresholds.min-known-fields must be a share");
    }

    @Test
    void refusesAnUnknownTopLevelKey() throws IOException {
        // given // when // then
        assertRefused("name: x\noutptu: out\n")
                .hasMessageContaining("unknown key 'outptu'")
                .hasMessageContaining("allowed: cluster, database, input, mail, name, output, pairs, report, retention, schedule, thresholds");
    }

    @Test
    void readsScheduleAndRetention() throws IOException {
        // given
        Path file = job("weekly.yml", "schedule:\n  cron: \"0 0 3 * * MON\"\n  time-zone: Europe/Berlin\nretention:\n  keep-runs: 4\n");

        // when
        JobDefinition job = JobDefinition.load(file);

        // then
        assertThat(job.cron().next(ZonedDateTime.parse("2026-11-27T12:00:00+01:00[Europe/Berlin]")))
                .isEqualTo(ZonedDateTime.parse("2026-11-30T03:00:00+01:00[Europe/Berlin]"));
        assertThat(job.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(job.keepRuns()).isEqualTo(4);
    }

    @Test
    void readsTheWorkbookOnlySwitch() throws IOException {
        // given // when // then
        assertThat(JobDefinition.load(job("a.yml", "report:\n  pdf: false\n")).pdfReports()).isFalse();
        assertThat(JobDefinition.load(job("b.yml", "name: b\n")).pdfReports()).isTrue();
        assertRefused("report:\n  pdf: sometimes\n").hasMessageContaining("report.pdf must be true or false, not 'sometimes'");
    }

    @Test
    void readsTheWebPagesSwitchWhichIsOnUnlessSaidOtherwise() throws IOException {
        // given // when // then
        assertThat(JobDefinition.load(job("a.yml", "report:\n  html: false\n")).htmlPages()).isFalse();
        assertThat(JobDefinition.load(job("b.yml", "name: b\n")).htmlPages()).isTrue();
        assertThat(JobDefinition.builtIn().htmlPages()).isTrue();
        assertRefused("report:\n  html: maybe\n").hasMessageContaining("report.html must be true or false, not 'maybe'");
    }

    @Test
    void readsTheReportThreadsWithOnePerCoreByDefault() throws IOException {
        // given // when // then
        assertThat(JobDefinition.load(job("a.yml", "report:\n  threads: 3\n")).reportThreads()).isEqualTo(3);
        assertThat(JobDefinition.load(job("b.yml", "name: b\n")).reportThreads()).isZero();
        assertRefused("report:\n  threads: 0\n").hasMessageContaining("report.threads must be a whole number of at least 1, not '0'");
        assertRefused("report:\n  threads: many\n").hasMessageContaining("report.threads must be a whole number of at least 1, not 'many'");
    }

    @Test
    void pairsAreListedByDefaultAndRelatedRolesAreFivePerRoleScoringAtLeastTwoTenths() throws IOException {
        // given
        Path file = job("default.yml", "");

        // when
        JobDefinition job = JobDefinition.load(file);

        // then
        assertThat(job.pairsFrom(null)).isEqualTo(PairSource.LISTED);
        assertThat(job.relatedPerRole()).isEqualTo(5);
        assertThat(job.relatedMinScore()).isEqualTo(0.2);
    }

    @Test
    void readsThePairsSectionAndTheRunOptionWinsOverIt() throws IOException {
        // given
        Path file = job("related.yml", "pairs:\n  from: Related\n  related:\n    per-role: 8\n    min-score: 0.35\n");

        // when
        JobDefinition job = JobDefinition.load(file);

        // then
        assertThat(job.pairsFrom(null)).isEqualTo(PairSource.RELATED);
        assertThat(job.pairsFrom(PairSource.BOTH)).isEqualTo(PairSource.BOTH);
        assertThat(job.relatedPerRole()).isEqualTo(8);
        assertThat(job.relatedMinScore()).isEqualTo(0.35);
    }

    @Test
    void refusesBadPairsValuesNamingTheKey() throws IOException {
        // given // when // then
        assertRefused("pairs:\n  from: found\n").hasMessageContaining("pairs.from must be listed, related or both, not 'found'");
        assertRefused("pairs:\n  related:\n    per-role: 0\n")
                .hasMessageContaining("pairs.related.per-role must be a whole number from 1 to 50, not '0'");
        assertRefused("pairs:\n  related:\n    per-role: 51\n")
                .hasMessageContaining("pairs.related.per-role must be a whole number from 1 to 50, not '51'");
        assertRefused("pairs:\n  related:\n    min-score: 1.5\n")
                .hasMessageContaining("pairs.related.min-score must be a number from 0 to 1, such as 0.2, not '1.5'");
        assertRefused("pairs:\n  related:\n    min-score: high\n")
                .hasMessageContaining("pairs.related.min-score must be a number from 0 to 1, such as 0.2, not 'high'");
        assertRefused("pairs:\n  form: related\n").hasMessageContaining("unknown key 'pairs.form' (allowed: from, related)");
    }

    @Test
    void refusesABadCronExpression() throws IOException {
        // given // when // then
        assertRefused("schedule:\n  cron: every night\n").hasMessageContaining("schedule.cron must be a cron expression")
                .hasMessageContaining("not 'every night'");
    }

    @Test
    void refusesAnUnknownTimeZoneAndABadRetention() throws IOException {
        // given // when // then
        assertRefused("schedule:\n  cron: \"0 0 3 * * *\"\n  time-zone: Mars/Olympus\n")
                .hasMessageContaining("schedule.time-zone must be a time zone such as Europe/Berlin, not 'Mars/Olympus'");
        assertRefused("retention:\n  keep-runs: 0\n").hasMessageContaining("retention.keep-runs must be a whole number of at least 1");
    }

    @Test
    void refusesAnUnknownNestedKeyWithItsSection() throws IOException {
        // given // when // then
        assertRefused("thresholds:\n  max-rejected-shares: 10%\n")
                .hasMessageContaining("unknown key 'thresholds.max-rejected-shares'")
                .hasMessageContaining("allowed: max-rejected-share");
    }

    @Test
    void refusesAnUnknownReportKey() throws IOException {
        // given // when // then
        assertRefused("report:\n  papersize: a4\n")
                .hasMessageContaining("unknown key 'report.papersize'");
    }

    @Test
    void readsTheMaximumRejectedShareAsAPercentageOrAFraction() throws IOException {
        // given
        Path percent = job("percent.yml", "thresholds:\n  max-rejected-share: 50%\n");
        Path fraction = job("fraction.yml", "thresholds:\n  max-rejected-share: 0.5\n");
        Path spaced = job("spaced.yml", "thresholds:\n  max-rejected-share: \"12.5 %\"\n");

        // when // then
        assertThat(JobDefinition.load(percent).maxRejectedShare()).isEqualTo(0.5);
        assertThat(JobDefinition.load(fraction).maxRejectedShare()).isEqualTo(0.5);
        assertThat(JobDefinition.load(spaced).maxRejectedShare()).isEqualTo(0.125);
    }

    @Test
    void refusesAMaximumRejectedShareAboveOneHundredPercent() throws IOException {
        // given // when // then
        assertRefused("thresholds:\n  max-rejected-share: 150%\n")
                .hasMessageContaining("thresholds.max-rejected-share must be a share such as 50% or 0.5, not '150%'");
    }

    @Test
    void refusesAMaximumRejectedShareThatIsNotANumber() throws IOException {
        // given // when // then
        assertRefused("thresholds:\n  max-rejected-share: half\n")
                .hasMessageContaining("not 'half'");
    }

    @Test
    void refusesAMaximumRejectedShareThatIsNotANumberEvenWhenJavaCanParseIt() throws IOException {
        // given // when // then: YAML's .nan arrives as a Double NaN, which every comparison answers with false
        assertRefused("thresholds:\n  max-rejected-share: .nan\n")
                .hasMessageContaining("thresholds.max-rejected-share must be a share");
        assertRefused("thresholds:\n  max-rejected-share: NaN\n")
                .hasMessageContaining("not 'NaN'");
    }

    @Test
    void acceptsA4PagesInAnyCase() throws IOException {
        // given
        Path file = job("job.yml", "report:\n  page-size: A4\n");

        // when // then
        assertThat(JobDefinition.load(file).pageSize()).isEqualTo("a4");
    }

    @Test
    void refusesAPageSizeOtherThanLetterOrA4() throws IOException {
        // given // when // then
        assertRefused("report:\n  page-size: legal\n")
                .hasMessageContaining("report.page-size must be letter or a4, not 'legal'");
    }

    @Test
    void refusesASectionThatIsNotASection() throws IOException {
        // given // when // then
        assertRefused("thresholds: 50%\n")
                .hasMessageContaining("thresholds must be a section of keys");
    }

    @Test
    void refusesInvalidYaml() throws IOException {
        // given // when // then
        assertRefused("name: [unclosed\n")
                .hasMessageContaining("is not valid YAML")
                .hasMessageNotContaining("\n");
    }

    @Test
    void saysWhenTheJobFileDoesNotExist() {
        // given
        Path missing = folder.resolve("nope.yml");

        // when // then
        assertThatThrownBy(() -> JobDefinition.load(missing))
                .isInstanceOf(UsageException.class)
                .hasMessage("job file " + missing + " does not exist");
    }

    @Test
    void loadsTheShippedClusterJob() {
        // given // when
        JobDefinition job = JobDefinition.load(Path.of("deploy", "cluster", "cluster.yml"));

        // then
        assertThat(job.cluster().databaseUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/rolecompare");
        assertThat(job.cluster().queue()).isEqualTo("role-compare.nightly.partitions");
        assertThat(job.cluster().timeout()).isEqualTo(Duration.ofHours(4));
        assertThat(job.cluster().workerStopTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(job.reportThreads()).isEqualTo(1);
    }

    @Test
    void readsDurationsAndSizesInEveryFormatAndABareDurationAsSeconds() throws IOException {
        // given
        Path file = job("formats.yml", """
                mail:
                  retry-backoff: 500ms
                  timeout: PT2S
                  deadline: 90
                  max-attachment-size: 10MB
                cluster:
                  database:
                    url: jdbc:postgresql://db/rc
                  timeout: 2s
                  worker-stop-timeout: 30
                """);

        // when
        JobDefinition job = JobDefinition.load(file);

        // then
        assertThat(job.mail().retryBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(job.mail().timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(job.mail().deadline()).isEqualTo(Duration.ofSeconds(90));
        assertThat(job.mail().maxAttachmentBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(job.cluster().timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(job.cluster().workerStopTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(job.cluster().queue()).isEqualTo("role-compare.formats.partitions");
    }

    @Test
    void refusesAnUnknownKeyDeepInASectionByItsFullPath() throws IOException {
        // given // when // then
        assertRefused("cluster:\n  database:\n    url: jdbc:postgresql://db/rc\n    uri: x\n")
                .hasMessageEndingWith(": unknown key 'cluster.database.uri' (allowed: password-env, url, username)");
    }

    @Test
    void refusesAValueOfTheWrongTypeNamingTheFileKeyValueAndExpectation() throws IOException {
        // given
        Path file = job("typed.yml", "mail:\n  max-attempts: many\n");

        // when // then
        assertThatThrownBy(() -> JobDefinition.load(file))
                .isInstanceOf(UsageException.class)
                .hasMessage("job file " + file + ": mail.max-attempts must be a whole number from 1 to 20, not 'many'");
        assertRefused("mail:\n  timeout: soon\n").hasMessageContaining("mail.timeout must be a duration such as 30s or 2m (at least 100ms), not 'soon'");
        assertRefused("mail:\n  max-attachment-size: huge\n").hasMessageContaining("mail.max-attachment-size must be a size such as 10MB");
    }

    /** Loads a job file with this content and expects it refused with a {@link UsageException}. */
    private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String yaml) throws IOException {
        Path file = job("job.yml", yaml);
        return assertThatThrownBy(() -> JobDefinition.load(file)).isInstanceOf(UsageException.class);
    }

    private Path job(String name, String yaml) throws IOException {
        return Files.writeString(folder.resolve(name), yaml);
    }

    @Test
    void theBuiltInJobHasTheValuesOfTheShippedNightlyJob() {
        // when
        JobDefinition builtIn = JobDefinition.builtIn();

        // then
        assertThat(builtIn).isEqualTo(JobDefinition.load(Path.of("jobs", "nightly.yml")));
    }
}
