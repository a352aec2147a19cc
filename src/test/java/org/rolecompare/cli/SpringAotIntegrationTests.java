package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * The bean definitions prepared at build time: the build makes them, a local session starts from
 * them (each bean then comes from generated code, not from reading the configuration classes), a
 * session with profiles (cluster mode) and a process that turned them off do not, and Spring's
 * switch is left as it was found, for the next context of the JVM.
 */
class SpringAotIntegrationTests {

    private static final List<String> IN_MEMORY = List.of("--spring.datasource.url=jdbc:h2:mem:spring-aot-tests;DB_CLOSE_DELAY=-1");

    @Test
    void theBuildMakesTheGeneratedInitializer() {
        // then
        assertThat(ClassUtils.isPresent(SpringAot.INITIALIZER, getClass().getClassLoader()))
                .as("%s, made by the process-aot step of the Maven build", SpringAot.INITIALIZER).isTrue();
    }

    @Test
    void aLocalSessionStartsFromTheGeneratedCode() {
        // when
        try (ConfigurableApplicationContext context = SpringAot.run(IN_MEMORY, false)) {
            // then
            assertThat(generated(context)).isTrue();
            assertThat(context.getBeanNamesForType(Job.class)).contains("comparisonJob");
        }
        assertThat(System.getProperty(SpringAot.ENABLED)).isNull();
    }

    @Test
    void aSessionWithProfilesReadsItsConfiguration() {
        // when
        try (ConfigurableApplicationContext context = SpringAot.run(IN_MEMORY, true)) {
            // then
            assertThat(generated(context)).isFalse();
            assertThat(context.getBeanNamesForType(Job.class)).contains("comparisonJob");
        }
    }

    @Test
    void turnedOffItReadsTheConfigurationAndStaysOff() {
        // given
        System.setProperty(SpringAot.ENABLED, "false");
        try {
            // when
            try (ConfigurableApplicationContext context = SpringAot.run(IN_MEMORY, false)) {
                // then
                assertThat(generated(context)).isFalse();
            }
            assertThat(System.getProperty(SpringAot.ENABLED)).isEqualTo("false");
        } finally {
            System.clearProperty(SpringAot.ENABLED);
        }
    }

    @Test
    void theDecision() {
        // then
        assertThat(SpringAot.use(false, null, true)).isTrue();
        assertThat(SpringAot.use(false, "true", true)).isTrue();
        assertThat(SpringAot.use(true, null, true)).as("profiles").isFalse();
        assertThat(SpringAot.use(true, "true", true)).as("profiles, even when switched on").isFalse();
        assertThat(SpringAot.use(false, "FALSE", true)).as("switched off").isFalse();
        assertThat(SpringAot.use(false, null, false)).as("not built").isFalse();
    }

    /** Whether the job's bean definition came from generated code (which supplies its instance) rather than from its {@code @Bean} method. */
    private static boolean generated(ConfigurableApplicationContext context) {
        var definition = context.getBeanFactory().getBeanDefinition("comparisonJob");
        return ((AbstractBeanDefinition) definition).getInstanceSupplier() != null;
    }
}
