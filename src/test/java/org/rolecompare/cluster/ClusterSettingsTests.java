package org.rolecompare.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rolecompare.jobfile.JobFile;
import org.yaml.snakeyaml.Yaml;

/**
 * The job file's {@code cluster} section: what an operator may leave out, and a message naming the
 * key for everything wrong, since a manager and its workers must agree on the same services.
 */
class ClusterSettingsTests {

    @Test
    void fillsTheBrokerAndTimeoutsWithDefaults() {
        // given
        Map<String, Object> section = Map.of("database", Map.of("url", "jdbc:postgresql://db.internal:5432/rolecompare"));

        // when
        ClusterSettings settings = parse(section, "nightly");

        // then
        assertThat(settings.database().username()).isEqualTo("postgres");
        assertThat(settings.databasePassword(name -> null)).isEmpty();
        assertThat(settings.broker().host()).isEqualTo("127.0.0.1");
        assertThat(settings.broker().port()).isEqualTo(5672);
        assertThat(settings.brokerPassword(name -> null)).isEqualTo("guest");
        assertThat(settings.queue()).isEqualTo("role-compare.nightly.partitions");
        assertThat(settings.timeout()).isEqualTo(Duration.ofHours(4));
        assertThat(settings.workerStopTimeout()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void readsPasswordsFromTheNamedEnvironmentVariables() {
        // given
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("database", Map.of("url", "jdbc:postgresql://127.0.0.1/rc", "username", "rc", "password-env", "RC_DB"));
        section.put("broker", Map.of("host", "mq.internal", "port", 5671, "username", "rc", "password-env", "RC_MQ"));
        section.put("timeout", "90m");
        Map<String, String> env = Map.of("RC_DB", "db-secret", "RC_MQ", "mq-secret");

        // when
        ClusterSettings settings = parse(section, "nightly");

        // then
        assertThat(settings.databasePassword(env::get)).isEqualTo("db-secret");
        assertThat(settings.brokerPassword(env::get)).isEqualTo("mq-secret");
        assertThat(settings.timeout()).isEqualTo(Duration.ofMinutes(90));
        assertThat(settings.springArguments(env::get)).contains("--spring.rabbitmq.host=mq.internal", "--spring.rabbitmq.port=5671",
                "--spring.datasource.password=db-secret", "--rolecompare.cluster.timeout=5400000ms");
        assertThat(settings.describe()).doesNotContain("secret");
    }

    @Test
    void refusesAPasswordWrittenIntoTheFile() {
        // given
        Map<String, Object> section = Map.of("database", Map.of("url", "jdbc:postgresql://127.0.0.1/rc", "password", "x"));

        // when // then
        assertThatThrownBy(() -> parse(section, "nightly"))
                .hasMessageContaining("cluster.database.password is not allowed")
                .hasMessageContaining("cluster.database.password-env");
    }

    @Test
    void refusesAnUnsetPasswordVariableByName() {
        // given
        ClusterSettings settings = parse(Map.of("database",
                Map.of("url", "jdbc:postgresql://127.0.0.1/rc", "password-env", "RC_DB")), "nightly");

        // when // then
        assertThatThrownBy(() -> settings.databasePassword(name -> null))
                .hasMessage("cluster.database.password-env names RC_DB, but that environment variable is not set");
    }

    @Test
    void refusesWhatIsNotAPostgresqlUrlAnUnknownKeyOrABadDuration() {
        // given // when // then
        assertThatThrownBy(() -> parse(Map.of("database", Map.of("url", "jdbc:h2:file:/tmp/x")), "n"))
                .hasMessageContaining("cluster.database.url must be a PostgreSQL JDBC URL");
        assertThatThrownBy(() -> parse(Map.of(), "n"))
                .hasMessageContaining("cluster.database must be a section of keys (it is required)");
        assertThatThrownBy(() -> parse(Map.of("database", Map.of("url", "jdbc:postgresql://h/d"), "timeot", "1h"), "n"))
                .hasMessage("job file job.yml: unknown key 'cluster.timeot' (allowed: broker, database, queue, timeout, worker-stop-timeout)");
        assertThatThrownBy(() -> parse(Map.of("database", Map.of("url", "jdbc:postgresql://h/d"), "timeout", "soon"), "n"))
                .hasMessage("job file job.yml: cluster.timeout must be a duration such as 90s, 30m or 4h, not 'soon'");
        assertThatThrownBy(() -> parse(Map.of("database", Map.of("url", "jdbc:postgresql://h/d"),
                "broker", Map.of("port", "amqp")), "n"))
                .hasMessage("job file job.yml: cluster.broker.port must be a port number from 1 to 65535, not 'amqp'");
    }

    /** The section as the job file {@code job.yml} of a job named {@code jobName} would hold it, bound as a job file binds it. */
    private static ClusterSettings parse(Map<String, Object> section, String jobName) {
        return JobFile.of(Path.of("job.yml"), new Yaml().dump(Map.of("cluster", section)))
                .bind("cluster", ClusterSettings.class, Map.of()).forJob(jobName);
    }
}
