package org.rolecompare.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.rolecompare.staging.PartitionQueries;
import org.springframework.aot.AotDetector;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Faults for the tests that kill a run mid-step or need it to fail part-way: a
 * {@link ReportRenderObserver} that pauses before each report, or fails every report after the
 * first N accepted comparisons of a run (in line order, so the same reports fail whichever
 * partition or thread meets them); and a {@link PublishObserver} that halts the JVM at a named
 * instant of the publish step, as abruptly as {@code kill -9} would (no shutdown hooks, no database
 * close), where a kill from outside cannot hit the instant. It is on the test classpath only and
 * comes into play when the system property {@value #ENABLED} is true, in this JVM ({@link #during})
 * or in a child JVM ({@link #jvmOptions}); the product knows nothing of it. Its beans are found by
 * reading the configuration at start, so fault injection also turns off the bean definitions
 * prepared at build time ({@code spring.aot.enabled=false}), which know only the product's.
 */
public final class FaultInjection {

    static final String ENABLED = "rolecompare.test.fault-injection";
    static final String FAIL_AFTER_REPORTS = "rolecompare.test.fail-after-reports";
    static final String REPORT_DELAY_MS = "rolecompare.test.report-delay-ms";
    static final String CRASH_AT = "rolecompare.test.crash-at";

    /** At the start of the publish step, before anything is checked or written. */
    public static final String BEFORE_PUBLISH = "before-publish";
    /** Between the two renames of a publish that replaces an earlier run folder of the same date. */
    public static final String BETWEEN_REPLACE_RENAMES = "between-replace-renames";
    /** After the run folder was renamed into place, before the job is recorded complete. */
    public static final String AFTER_PUBLISH_RENAME = "after-publish-rename";
    /** The exit status of a process killed by SIGKILL (128 + 9), which a halted child JVM ends with. */
    public static final int HALTED = 137;

    private FaultInjection() {
    }

    /** JVM options for a child JVM whose reports each pause {@code millis}. */
    public static List<String> reportDelayJvmOptions(long millis) {
        return jvmOptions(Map.of(REPORT_DELAY_MS, millis));
    }

    /**
     * JVM options for a child JVM that halts (exit {@value #HALTED}) at the named instant of the
     * publish step: {@link #BEFORE_PUBLISH}, {@link #BETWEEN_REPLACE_RENAMES} or
     * {@link #AFTER_PUBLISH_RENAME}.
     */
    public static List<String> crashAtJvmOptions(String point) {
        return jvmOptions(Map.of(CRASH_AT, point));
    }

    private static List<String> jvmOptions(Map<String, ?> settings) {
        Map<String, Object> all = new LinkedHashMap<>(settings);
        all.put(ENABLED, true);
        all.put(AotDetector.AOT_ENABLED, false);
        return all.entrySet().stream().map(e -> "-D" + e.getKey() + "=" + e.getValue()).toList();
    }

    /** Runs {@code action} (a command in this JVM) with every report after the first {@code reports} failing. */
    public static <T> T failingAfterReports(long reports, Supplier<T> action) {
        return during(Map.of(FAIL_AFTER_REPORTS, reports), action);
    }

    /** Runs {@code action} (a command in this JVM) with each report pausing {@code millis}. */
    public static <T> T withReportDelay(long millis, Supplier<T> action) {
        return during(Map.of(REPORT_DELAY_MS, millis), action);
    }

    private static synchronized <T> T during(Map<String, Long> settings, Supplier<T> action) {
        Map<String, Object> all = new LinkedHashMap<>(settings);
        all.put(ENABLED, true);
        all.put(AotDetector.AOT_ENABLED, false);
        all.forEach((key, value) -> System.setProperty(key, String.valueOf(value)));
        try {
            return action.get();
        } finally {
            all.keySet().forEach(System::clearProperty);
        }
    }

    /** The observers, in a context started while fault injection is enabled. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = ENABLED, havingValue = "true")
    static class Faults {

        @Bean
        ReportRenderObserver faultInjectingObserver(Environment environment, PartitionQueries queries) {
            long failAfter = environment.getProperty(FAIL_AFTER_REPORTS, Long.class, 0L);
            long delay = environment.getProperty(REPORT_DELAY_MS, Long.class, 0L);
            Map<Long, Long> failFromLine = new ConcurrentHashMap<>();
            return (runId, line) -> {
                if (failAfter > 0 && line >= failFromLine.computeIfAbsent(runId, id -> queries.lineOfAccepted(id, failAfter))) {
                    throw new IllegalStateException("fault injected after " + failAfter + " reports");
                }
                if (delay > 0) {
                    Thread.sleep(delay);
                }
            };
        }

        @Bean
        PublishObserver crashingPublishObserver(Environment environment) {
            String point = environment.getProperty(CRASH_AT, "");
            return new PublishObserver() {
                @Override
                public void beforePublish() {
                    haltAt(BEFORE_PUBLISH);
                }

                @Override
                public void betweenReplaceRenames() {
                    haltAt(BETWEEN_REPLACE_RENAMES);
                }

                @Override
                public void afterPublishRename() {
                    haltAt(AFTER_PUBLISH_RENAME);
                }

                private void haltAt(String reached) {
                    if (reached.equals(point)) {
                        Runtime.getRuntime().halt(HALTED);
                    }
                }
            };
        }
    }
}
