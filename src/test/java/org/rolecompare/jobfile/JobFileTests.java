package org.rolecompare.jobfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.util.unit.DataSize;

/**
 * Binding a job file: Spring Boot's duration and size formats (and a bare duration number as
 * seconds, as job files wrote it before), shares, and refusals that name the file, the full key, the
 * value and what the key accepts.
 */
class JobFileTests {

    /** A job file's shape for these tests: one section of every kind of value. */
    record Job(@DefaultValue("x") String name, @DefaultValue Limits limits, Path folder) {
    }

    record Limits(@DefaultValue("2s") @DurationUnit(ChronoUnit.SECONDS) Duration delay, @DefaultValue("1MB") DataSize size,
                  @DefaultValue("50%") Share share, @DefaultValue("3") @Accepts(value = "a whole number from 1 to 5", min = 1, max = 5) int tries,
                  @DefaultValue("true") boolean enabled) {
    }

    @Test
    void readsDurationsInSpringBootsFormatsAndABareNumberAsSeconds() {
        // given
        String[] written = {"2s", "PT2S", "500ms", "10m", "1h", "7"};
        Duration[] expected = {Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofMinutes(10),
                Duration.ofHours(1), Duration.ofSeconds(7)};

        // when // then
        for (int i = 0; i < written.length; i++) {
            assertThat(bind("limits:\n  delay: " + written[i] + "\n").limits().delay()).as(written[i]).isEqualTo(expected[i]);
        }
    }

    @Test
    void readsDataSizesInAnyCase() {
        // given // when // then
        assertThat(bind("limits:\n  size: 10MB\n").limits().size()).isEqualTo(DataSize.ofMegabytes(10));
        assertThat(bind("limits:\n  size: 512kb\n").limits().size()).isEqualTo(DataSize.ofKilobytes(512));
        assertThat(bind("limits:\n  size: 1048576\n").limits().size()).isEqualTo(DataSize.ofBytes(1048576));
    }

    @Test
    void readsSharesAsPercentagesOrFractions() {
        // given // when // then
        assertThat(bind("limits:\n  share: 12.5%\n").limits().share()).isEqualTo(new Share(0.125));
        assertThat(bind("limits:\n  share: 0.25\n").limits().share()).isEqualTo(new Share(0.25));
        assertThat(bind("").limits().share()).isEqualTo(new Share(0.5));
    }

    @Test
    void takesAPathAsWritten() {
        // given // when
        Job job = bind("folder: org\n");

        // then: not looked up on the class path, where a folder org exists
        assertThat(job.folder()).isEqualTo(Path.of("org"));
    }

    @Test
    void refusesAnUnknownTopLevelKeyWithTheAllowedKeys() {
        // given // when // then
        assertThatThrownBy(() -> bind("nmae: x\n"))
                .isInstanceOf(JobFileException.class)
                .hasMessage("job file job.yml: unknown key 'nmae' (allowed: folder, limits, name)");
    }

    @Test
    void refusesAnUnknownNestedKeyByItsFullPath() {
        // given // when // then
        assertThatThrownBy(() -> bind("limits:\n  dealy: 2s\n"))
                .hasMessage("job file job.yml: unknown key 'limits.dealy' (allowed: delay, enabled, share, size, tries)");
    }

    @Test
    void refusesAValueOfTheWrongTypeNamingKeyValueAndExpectedType() {
        // given // when // then
        assertThatThrownBy(() -> bind("limits:\n  delay: soon\n"))
                .hasMessage("job file job.yml: limits.delay must be a duration such as 2s, 500ms, 10m, 1h or PT2S, not 'soon'");
        assertThatThrownBy(() -> bind("limits:\n  size: ten\n"))
                .hasMessage("job file job.yml: limits.size must be a size such as 10MB, 512KB or 1048576, not 'ten'");
        assertThatThrownBy(() -> bind("limits:\n  enabled: sometimes\n"))
                .hasMessage("job file job.yml: limits.enabled must be true or false, not 'sometimes'");
        assertThatThrownBy(() -> bind("limits:\n  share: 150%\n"))
                .hasMessage("job file job.yml: limits.share must be a share such as 50% or 0.5, not '150%'");
        assertThatThrownBy(() -> bind("limits: 10\n"))
                .hasMessage("job file job.yml: limits must be a section of keys");
    }

    @Test
    void refusesANumberOutsideItsRangeInTheWordsOfItsAccepts() {
        // given // when // then
        assertThatThrownBy(() -> bind("limits:\n  tries: many\n"))
                .hasMessage("job file job.yml: limits.tries must be a whole number from 1 to 5, not 'many'");
        assertThatThrownBy(() -> bind("limits:\n  tries: 6\n"))
                .hasMessage("job file job.yml: limits.tries must be a whole number from 1 to 5, not '6'");
    }

    @Test
    void refusesAPasswordAndNamesTheKeyForItsVariable() {
        // given // when // then
        assertThatThrownBy(() -> bind("limits:\n  password: hunter2\n"))
                .hasMessageContaining("limits.password is not allowed")
                .hasMessageContaining("limits.password-env")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void refusesInvalidYamlAndMoreThanOneDocumentInOneLine() {
        // given // when // then
        assertThatThrownBy(() -> bind("name: [unclosed\n"))
                .hasMessageStartingWith("job file job.yml is not valid YAML: ")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> bind("name: a\nname: b\n"))
                .hasMessage("job file job.yml is not valid YAML: found duplicate key name (line 2)");
        assertThatThrownBy(() -> bind("name: a\n---\nname: b\n"))
                .hasMessageContaining("holds 2 documents");
    }

    @Test
    void treatsAKeyWithoutValueAsLeftOutAndUsesTheFallbacks() {
        // given // when
        Job job = JobFile.of(Path.of("job.yml"), "limits:\nfolder:\n").bind("", Job.class, Map.of("name", "fallback"));

        // then
        assertThat(job.name()).isEqualTo("fallback");
        assertThat(job.limits().tries()).isEqualTo(3);
        assertThat(job.folder()).isNull();
    }

    private static Job bind(String yaml) {
        return JobFile.of(Path.of("job.yml"), yaml).bind("", Job.class, Map.of());
    }
}
