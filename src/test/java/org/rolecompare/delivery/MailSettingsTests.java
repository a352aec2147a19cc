package org.rolecompare.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MailSettingsTests {

    @Test
    void defaultsFillWhatTheSectionLeavesOut() {
        // given
        Map<String, Object> section = Map.of("host", "smtp.example.com", "from", "reports@example.com",
                "recipients", List.of("ann@example.com"));

        // when
        MailSettings settings = MailSettings.parse(section);

        // then
        assertThat(settings.mode()).isEqualTo(MailSettings.Mode.SMTP);
        assertThat(settings.security()).isEqualTo(MailSettings.Security.STARTTLS);
        assertThat(settings.port()).isEqualTo(587);
        assertThat(settings.maxAttachmentBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(settings.maxAttempts()).isEqualTo(3);
        assertThat(settings.retryBackoff()).isEqualTo(Duration.ofSeconds(2));
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
                Map.entry("max-attempts", 5), Map.entry("retry-backoff", "10ms"));

        // when
        MailSettings settings = MailSettings.parse(section);

        // then
        assertThat(settings).isEqualTo(new MailSettings(MailSettings.Mode.FILE, "mx", 2525, MailSettings.Security.SSL,
                "ops", "ROLE_COMPARE_SMTP_PASSWORD", "Reports <r@example.com>", "{job} {run-date} {reports}",
                List.of("a@example.com", "b@example.com"), Path.of("subs.csv"), 512 * 1024, 5, Duration.ofMillis(10)));
    }

    @Test
    void aPasswordInTheJobFileIsRefused() {
        // given
        Map<String, Object> section = Map.of("host", "mx", "from", "r@example.com", "password", "hunter2");

        // when / then
        assertThatThrownBy(() -> MailSettings.parse(section))
                .isInstanceOf(MailSettings.InvalidException.class)
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
                Map.of("host", "mx", "from", "r@example.com", "retry-backoff", "soon"));
        List<String> keys = List.of("mail.hots", "mail.port", "mail.security", "mail.from", "mail.host", "mail.from",
                "mail.password-env", "mail.subject", "mail.max-attachment-size", "mail.max-attempts", "mail.retry-backoff");

        // when / then
        for (int i = 0; i < sections.size(); i++) {
            Map<String, Object> section = sections.get(i);
            assertThatThrownBy(() -> MailSettings.parse(section)).as(section.toString())
                    .isInstanceOf(MailSettings.InvalidException.class).hasMessageContaining(keys.get(i));
        }
    }
}
