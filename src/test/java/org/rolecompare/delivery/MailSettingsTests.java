package org.rolecompare.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rolecompare.jobfile.JobFileException;
import org.springframework.util.unit.DataSize;

/**
 * Reading the job file's {@code mail} section: defaults, every key, and a usage error naming the key
 * of any bad value, so a typo in a nightly job stops it before it runs; and the check, before any
 * work, that the password variable the section names is set.
 */
class MailSettingsTests {

    @Test
    void defaultsFillWhatTheSectionLeavesOut() {
        // given
        Map<String, Object> section = Map.of("host", "smtp.example.com", "from", "reports@example.com",
                "recipients", List.of("ann@example.com"));

        // when
        MailSettings settings = MailSections.parse(section);

        // then
        assertThat(settings.mode()).isEqualTo(MailSettings.Mode.SMTP);
        assertThat(settings.security()).isEqualTo(MailSettings.Security.STARTTLS);
        assertThat(settings.port()).isEqualTo(587);
        assertThat(settings.maxAttachmentBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(settings.maxAttempts()).isEqualTo(3);
        assertThat(settings.retryBackoff()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.deadline()).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.configured()).isTrue();
    }

    @Test
    void everyKeyIsRead() {
        // given
        Map<String, Object> section = Map.ofEntries(Map.entry("mode", "file"), Map.entry("host", "mx"),
                Map.entry("port", 2525), Map.entry("security", "ssl"), Map.entry("username", "ops"),
                Map.entry("password-env", "ROLE_COMPARE_SMTP_PASSWORD"), Map.entry("from", "Reports <r@example.com>"),
                Map.entry("subject", "{job} {run-date} {reports}"), Map.entry("recipients", "a@example.com, b@example.com"),
                Map.entry("subscriptions", "subs.csv"), Map.entry("max-attachment-size", "512KB"),
                Map.entry("max-attempts", 5), Map.entry("retry-backoff", "10ms"), Map.entry("timeout", "5s"),
                Map.entry("deadline", "1h"), Map.entry("site-url", "https://intranet.example.com/role-compare"));

        // when
        MailSettings settings = MailSections.parse(section);

        // then
        assertThat(settings).isEqualTo(new MailSettings(MailSettings.Mode.FILE, "mx", 2525, MailSettings.Security.SSL,
                "ops", "ROLE_COMPARE_SMTP_PASSWORD", "Reports <r@example.com>", "{job} {run-date} {reports}",
                List.of("a@example.com", "b@example.com"), Path.of("subs.csv"), DataSize.ofKilobytes(512), 5, Duration.ofMillis(10),
                Duration.ofSeconds(5), Duration.ofHours(1), "https://intranet.example.com/role-compare/"));
    }

    @Test
    void aPasswordInTheJobFileIsRefused() {
        // given
        Map<String, Object> section = Map.of("host", "mx", "from", "r@example.com", "password", "hunter2");

        // when / then
        assertThatThrownBy(() -> MailSections.parse(section))
                .isInstanceOf(JobFileException.class)
                .hasMessageContaining("mail.password is not allowed")
                .hasMessageContaining("mail.password-env")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void badValuesNameTheirKey() {
        // given
        List<Map<String, Object>> sections = List.of(
                Map.of("hots", "mx"),
                Map.of("host", "mx", "from", "r@example.com", "port", "smtp"),
                Map.of("host", "mx", "from", "r@example.com", "security", "tls"),
                Map.of("host", "mx", "from", "not an address"),
                Map.of("from", "r@example.com", "recipients", "a@example.com"),
                Map.of("host", "mx", "recipients", "a@example.com"),
                Map.of("host", "mx", "from", "r@example.com", "username", "ops"),
                Map.of("host", "mx", "from", "r@example.com", "subject", "{when}"),
                Map.of("host", "mx", "from", "r@example.com", "max-attachment-size", "ten"),
                Map.of("host", "mx", "from", "r@example.com", "max-attempts", "0"),
                Map.of("host", "mx", "from", "r@example.com", "retry-backoff", "soon"),
                Map.of("host", "mx", "from", "r@example.com", "timeout", "0s"),
                Map.of("host", "mx", "from", "r@example.com", "timeout", "forever"),
                Map.of("host", "mx", "from", "r@example.com", "deadline", "500ms"),
                Map.of("host", "mx", "from", "r@example.com", "deadline", "tomorrow"),
                Map.of("host", "mx", "from", "r@example.com", "site-url", "intranet/role-compare"));
        List<String> keys = List.of("mail.hots", "mail.port", "mail.security", "mail.from", "mail.host", "mail.from",
                "mail.password-env", "mail.subject", "mail.max-attachment-size", "mail.max-attempts", "mail.retry-backoff",
                "mail.timeout", "mail.timeout", "mail.deadline", "mail.deadline", "mail.site-url");

        // when / then
        for (int i = 0; i < sections.size(); i++) {
            Map<String, Object> section = sections.get(i);
            assertThatThrownBy(() -> MailSections.parse(section)).as(section.toString())
                    .isInstanceOf(JobFileException.class).hasMessageContaining(keys.get(i));
        }
    }

    @Test
    void aMissingPasswordVariableIsNamedBeforeAnyWork() {
        // given
        MailSettings login = MailSections.parse(Map.of("host", "mx", "from", "r@example.com", "recipients", "a@example.com",
                "username", "ops", "password-env", "ROLE_COMPARE_SMTP_PASSWORD"));
        MailSettings preview = MailSections.parse(Map.of("mode", "file", "from", "r@example.com", "recipients", "a@example.com",
                "username", "ops", "password-env", "ROLE_COMPARE_SMTP_PASSWORD"));

        // when
        var unset = login.missingPassword(name -> null);
        var empty = login.missingPassword(name -> "");
        var set = login.missingPassword(name -> "s3cret");
        var notNeeded = preview.missingPassword(name -> null);

        // then
        assertThat(unset).hasValueSatisfying(message -> assertThat(message)
                .contains("environment variable ROLE_COMPARE_SMTP_PASSWORD (mail.password-env) is not set"));
        assertThat(empty).isPresent();
        assertThat(set).isEmpty();
        assertThat(notNeeded).isEmpty();
    }
}
